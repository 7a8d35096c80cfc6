/**
 * Eligibility inputs, self-assessments and shared value (issue 13 points 4 and 5; migration
 * 015; decision 086): the store's writes, scoped to the organisation and audited, and
 * migration 015 down to 014 and up again. Runs on PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eligibilityInputsSchema,
  selfAssessmentInputSchema,
  selfAssessmentItemKeys,
  sharedValueInputSchema,
} from '@polos/core/excellence';
import { migrateDatabase } from '../src/migrations/migrate';
import type { SqlStore } from '../src/sql-store';
import { storeFactories } from './test-stores';

const actor = { userId: null, label: 'test' };
const tables = sql`select table_name from information_schema.tables
  where table_name in ('organisation_eligibility_inputs', 'self_assessments', 'organisation_shared_value',
    'organisation_excellence_publication')`;
const scores = (n: number) => Object.fromEntries(selfAssessmentItemKeys.map((k) => [k, n]));

/** A private Spanish organisation with nothing but its name. */
const organisation = (id: string) => ({ id, name: id, country: 'ES', governanceBodies: [], isPublic: false });

describe.each(storeFactories)('eligibility, self-assessments and shared value on $name', (factory) => {
  let opened: Awaited<ReturnType<typeof factory.open>>;
  let store: SqlStore;
  beforeAll(async () => {
    opened = await factory.open();
    ({ store } = opened);
    await store.createOrganisation(organisation('org-a'), actor);
    await store.createOrganisation(organisation('org-b'), actor);
  }, 120_000);
  afterAll(() => opened?.dispose());

  it('eligibility inputs: nothing until entered, then created and replaced, each audited', async () => {
    expect(await store.excellence.eligibilityInputs('org-a')).toBeUndefined();
    const inputs = eligibilityInputsSchema.parse({ smes: { members: 40, smeMembers: 30 } });
    expect(await store.excellence.putEligibilityInputs('org-a', inputs, actor)).toEqual(inputs);
    const again = { ...inputs, smes: { members: 41, smeMembers: 30 } };
    await store.excellence.putEligibilityInputs('org-a', again, actor);
    expect(await store.excellence.eligibilityInputs('org-a')).toEqual(again);
    expect(await store.excellence.eligibilityInputs('org-b')).toBeUndefined();
    const audit = await store.listAudit({ entity: 'organisation_eligibility_inputs', limit: 10, offset: 0 });
    expect(audit.items.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('self-assessments keep their day and scores, latest day first, per organisation, audited', async () => {
    const first = await store.excellence.addSelfAssessment(
      'org-a',
      selfAssessmentInputSchema.parse({ assessedOn: '2026-03-01', scores: scores(3) }),
      actor,
    );
    await store.excellence.addSelfAssessment(
      'org-a',
      selfAssessmentInputSchema.parse({ assessedOn: '2025-02-28', scores: scores(1), note: 'first round' }),
      actor,
    );
    const list = await store.excellence.selfAssessments('org-a');
    expect(list.map((a) => a.assessedOn)).toEqual(['2026-03-01', '2025-02-28']);
    expect(list[0]).toMatchObject({ id: first.id, organisationId: 'org-a', note: null, scores: scores(3) });
    expect(list[1]!.note).toBe('first round');
    expect(await store.excellence.selfAssessments('org-b')).toEqual([]);
    const audit = await store.listAudit({ entity: 'self_assessment', limit: 10, offset: 0 });
    expect(audit.items).toHaveLength(2);
  });

  it('shared value: stored and read back whole, with its defaults', async () => {
    const input = sharedValueInputSchema.parse({
      challenges: [{ challenge: 'Decarbonise regional freight' }],
      impacts: [
        {
          kind: 'environmental',
          indicator: 'CO2 avoided',
          value: 120,
          unit: 't',
          year: 2025,
          evidence: 'audit',
        },
      ],
      roles: { agenda_setting: 'Drafted the regional hydrogen roadmap with the government' },
    });
    await store.excellence.putSharedValue('org-a', input, actor);
    const read = await store.excellence.sharedValue('org-a');
    expect(read).toEqual(input);
    expect(read!.roles.joint_investment).toBeNull();
    expect(read!.challenges[0]!.description).toBeNull();
  });

  it('private until the organisation publishes them; the flag is audited', async () => {
    expect(await store.excellence.published('org-a')).toBe(false);
    expect(await store.excellence.setPublished('org-a', true, actor)).toBe(true);
    expect(await store.excellence.published('org-a')).toBe(true);
    expect(await store.excellence.published('org-b')).toBe(false);
    await store.excellence.setPublished('org-a', false, actor);
    expect(await store.excellence.published('org-a')).toBe(false);
    const audit = await store.listAudit({
      entity: 'organisation_excellence_publication',
      limit: 10,
      offset: 0,
    });
    expect(audit.items).toHaveLength(2);
  });

  it('the records go with their organisation', async () => {
    await store.excellence.putSharedValue('org-b', sharedValueInputSchema.parse({}), actor);
    await store.deleteOrganisation('org-b', actor);
    expect(await store.excellence.sharedValue('org-b')).toBeUndefined();
  });

  it('migration 015 goes down to 014 (the tables go, the organisations stay) and up again', async () => {
    const { db } = opened;
    expect((await tables.execute(db)).rows).toHaveLength(4);
    await migrateDatabase(db, '014-services');
    expect((await tables.execute(db)).rows).toEqual([]);
    expect((await sql`select id from organisations`.execute(db)).rows).toHaveLength(1);
    expect(await migrateDatabase(db)).toContain('015-excellence');
    expect((await tables.execute(db)).rows).toHaveLength(4);
  }, 120_000);
});
