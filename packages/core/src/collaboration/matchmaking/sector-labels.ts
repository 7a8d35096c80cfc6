/** Short names of the 56 WIOD 2016 sectors in English, Spanish and Portuguese (polos's translations). */
import type { Label } from '../vocabularies';
import sectorLabels from '../labels/wiod-sector-labels.json';

export const wiodSectorLabels: Readonly<Record<string, Label>> = sectorLabels;

/** The label of a WIOD sector code; the code itself when unknown. */
export function wiodSectorLabel(code: string, lang: 'en' | 'es' | 'pt'): string {
  return wiodSectorLabels[code]?.[lang] ?? code;
}
