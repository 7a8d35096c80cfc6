/** Every migration, in order, statically imported so the bundle carries them. */
import type { Migration } from 'kysely';
import * as initial from './001-initial';

export const migrations: Record<string, Migration> = {
  '001-initial': initial,
};
