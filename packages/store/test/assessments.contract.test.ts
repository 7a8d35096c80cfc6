/**
 * Assessments in the store: lists carry the respondent count, never the answers; one
 * assessment is read with its answers; an assessment is deleted with its audit row.
 * Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniformScores } from '@polos/core/uniform-scores';
import { assessmentInputSchema, clusterInputSchema } from '@polos/core';
import type { Actor } from '../src/store';
import type { SqlStore } from '../src/sql-store';
import { storeFactories } from './test-stores';

const actor: Actor = { userId: null, label: 'test' };
const scores = uniformScores;

describe.each(storeFactories)('Assessments on $name', (factory) => {
  let store: SqlStore;
  let dispose: () => Promise<void>;

  const survey = (assessedOn: string, respondents: number) => {
    const input = assessmentInputSchema.parse({
      assessedOn,
      assessor: 'survey team',
      method: 'survey',
      respondents: Array.from({ length: respondents }, (_, i) => ({
        respondent: `firm ${i}`,
        scores: scores(i % 4),
      })),
    });
    return store.createAssessment('a-cluster', { ...input, scores: scores(1.5), kind: 'survey' }, actor);
  };

  beforeAll(async () => {
    ({ store, dispose } = await factory.open());
    const input = clusterInputSchema.parse({
      name: 'A cluster',
      country: 'BR',
      sector: 'footwear',
      sectorGroup: 'traditional_manufacturing',
    });
    await store.createCluster({ ...input, id: 'a-cluster' }, actor);
  });
  afterAll(async () => {
    await dispose?.();
  });

  it('lists carry the respondent count and never the answers; one read carries the answers', async () => {
    const created = await survey('2024-05-01', 25);
    expect(created.respondentCount).toBe(25);
    expect(created.respondents).toHaveLength(25);

    const [listed] = await store.listAssessments('a-cluster');
    expect(listed).toMatchObject({ id: created.id, respondentCount: 25, scores: scores(1.5) });
    expect(listed).not.toHaveProperty('respondents');
    const latest = (await store.latestAssessments(['a-cluster'])).get('a-cluster');
    expect(latest).toMatchObject({ id: created.id, respondentCount: 25 });
    expect(latest).not.toHaveProperty('respondents');

    const one = await store.getAssessment('a-cluster', created.id);
    expect(one?.respondents.map((r) => r.respondent)).toEqual(
      Array.from({ length: 25 }, (_, i) => `firm ${i}`),
    );
    expect(one?.respondentCount).toBe(25);
  });

  it('getAssessment is undefined for another cluster, an unknown id or a malformed id', async () => {
    const created = await survey('2024-06-01', 2);
    expect(await store.getAssessment('other-cluster', created.id)).toBeUndefined();
    expect(await store.getAssessment('a-cluster', '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await store.getAssessment('a-cluster', 'not-a-uuid')).toBeUndefined();
  });

  it('deleteAssessment removes one assessment and writes its audit row; a second delete is false', async () => {
    const created = await survey('2024-07-01', 3);
    expect(await store.deleteAssessment('other-cluster', created.id, actor)).toBe(false);
    expect(await store.deleteAssessment('a-cluster', created.id, actor)).toBe(true);
    expect(await store.getAssessment('a-cluster', created.id)).toBeUndefined();
    expect((await store.listAssessments('a-cluster')).map((a) => a.id)).not.toContain(created.id);
    const audit = await store.listAudit({ limit: 10, offset: 0, entity: 'assessment', entityId: created.id });
    expect(audit.items.map((e) => e.action).sort()).toEqual(['create', 'delete']);
    expect(audit.items.find((e) => e.action === 'delete')?.detail).toMatchObject({
      clusterId: 'a-cluster',
      respondentCount: 3,
    });
    expect(await store.deleteAssessment('a-cluster', created.id, actor)).toBe(false);
    expect(await store.deleteAssessment('a-cluster', 'not-a-uuid', actor)).toBe(false);
  });
});
