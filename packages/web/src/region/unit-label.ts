/** A dataset's unit in the page's language (the server names units in English). */
import type { TFunction } from 'i18next';

export const unitLabel = (t: TFunction, unit: string): string =>
  t(`region.units.${unit.replace(/\s+/g, '_')}`, { defaultValue: unit });
