/**
 * Plans and indicators (issue 13 point 3; migration 013; decision 084): the store's writes,
 * scoped to the organisation and audited, and migration 013 down to 012 and up again. Runs
 * on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionPlanInputSchema, indicatorInputSchema, strategicPlanInputSchema } from '@polos/core';
import { migrateDatabase } from '../src/migrations/migrate';
import { ConflictError } from '../src/store';
import type { SqlStore } from '../src/sql-store';
import { storeFactories } from './test-stores';

const actor = { userId: null, label: 'test' };
const tables = sql`select table_name from information_schema.tables
  where table_name in ('strategic_plans', 'action_plans', 'plan_actions', 'indicators', 'indicator_values')`;

describe.each(storeFactories)('plans and indicators on $name', (factory) => {
  let opened: Awaited<ReturnType<typeof factory.open>>;
  let store: SqlStore;
  beforeAll(async () => {
    opened = await factory.open();
    store = opened.store;
    for (const id of ['org-a', 'org-b'])
      await store.createOrganisation(
        { id, name: id, country: 'IT', governanceBodies: [], isPublic: false },
        actor,
      );
  }, 120_000);
  afterAll(() => opened?.dispose());

  it('PUT of the strategic plan creates it, then replaces it, each audited', async () => {
    const input = strategicPlanInputSchema.parse({
      title: 'Plan 2025–2027',
      startYear: 2025,
      endYear: 2027,
      objectives: [{ dimension: 'governance', text: 'A board with members from each link of the chain' }],
    });
    expect((await store.plans.putStrategicPlan('org-a', input, actor)).objectives).toHaveLength(1);
    const again = await store.plans.putStrategicPlan(
      'org-a',
      { ...input, title: 'Plan 2025–2029', endYear: 2029 },
      actor,
    );
    expect(again).toMatchObject({ title: 'Plan 2025–2029', endYear: 2029 });
    expect(await store.plans.strategicPlan('org-b')).toBeUndefined();
    const audit = await store.listAudit({ entity: 'strategic_plan', limit: 10, offset: 0 });
    expect(audit.items.length).toBeGreaterThanOrEqual(2);
  });

  it('an action plan per year (409 on a second); actions added, patched (only fields sent) and removed within the organisation only', async () => {
    const plan = await store.plans.createActionPlan(
      'org-a',
      actionPlanInputSchema.parse({
        year: 2025,
        title: 'Actions 2025',
        currency: 'EUR',
        actions: [
          { title: 'Recruit 10 SMEs', owner: 'Ana', dimension: 'cluster_development', budget: 20000 },
        ],
      }),
      actor,
    );
    expect(plan.actions[0]).toMatchObject({ status: 'planned', budget: 20000, spent: 0 });
    await expect(
      store.plans.createActionPlan(
        'org-a',
        actionPlanInputSchema.parse({ year: 2025, title: 'x', currency: 'EUR' }),
        actor,
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    const id = plan.actions[0]!.id;
    const patched = await store.plans.updateAction(
      { organisationId: 'org-a', planId: plan.id, actionId: id },
      { status: 'done', spent: 18000 },
      actor,
    );
    expect(patched).toMatchObject({ title: 'Recruit 10 SMEs', owner: 'Ana', status: 'done', spent: 18000 });
    expect(
      await store.plans.updateAction(
        { organisationId: 'org-b', planId: plan.id, actionId: id },
        { status: 'planned' },
        actor,
      ),
    ).toBeUndefined();
    expect(
      await store.plans.removeAction({ organisationId: 'org-b', planId: plan.id, actionId: id }, actor),
    ).toBe(false);
    const added = await store.plans.addAction(
      'org-a',
      plan.id,
      {
        title: 'Trade mission',
        owner: 'Luca',
        dimension: 'internationalisation',
        budget: 5000,
        spent: 0,
        status: 'planned',
      },
      actor,
    );
    expect((await store.plans.actionPlans('org-a'))[0]!.actions.map((a) => a.id)).toEqual([id, added!.id]);
    expect(
      await store.plans.removeAction({ organisationId: 'org-a', planId: plan.id, actionId: id }, actor),
    ).toBe(true);
    expect((await store.plans.actionPlans('org-a'))[0]!.actions).toHaveLength(1);
  });

  it('indicators keep targets and actuals by period; a PUT changes only the field sent, null clears', async () => {
    const created = await store.plans.createIndicator(
      'org-a',
      indicatorInputSchema.parse({
        name: 'Members exporting outside the EU',
        dimension: 'internationalisation',
        unit: '% of members',
        direction: 'higher_is_better',
        baseline: 20,
        baselineYear: 2023,
        targets: { '2027': 30 },
      }),
      actor,
    );
    expect(created.values).toEqual([{ period: '2027', target: 30, actual: null }]);
    await store.plans.putIndicatorValue(
      { organisationId: 'org-a', indicatorId: created.id, period: '2025' },
      { actual: 22 },
      actor,
    );
    const after = await store.plans.putIndicatorValue(
      { organisationId: 'org-a', indicatorId: created.id, period: '2027' },
      { actual: 31 },
      actor,
    );
    expect(after?.values).toEqual([
      { period: '2025', target: null, actual: 22 },
      { period: '2027', target: 30, actual: 31 },
    ]);
    const cleared = await store.plans.putIndicatorValue(
      { organisationId: 'org-a', indicatorId: created.id, period: '2027' },
      { target: null },
      actor,
    );
    expect(cleared?.values[1]).toEqual({ period: '2027', target: null, actual: 31 });
    expect(
      await store.plans.putIndicatorValue(
        { organisationId: 'org-b', indicatorId: created.id, period: '2025' },
        { actual: 1 },
        actor,
      ),
    ).toBeUndefined();
    expect(await store.plans.indicators('org-b')).toEqual([]);
  });

  it('migration 013 goes down to 012 (the tables go, the organisations stay) and up again', async () => {
    const { db } = opened;
    expect((await tables.execute(db)).rows).toHaveLength(5);
    await migrateDatabase(db, '012-funding');
    expect((await tables.execute(db)).rows).toEqual([]);
    expect((await sql`select id from organisations`.execute(db)).rows).toHaveLength(2);
    expect(await migrateDatabase(db)).toContain('013-plans');
    expect((await tables.execute(db)).rows).toHaveLength(5);
  }, 120_000);
});
