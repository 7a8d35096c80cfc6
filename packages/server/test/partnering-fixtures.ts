/**
 * Fixtures for the partner-search, agreement and call tests: the organisations that the
 * register of agreements names (inserted directly, as the directory's
 * `collaboration-organisations` seed step would), and cluster managers without grants who
 * administer one organisation each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { organisationInputSchema, parseAgreementRows, parseOrganisationRows } from '@polos/core';
import { parseCsv, seedAgreementsAndProgrammes } from '@polos/store';
import { hashPassword } from '../src/auth/passwords';
import { dataDir, login, PASSWORD, type Session, type TestApp } from './test-app';

const system = { userId: null, label: 'test' };
const rowsOf = (file: string) =>
  parseCsv(readFileSync(join(dataDir, 'eu-lac-collaboration', file), 'utf8')).records.map((r) => r.values);

/** Inserts the organisations the 24 agreements name (each with its first country), then seeds them. */
export async function seedRegister(t: TestApp): Promise<{ seeded: string[]; waiting: string[] }> {
  const orgs = parseOrganisationRows(rowsOf('cluster_organisations.csv'));
  const agreements = parseAgreementRows(rowsOf('cooperation_agreements.csv'));
  if (!orgs.ok || !agreements.ok) throw new Error('the collaboration data does not parse');
  const named = new Set(agreements.items.flatMap((a) => a.parties.flatMap((p) => p.organisationId ?? [])));
  for (const o of orgs.items.filter((x) => named.has(x.id))) {
    const input = organisationInputSchema.parse({ id: o.id, name: o.name, country: o.countries[0] });
    await t.store.createOrganisation({ ...input, id: o.id }, system);
  }
  return seedAgreementsAndProgrammes(t.store, { dataDir });
}

/** A signed-in cluster manager without grants who administers `organisationId`. */
export async function administratorOf(t: TestApp, organisationId: string, email: string): Promise<Session> {
  const user = await t.store.createUser(
    {
      email,
      name: email.split('@')[0]!,
      role: 'cluster_manager',
      grants: [],
      passwordHash: await hashPassword(PASSWORD),
    },
    system,
  );
  await t.store.organisationAdmins.add(organisationId, user.id, system);
  return login(t.app, email);
}
