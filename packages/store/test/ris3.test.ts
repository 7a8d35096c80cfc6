/**
 * RIS3 strategies (issue 14 point 5; migration 017; decision 091): the store's writes, each
 * audited, the edit under the row's lock (nothing written when the change throws), and
 * migration 017 down and up again. Runs on PGlite, and on PostgreSQL when asked.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ris3StrategyInputSchema } from '@polos/core/ris3';
import { migrations } from '../src/migrations';
import { migrateDatabase } from '../src/migrations/migrate';
import type { SqlStore } from '../src/sql-store';
import { newPriority } from '../src/ris3/ris3.repository';
import { michiganStrategy } from './ris3-fixture';
import { storeFactories } from './test-stores';

const actor = { userId: null, label: 'test' };
const table = sql`select table_name from information_schema.tables where table_name = 'ris3_strategies'`;
const names = Object.keys(migrations);
const before017 = names[names.indexOf('017-ris3') - 1]!;

const input = ris3StrategyInputSchema.parse(michiganStrategy);

describe.each(storeFactories)('RIS3 strategies on $name', (factory) => {
  let opened: Awaited<ReturnType<typeof factory.open>>;
  let store: SqlStore;
  beforeAll(async () => {
    opened = await factory.open();
    store = opened.store;
  }, 120_000);
  afterAll(() => opened?.dispose());

  it('create gives the strategy, its priorities and indicators ids, in phase definition, audited', async () => {
    const s = await store.ris3.create(input, actor);
    expect(s).toMatchObject({ name: input.name, region: '26', phase: 'definition', createdBy: null });
    expect(s.priorities[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(s.priorities[0]!.indicators[0]).toMatchObject({ name: 'Jobs', unit: 'jobs', values: [] });
    expect(await store.ris3.get(s.id)).toEqual(s);
    expect((await store.ris3.list()).map((x) => x.id)).toContain(s.id);
    const audit = await store.listAudit({ entity: 'ris3_strategy', limit: 10, offset: 0 });
    expect(audit.items.some((a) => a.entityId === s.id && a.action === 'create')).toBe(true);
  });

  it('edit replaces the document and keeps the id, creator and creation date', async () => {
    const s = await store.ris3.create(input, actor);
    const added = newPriority({
      title: 'Batteries',
      description: '',
      industryCodes: ['335911'],
      domain: '',
      indicators: [],
    });
    const edited = await store.ris3.edit(
      s.id,
      (c) => ({ ...c, phase: 'implementation', priorities: [...c.priorities, added] }),
      actor,
    );
    expect(edited).toMatchObject({ id: s.id, createdAt: s.createdAt, phase: 'implementation' });
    expect(edited!.priorities.map((p) => p.title)).toEqual(['Light vehicles', 'Batteries']);
    expect(await store.ris3.get(s.id)).toEqual(edited);
  });

  it('an edit whose change throws writes nothing', async () => {
    const s = await store.ris3.create(input, actor);
    await expect(
      store.ris3.edit(
        s.id,
        () => {
          throw new Error('bad');
        },
        actor,
      ),
    ).rejects.toThrow('bad');
    expect(await store.ris3.get(s.id)).toEqual(s);
  });

  it('an unknown or malformed id finds nothing; remove deletes once', async () => {
    const s = await store.ris3.create(input, actor);
    expect(await store.ris3.get('not-a-uuid')).toBeUndefined();
    expect(await store.ris3.edit('00000000-0000-4000-8000-000000000000', (c) => c, actor)).toBeUndefined();
    expect(await store.ris3.remove(s.id, actor)).toBe(true);
    expect(await store.ris3.remove(s.id, actor)).toBe(false);
    expect(await store.ris3.get(s.id)).toBeUndefined();
  });

  it('the database refuses a period ending before it starts', async () => {
    await expect(store.ris3.create({ ...input, endYear: 2020 }, actor)).rejects.toThrow();
  });

  it('migration 017 goes down (the table goes) and up again', async () => {
    const { db } = opened;
    expect((await table.execute(db)).rows).toHaveLength(1);
    await migrateDatabase(db, before017);
    expect((await table.execute(db)).rows).toEqual([]);
    expect(await migrateDatabase(db)).toContain('017-ris3');
    expect((await table.execute(db)).rows).toHaveLength(1);
  }, 120_000);
});
