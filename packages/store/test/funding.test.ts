/**
 * Funding by year, exit path and publication (migration 012; decision 083): one currency per
 * organisation, every write audited, nothing written when refused; the migration goes down to
 * 011 and up again. PGlite, and PostgreSQL when TEST_DATABASE_URL is set.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../src/migrations/migrate';
import type { SqlStore } from '../src/sql-store';
import { NotFoundError } from '../src/store';
import { migratedDatabase, storeFactories, type StoreFactory } from './test-stores';

const actor = { userId: null, label: 'test' };
const sources = {
  publicRegional: 300,
  publicNational: 200,
  publicEuMultilateral: 100.5,
  membershipFees: 200,
  paidServices: 100,
  competitiveProjects: 100,
  other: 0,
};
const tables = sql`select table_name from information_schema.tables
  where table_name like 'organisation_%' and table_name in
  ('organisation_funding', 'organisation_exit_path', 'organisation_sustainability_publication')`;

describe.each(storeFactories)('funding store on $name', (factory: StoreFactory) => {
  let store: SqlStore;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ store, dispose } = await factory.open());
    await store.createOrganisation({ id: 'org-a', name: 'Org A', country: 'ES' } as never, actor);
  }, 120_000);
  afterAll(() => dispose());

  it('stores a year, replaces it, refuses a second currency without writing, and audits each write', async () => {
    expect(await store.funding.putYear('org-a', { year: 2022, currency: 'EUR', sources }, actor)).toEqual({
      ok: true,
      funding: { year: 2022, currency: 'EUR', sources },
    });
    const again = { ...sources, other: 5 };
    await store.funding.putYear('org-a', { year: 2022, currency: 'EUR', sources: again }, actor);
    const refused = await store.funding.putYear('org-a', { year: 2023, currency: 'USD', sources }, actor);
    expect(refused).toEqual({ ok: false, currency: 'EUR' });
    expect(await store.funding.years('org-a')).toEqual([{ year: 2022, currency: 'EUR', sources: again }]);
    const audit = await store.listAudit({ limit: 10, offset: 0, entity: 'organisation_funding' });
    expect(audit.items.map((a) => [a.action, a.entityId])).toEqual([
      ['update', 'org-a/2022'],
      ['create', 'org-a/2022'],
    ]);
    // The only year may change its currency (nothing else to mix with).
    expect((await store.funding.putYear('org-a', { year: 2022, currency: 'USD', sources }, actor)).ok).toBe(
      true,
    );
    expect(await store.funding.deleteYear('org-a', 2022, actor)).toBe(true);
    expect(await store.funding.deleteYear('org-a', 2022, actor)).toBe(false);
    await expect(
      store.funding.putYear('nobody', { year: 2022, currency: 'EUR', sources }, actor),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('replaces the exit path as a whole and keeps the publication flag, private by default', async () => {
    await store.funding.setExitPath(
      'org-a',
      [
        { year: 2026, publicShare: 0.3 },
        { year: 2025, publicShare: 0.4 },
      ],
      actor,
    );
    expect(await store.funding.exitPath('org-a')).toEqual([
      { year: 2025, publicShare: 0.4 },
      { year: 2026, publicShare: 0.3 },
    ]);
    await store.funding.setExitPath('org-a', [], actor);
    expect(await store.funding.exitPath('org-a')).toEqual([]);
    expect(await store.funding.published('org-a')).toBe(false);
    await store.funding.setPublished('org-a', true, actor);
    expect(await store.funding.published('org-a')).toBe(true);
    const audit = await store.listAudit({ limit: 10, offset: 0, entity: 'organisation_sustainability' });
    expect(audit.items[0]).toMatchObject({
      action: 'update',
      entityId: 'org-a',
      detail: { published: true },
    });
  });
});

describe.each(storeFactories)('Migration 012 on $name', (factory) => {
  const opened = migratedDatabase(factory);

  it('makes the funding tables (amounts ≥ 0, a capital currency code); down to 011 drops them; up again', async () => {
    const { db } = opened;
    await sql`insert into organisations (id, name, country) values ('org-m', 'M', 'ES')`.execute(db);
    const insert = (currency: string, amount: number) =>
      sql`insert into organisation_funding (organisation_id, year, currency, public_regional, public_national,
        public_eu_multilateral, membership_fees, paid_services, competitive_projects, other)
        values ('org-m', 2024, ${currency}, ${amount}, 0, 0, 0, 0, 0, 0)`.execute(db);
    await expect(insert('EUR', -1)).rejects.toThrow();
    await expect(insert('eur', 1)).rejects.toThrow();
    await insert('EUR', 1);
    expect((await tables.execute(db)).rows).toHaveLength(3);

    await migrateDatabase(db, '011-notifications');
    expect((await tables.execute(db)).rows).toEqual([]);
    expect(await migrateDatabase(db)).toContain('012-funding');
    expect((await tables.execute(db)).rows).toHaveLength(3);
  }, 120_000);
});
