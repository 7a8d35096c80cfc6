/**
 * Migration 009 (partner searches, agreements, programmes and calls) goes down, leaving no
 * table behind, and up again; and the store's collaboration properties round-trip what
 * they are given (dates as YYYY-MM-DD, lists as arrays) on both engines.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../src/migrations/migrate';
import type { SqlStore } from '../src/sql-store';
import { storeFactories, type StoreFactory } from './test-stores';

const tables = [
  'agreement_outcomes',
  'agreement_parties',
  'agreements',
  'partner_search_comments',
  'partner_search_follows',
  'partner_search_interests',
  'partner_search_posts',
  'programme_call_follows',
  'programme_calls',
  'programmes',
];
const actor = { userId: null, label: 'test' };

describe.each(storeFactories)('migration 009 on $name', (factory: StoreFactory) => {
  let opened: Awaited<ReturnType<StoreFactory['open']>>;
  let store: SqlStore;

  beforeAll(async () => {
    opened = await factory.open();
    store = opened.store;
  });
  afterAll(() => opened.dispose());

  const present = async () => {
    const { rows } = await sql<{ table_name: string }>`select table_name from information_schema.tables
      where table_schema = current_schema() and table_name in (${sql.join(tables)}) order by table_name`.execute(
      opened.db,
    );
    return rows.map((r) => r.table_name);
  };

  it('goes down to 007 without its tables and up again', async () => {
    expect(await present()).toEqual(tables);
    await migrateDatabase(opened.db, '007-organisation-admins');
    expect(await present()).toEqual([]);
    expect(await migrateDatabase(opened.db)).toContain('009-partnering');
    expect(await present()).toEqual(tables);
  });

  it('a call keeps its dates, deadline instant and eligible countries', async () => {
    await store.programmes.create(
      {
        id: 'prog-x',
        name: 'Programme X',
        acronym: null,
        funder: null,
        period: null,
        targets: ['clusters'],
        what: null,
        countriesRegions: null,
        level: 'bilateral',
        source: null,
        notes: null,
      },
      actor,
    );
    const call = {
      id: 'call-x',
      programmeId: 'prog-x',
      title: 'Call X',
      opensOn: '2027-01-31',
      deadline: '2027-03-01T16:00:00.000Z',
      eligibleCountries: ['BR', 'ES'],
      url: null,
    };
    await store.programmes.createCall(call, actor);
    expect(await store.programmes.getCall('call-x')).toEqual(call);
    expect(
      (await store.programmes.list({ target: 'clusters', limit: 5, offset: 0 })).items[0]?.targets,
    ).toEqual(['clusters']);
    await expect(
      store.programmes.createCall({ ...call, id: 'call-y', programmeId: 'nope' }, actor),
    ).rejects.toThrow(/no programme/);
  });
});
