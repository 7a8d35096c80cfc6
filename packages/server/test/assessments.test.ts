/**
 * Issue 10, point 5: one survey may not grow every public read. Respondents are bounded
 * (2,000, body 2 MB), lists carry a count instead of the answers, the answers are read
 * one assessment at a time by signed-in users, and authorised users delete an assessment.
 */
import { describe, expect, it } from 'vitest';
import { uniformScores } from '@polos/core/uniform-scores';
import { send, storeFactories, suiteApp, type Session } from './test-app';

const scores = uniformScores;
const survey = (respondents: number, name = (i: number) => `firm ${i}`) => ({
  assessedOn: '2026-03-01',
  assessor: 'survey team',
  method: 'survey',
  respondents: Array.from({ length: respondents }, (_, i) => ({
    respondent: name(i),
    scores: scores(i % 4),
  })),
});
const OWN = 'tm_medellin_textile'; // the manager's grant
const OTHER = 'tm_bucaramanga_garment';

describe.each(storeFactories)('assessments API on $name', (factory) => {
  const t = suiteApp(factory, ['admin', 'analyst', 'manager', 'viewer']);

  const record = async (clusterId: string, body: unknown, session: Session = t.as.admin) => {
    const res = await send(t.app, 'POST', `/api/clusters/${clusterId}/assessments`, body, session);
    expect(res.status).toBe(201);
    return ((await res.json()) as { assessment: { id: string } }).assessment.id;
  };

  it('a survey of more than 2,000 respondents is refused with 400 naming `respondents`', async () => {
    const res = await send(t.app, 'POST', `/api/clusters/${OWN}/assessments`, survey(2001), t.as.manager);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Array<{ path: string; message: string }> } };
    expect(body.error.fields).toEqual([
      {
        path: 'respondents',
        message: expect.stringMatching(/at most 2000 respondents/) as string,
        rule: { kind: 'too_long', limit: 2000 },
      },
    ]);
  });

  it('an assessment body over 2 MB is refused with 413 before it is parsed', async () => {
    const res = await send(
      t.app,
      'POST',
      `/api/clusters/${OWN}/assessments`,
      { ...survey(1), notes: 'x'.repeat(2 * 1024 * 1024) },
      t.as.manager,
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/2 MB/);
  });

  it('the largest valid survey (2,000 respondents with 200-character names) fits the body limit', async () => {
    const body = survey(2000, (i) => `${i}`.padEnd(200, '-'));
    expect(JSON.stringify(body).length).toBeLessThan(2 * 1024 * 1024);
    await record(OWN, body, t.as.manager);
  });

  it('the history, the diagnosis and the portfolio carry respondentCount, never the answers', async () => {
    const id = await record(OWN, { ...survey(40), assessedOn: '2030-01-01' });
    const history = (await (await t.app.request(`/api/clusters/${OWN}/assessments`)).json()) as Array<{
      assessment: Record<string, unknown>;
    }>;
    const listed = history.find((h) => h.assessment.id === id)!.assessment;
    expect(listed.respondentCount).toBe(40);
    expect(listed).not.toHaveProperty('respondents');
    expect(history.every((h) => !('respondents' in h.assessment))).toBe(true);

    const diagnosis = (await (await t.app.request(`/api/clusters/${OWN}/diagnosis`)).json()) as {
      assessment: Record<string, unknown>;
    };
    expect(diagnosis.assessment).toMatchObject({ id, respondentCount: 40 });
    expect(diagnosis.assessment).not.toHaveProperty('respondents');

    const portfolio = await (await t.app.request('/api/portfolio')).text();
    expect(portfolio).not.toContain('firm 1');
    expect(portfolio).not.toContain('respondents');
  });

  it('GET one assessment: signed-in users get the answers, anonymous readers the count only', async () => {
    const id = await record(OWN, survey(3));
    const asViewer = await send(
      t.app,
      'GET',
      `/api/clusters/${OWN}/assessments/${id}`,
      undefined,
      t.as.viewer,
    );
    expect(asViewer.status).toBe(200);
    const full = (await asViewer.json()) as {
      respondentCount: number;
      respondents: Array<{ respondent: string }>;
    };
    expect(full.respondentCount).toBe(3);
    expect(full.respondents.map((r) => r.respondent)).toEqual(['firm 0', 'firm 1', 'firm 2']);

    const anonymous = await t.app.request(`/api/clusters/${OWN}/assessments/${id}`);
    expect(anonymous.status).toBe(200);
    const summary = (await anonymous.json()) as Record<string, unknown>;
    expect(summary).toMatchObject({ id, respondentCount: 3 });
    expect(summary).not.toHaveProperty('respondents');

    expect((await t.app.request(`/api/clusters/${OTHER}/assessments/${id}`)).status).toBe(404);
    expect((await t.app.request(`/api/clusters/${OWN}/assessments/not-an-id`)).status).toBe(404);
  });

  it('GET one assessment of a private cluster is 404 for anonymous readers', async () => {
    const created = await send(
      t.app,
      'POST',
      '/api/clusters',
      {
        name: 'Hidden survey cluster',
        country: 'BR',
        sector: 'footwear',
        sectorGroup: 'traditional_manufacturing',
        isPublic: false,
      },
      t.as.admin,
    );
    expect(created.status).toBe(201);
    const clusterId = ((await created.json()) as { id: string }).id;
    const id = await record(clusterId, survey(2));
    expect((await t.app.request(`/api/clusters/${clusterId}/assessments/${id}`)).status).toBe(404);
    expect(
      (await send(t.app, 'GET', `/api/clusters/${clusterId}/assessments/${id}`, undefined, t.as.viewer))
        .status,
    ).toBe(200);
  });

  describe('DELETE /api/clusters/{id}/assessments/{assessmentId}', () => {
    it('anonymous 401; a viewer and the manager of another cluster 403; nothing deleted', async () => {
      const id = await record(OTHER, survey(2));
      const path = `/api/clusters/${OTHER}/assessments/${id}`;
      expect((await t.app.request(path, { method: 'DELETE' })).status).toBe(401);
      expect((await send(t.app, 'DELETE', path, undefined, t.as.viewer)).status).toBe(403);
      expect((await send(t.app, 'DELETE', path, undefined, t.as.manager)).status).toBe(403);
      expect((await send(t.app, 'GET', path, undefined, t.as.viewer)).status).toBe(200);
    });

    it("the cluster's manager, an analyst and an admin delete; the audit log records who and what", async () => {
      for (const [session, clusterId] of [
        [t.as.manager, OWN],
        [t.as.analyst, OTHER],
        [t.as.admin, OTHER],
      ] as const) {
        const id = await record(clusterId, survey(5));
        const path = `/api/clusters/${clusterId}/assessments/${id}`;
        expect((await send(t.app, 'DELETE', path, undefined, session)).status).toBe(204);
        expect((await send(t.app, 'GET', path, undefined, t.as.viewer)).status).toBe(404);
        expect((await send(t.app, 'DELETE', path, undefined, session)).status).toBe(404);
        const audit = await t.store.listAudit({ limit: 5, offset: 0, entity: 'assessment', entityId: id });
        expect(audit.items.find((e) => e.action === 'delete')?.detail).toMatchObject({
          clusterId,
          respondentCount: 5,
        });
      }
    });

    it('an assessment id of another cluster is 404, not deleted', async () => {
      const id = await record(OTHER, survey(1));
      expect(
        (await send(t.app, 'DELETE', `/api/clusters/${OWN}/assessments/${id}`, undefined, t.as.manager))
          .status,
      ).toBe(404);
      expect(
        (await send(t.app, 'GET', `/api/clusters/${OTHER}/assessments/${id}`, undefined, t.as.viewer)).status,
      ).toBe(200);
    });
  });
});
