/**
 * Service portfolios and member surveys (migration 014; decision 085): a year replaced as a
 * whole, one currency per organisation, a code answers once (even twice at once), a closed
 * survey takes no answers, the ratings name no code, the audit says only that an answer came;
 * the migration goes down to 013 and up again. PGlite, and PostgreSQL when TEST_DATABASE_URL is set.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../src/migrations/migrate';
import type { SqlStore } from '../src/sql-store';
import { NotFoundError } from '../src/store';
import { migratedDatabase, storeFactories, type StoreFactory } from './test-stores';

const actor = { userId: null, label: 'test' };
const hash = (code: string) => createHash('sha256').update(code).digest('hex');
const services = [
  { reference: 'tradeFairs', revenue: 12_000, cost: 10_000, membersServed: 20 },
  { name: 'Legal desk', revenue: 2_000, cost: 5_000.5, membersServed: 6, managerValuation: 3.5 },
];
const rated = (value: number) => [
  { serviceKey: 'tradeFairs', value, willingnessToPay: 'medium' as const },
  { serviceKey: 'own:Legal desk', value: null, willingnessToPay: null },
];
const tables = sql`select table_name from information_schema.tables where table_name in
  ('organisation_service_years', 'organisation_services', 'service_surveys', 'service_survey_codes',
   'service_survey_ratings')`;

describe.each(storeFactories)('services store on $name', (factory: StoreFactory) => {
  let store: SqlStore;
  let db: Awaited<ReturnType<StoreFactory['open']>>['db'];
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ store, db, dispose } = await factory.open());
    await store.createOrganisation({ id: 'org-s', name: 'Org S', country: 'ES' } as never, actor);
  }, 120_000);
  afterAll(() => dispose());

  it('replaces a year’s portfolio as a whole, refuses a second currency without writing, and audits each write', async () => {
    const first = await store.services.putPortfolio(
      'org-s',
      { year: 2024, currency: 'EUR', services },
      actor,
    );
    expect(first).toEqual({ ok: true, portfolio: { year: 2024, currency: 'EUR', services } });
    await store.services.putPortfolio(
      'org-s',
      { year: 2024, currency: 'EUR', services: [services[1]!] },
      actor,
    );
    expect(await store.services.portfolio('org-s', 2024)).toEqual({
      year: 2024,
      currency: 'EUR',
      services: [services[1]],
    });
    const usd = await store.services.putPortfolio('org-s', { year: 2025, currency: 'USD', services }, actor);
    expect(usd).toEqual({ ok: false, currency: 'EUR' });
    expect(await store.services.portfolio('org-s', 2025)).toBeUndefined();
    const audit = await store.listAudit({ limit: 5, offset: 0, entity: 'organisation_services' });
    expect(audit.items.map((a) => [a.action, a.entityId])).toEqual([
      ['update', 'org-s/2024'],
      ['create', 'org-s/2024'],
    ]);
    await expect(
      store.services.putPortfolio('nobody', { year: 2024, currency: 'EUR', services }, actor),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('latestServiceYear is the latest year with at least one service (an empty year does not count)', async () => {
    await store.createOrganisation({ id: 'org-y', name: 'Org Y', country: 'ES' } as never, actor);
    expect(await store.services.latestServiceYear('org-y')).toBeUndefined();
    await store.services.putPortfolio('org-y', { year: 2023, currency: 'EUR', services }, actor);
    await store.services.putPortfolio('org-y', { year: 2025, currency: 'EUR', services: [] }, actor);
    expect(await store.services.latestServiceYear('org-y')).toBe(2023);
  });

  it('takes one answer per code, even two sent at once, and none once the survey is closed', async () => {
    const codes = ['code-a', 'code-b', 'code-c'];
    const survey = await store.services.createSurvey(
      'org-s',
      {
        year: 2024,
        services: [
          { key: 'tradeFairs', name: null },
          { key: 'own:Legal desk', name: 'Legal desk' },
        ],
        codeHashes: codes.map(hash),
      },
      actor,
    );
    expect(survey).toMatchObject({ year: 2024, codes: 3, answers: 0, open: true, closedAt: null });
    const both = await Promise.all([
      store.services.answer(hash('code-a'), rated(4)),
      store.services.answer(hash('code-a'), rated(5)),
    ]);
    expect(both.sort()).toEqual(['received', 'used']);
    expect(await store.services.answer(hash('code-a'), rated(1))).toBe('used');
    expect(await store.services.answer(hash('nope'), rated(1))).toBe('unknown');
    expect((await store.services.surveyByCode(hash('code-b')))?.state).toBe('open');
    expect(await store.services.answer(hash('code-b'), rated(2))).toBe('received');
    expect((await store.services.ratings(survey.id)).map((r) => r.value).sort()).toEqual([
      2,
      expect.any(Number),
      null,
      null,
    ]);
    const closed = await store.services.closeSurvey('org-s', survey.id, actor);
    expect(closed).toMatchObject({ open: false, answers: 2, codes: 3 });
    expect(await store.services.answer(hash('code-c'), rated(3))).toBe('closed');
    expect((await store.services.surveyByCode(hash('code-c')))?.state).toBe('closed');
    expect(await store.services.closeSurvey('other-org', survey.id, actor)).toBeUndefined();
    expect(await store.services.survey('org-s', 'not-a-uuid')).toBeUndefined();
    expect((await store.services.latestSurvey('org-s', 2024))?.id).toBe(survey.id);
    expect((await store.services.surveys('org-s')).map((s) => s.answers)).toEqual([2]);
  });

  it('keeps the ratings without code, answer or time, and audits an answer without who or what', async () => {
    const { rows } = await sql<{ column_name: string }>`select column_name from information_schema.columns
      where table_name = 'service_survey_ratings' order by column_name`.execute(db);
    expect(rows.map((r) => r.column_name)).toEqual(['service_key', 'survey_id', 'value', 'willingness']);
    const audit = await store.listAudit({ limit: 5, offset: 0, entity: 'service_survey_answer' });
    expect(audit.items).toHaveLength(2);
    for (const entry of audit.items)
      expect(entry).toMatchObject({
        userId: null,
        actorLabel: 'survey answer',
        action: 'create',
        detail: {},
      });
    const codes = await sql<{ code_hash: string }>`select code_hash from service_survey_codes`.execute(db);
    expect(codes.rows.map((r) => r.code_hash)).toContain(hash('code-a'));
    expect(JSON.stringify(codes.rows)).not.toContain('code-a"');
  });
});

describe.each(storeFactories)('Migration 014 on $name', (factory) => {
  const opened = migratedDatabase(factory);

  it('makes the services tables (ratings 1–5 with a willingness, or neither); down to 013 drops them; up again', async () => {
    const { db } = opened;
    await sql`insert into organisations (id, name, country) values ('org-m', 'M', 'ES')`.execute(db);
    const { rows } = await sql<{
      id: string;
    }>`insert into service_surveys (organisation_id, year, services, code_count)
      values ('org-m', 2024, '[]'::jsonb, 1) returning id`.execute(db);
    const rate = (value: number | null, willingness: string | null) =>
      sql`insert into service_survey_ratings (survey_id, service_key, value, willingness)
        values (${rows[0]!.id}, 'training', ${value}, ${willingness})`.execute(db);
    await expect(rate(6, 'low')).rejects.toThrow();
    await expect(rate(3, null)).rejects.toThrow();
    await expect(rate(3, 'plenty')).rejects.toThrow();
    await rate(3, 'low');
    await rate(null, null);
    expect((await tables.execute(db)).rows).toHaveLength(5);

    await migrateDatabase(db, '013-plans');
    expect((await tables.execute(db)).rows).toEqual([]);
    expect(await migrateDatabase(db)).toContain('014-services');
    expect((await tables.execute(db)).rows).toHaveLength(5);
  }, 120_000);
});
