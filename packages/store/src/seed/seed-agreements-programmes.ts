/**
 * Seeds the cooperation programmes and the register of cooperation agreements of the EU-LAC
 * report (data/eu-lac-collaboration, PROVENANCE.md §3.2–3.3) through core's row parsers,
 * each as its own `seedOnce` step:
 * - `collaboration-programmes`: the 67 programmes and funding instruments;
 * - `collaboration-agreements`: the 24 agreements, whose parties link to the organisations
 *   of cluster_organisations.csv. Those are seeded by the `collaboration-organisations`
 *   step, which runs before this one (seedDemoData); while any of them is missing the step
 *   waits (it is not recorded, so a later start seeds it).
 */
import { join } from 'node:path';
import { parseAgreementRows, parseProgrammeRows, type RowError } from '@polos/core';
import { readCsvFile } from '../files/read-csv';
import type { SqlStore } from '../sql-store';
import type { Actor } from '../store';

const seedActor: Actor = { userId: null, label: 'seed' };

const rowsOf = (file: string) => readCsvFile(file).records.map((r) => r.values);

function failed(file: string, errors: RowError[]): Error {
  const first = errors
    .slice(0, 5)
    .map((e) => `row ${e.row}, ${e.field}: ${e.message}`)
    .join('; ');
  return new Error(`seed: ${file} has ${errors.length} error(s): ${first}`);
}

function readAgreements(folder: string) {
  const organisations = rowsOf(join(folder, 'cluster_organisations.csv'));
  const known = new Set(organisations.map((o) => o.id ?? ''));
  const parsed = parseAgreementRows(rowsOf(join(folder, 'cooperation_agreements.csv')), known);
  if (!parsed.ok) throw failed('cooperation_agreements.csv', parsed.errors);
  return parsed.items;
}

async function seedProgrammes(store: SqlStore, folder: string) {
  const parsed = parseProgrammeRows(rowsOf(join(folder, 'cooperation_programmes.csv')));
  if (!parsed.ok) throw failed('cooperation_programmes.csv', parsed.errors);
  for (const p of parsed.items) await store.programmes.create(p, seedActor);
  return { programmes: parsed.items.length };
}

/**
 * Seeds what has not been seeded yet; the agreements only once every organisation they
 * name is in the store.
 * @example await seedAgreementsAndProgrammes(store, { dataDir: 'data' }) // → { seeded: ['collaboration-programmes', 'collaboration-agreements'], waiting: [] }
 */
export async function seedAgreementsAndProgrammes(
  store: SqlStore,
  options: { dataDir: string },
): Promise<{ seeded: string[]; waiting: string[] }> {
  const folder = join(options.dataDir, 'eu-lac-collaboration');
  const seeded: string[] = [];
  if (await store.seedOnce('collaboration-programmes', (s) => seedProgrammes(s, folder))) {
    seeded.push('collaboration-programmes');
  }
  const agreements = readAgreements(folder);
  const named = new Set(agreements.flatMap((a) => a.parties.flatMap((p) => p.organisationId ?? [])));
  for (const id of named) {
    if (!(await store.getOrganisation(id, { includePrivate: true })))
      return { seeded, waiting: ['collaboration-agreements'] };
  }
  const ran = await store.seedOnce('collaboration-agreements', async (s) => {
    for (const a of agreements) await s.agreements.create(a, seedActor);
    return { agreements: agreements.length };
  });
  if (ran) seeded.push('collaboration-agreements');
  return { seeded, waiting: [] };
}
