/** Every migration, in order, statically imported so the bundle carries them. */
import type { Migration } from 'kysely';
import * as initial from './001-initial';
import * as membersValueChains from './002-members-value-chains';

export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-members-value-chains': membersValueChains,
};
