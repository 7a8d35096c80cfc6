/**
 * Publication of an organisation profile and its explained matches (issue 12 points 1
 * and 3; decision 076): who acts for it submits, staff publish with the ECCP checklist,
 * anonymous 401, others 403; matches best first with explanations in the requested
 * language, over the published organisations the caller may see; 404 for an unknown or
 * invisible one.
 */
import { hashPassword } from '../src/auth/passwords';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, PASSWORD, send, storeFactories, suiteApp, type Session } from './test-app';

interface Matches {
  items: Array<{
    organisation: { id: string; name: string; country: string | null };
    score: number;
    components: Array<{ key: string; score: number; weight: number; explanation: string }>;
  }>;
}

describe.each(storeFactories)('organisation publication and matches on $name', (factory) => {
  const t = suiteApp(factory, ['admin', 'analyst']);
  let owner: Session;
  let other: Session;

  beforeAll(async () => {
    const passwordHash = await hashPassword(PASSWORD);
    for (const email of ['owner@polos.test', 'other@polos.test']) {
      await t.store.createUser(
        { email, name: email, role: 'cluster_manager', grants: [], passwordHash },
        { userId: null, label: 'test' },
      );
    }
    owner = await login(t.app, 'owner@polos.test');
    other = await login(t.app, 'other@polos.test');
    for (const [id, email] of [
      ['mx-new', 'owner@polos.test'],
      ['co-other', 'other@polos.test'],
    ] as const) {
      const created = await send(
        t.app,
        'POST',
        '/api/organisations',
        {
          id,
          name: `Clúster ${id}`,
          country: id.slice(0, 2).toUpperCase(),
          naceDivisions: ['C30'],
          publicationStatus: 'draft',
          staffFte: 2,
          members: [
            { kind: 'firm', sizeClass: 'small', count: 20 },
            { kind: 'university', sizeClass: null, count: 2 },
          ],
        },
        t.as.analyst,
      );
      expect(created.status).toBe(201);
      const added = await send(t.app, 'POST', `/api/organisations/${id}/admins`, { email }, t.as.analyst);
      expect(added.status).toBe(201);
    }
  });

  it('a cluster manager without a grant creates drafts only', async () => {
    const sneaky = { name: 'Sneaky', country: 'MX', publicationStatus: 'published' };
    expect((await send(t.app, 'POST', '/api/organisations', sneaky, owner)).status).toBe(403);
  });

  it('submit: 401 anonymous, 403 for another organisation’s administrator, 200 for its own', async () => {
    expect((await send(t.app, 'POST', '/api/organisations/mx-new/submit')).status).toBe(401);
    expect((await send(t.app, 'POST', '/api/organisations/mx-new/submit', undefined, other)).status).toBe(
      403,
    );
    const res = await send(t.app, 'POST', '/api/organisations/mx-new/submit', undefined, owner);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { publicationStatus: string }).publicationStatus).toBe('submitted');
    expect((await send(t.app, 'POST', '/api/organisations/nobody/submit', undefined, owner)).status).toBe(
      404,
    );
  });

  it('publish: 401 anonymous, 403 for the organisation’s own administrator, staff publish with the checklist in the language asked', async () => {
    expect((await send(t.app, 'POST', '/api/organisations/mx-new/publish')).status).toBe(401);
    expect((await send(t.app, 'POST', '/api/organisations/mx-new/publish', undefined, owner)).status).toBe(
      403,
    );
    expect((await t.app.request('/api/organisations/mx-new')).status).toBe(404);
    const res = await send(t.app, 'POST', '/api/organisations/mx-new/publish?lang=es', undefined, t.as.admin);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      organisation: { publicationStatus: string };
      checklist: { outcome: string; criteria: Array<{ key: string; status: string; reason: string }> };
    };
    expect(body.organisation.publicationStatus).toBe('published');
    expect(body.checklist.outcome).toBe('incomplete');
    expect(body.checklist.criteria.map((c) => [c.key, c.status])).toEqual([
      ['management_fte', 'met'],
      ['members', 'met'],
      ['member_types', 'met'],
      ['visible_activity', 'unknown'],
    ]);
    expect(body.checklist.criteria[1]!.reason).toBe('22 miembros comprometidos ≥ 15.');
    expect((await t.app.request('/api/organisations/mx-new')).status).toBe(200);
    const pt = await t.app.request('/api/organisations/mx-new/checklist?lang=pt');
    expect(((await pt.json()) as { criteria: Array<{ reason: string }> }).criteria[3]!.reason).toBe(
      'A atividade visível não foi verificada.',
    );
  });

  it('matches: best first, explained in the language asked, over published organisations only', async () => {
    const res = await t.app.request('/api/organisations/es21-hegan-association/matches?limit=10&lang=es');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as Matches;
    expect(items).toHaveLength(10);
    for (let i = 1; i < items.length; i++)
      expect(items[i - 1]!.score).toBeGreaterThanOrEqual(items[i]!.score);
    const ids = items.map((m) => m.organisation.id);
    expect(ids).not.toContain('es21-hegan-association');
    expect(ids).not.toContain('co-other'); // a draft
    const first = items[0]!;
    expect(first.organisation).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    expect(first.components.map((c) => c.key)).toContain('sector_similarity');
    const weights = first.components.reduce((s, c) => s + c.weight, 0);
    expect(weights).toBeCloseTo(1, 6);
    expect(first.components.find((c) => c.key === 'language')!.explanation).toMatch(/español|idioma/i);
    const en = (await (
      await t.app.request('/api/organisations/es21-hegan-association/matches?limit=10&lang=en')
    ).json()) as Matches;
    expect(en.items.map((m) => m.organisation.id)).toEqual(ids);
    expect(en.items[0]!.components.find((c) => c.key === 'language')!.explanation).not.toEqual(
      first.components.find((c) => c.key === 'language')!.explanation,
    );
  }, 60_000); // the first call reads the WIOD tables (a few seconds)

  it('matches: a newly published organisation appears without a restart; 404 for unknown or invisible ones', async () => {
    const before = (await (
      await t.app.request('/api/organisations/mx-new/matches?limit=100')
    ).json()) as Matches;
    expect(before.items.map((m) => m.organisation.id)).not.toContain('co-other');
    expect((await t.app.request('/api/organisations/co-other/matches')).status).toBe(404);
    expect((await send(t.app, 'GET', '/api/organisations/co-other/matches', undefined, other)).status).toBe(
      200,
    );
    expect(
      (await send(t.app, 'POST', '/api/organisations/co-other/publish', undefined, t.as.analyst)).status,
    ).toBe(200);
    const after = (await (
      await t.app.request('/api/organisations/mx-new/matches?limit=100')
    ).json()) as Matches;
    expect(after.items.map((m) => m.organisation.id)).toContain('co-other');
    expect((await t.app.request('/api/organisations/no-such-org/matches')).status).toBe(404);
    expect((await t.app.request('/api/organisations/mx-new/matches?lang=fr')).status).toBe(400);
  });
});
