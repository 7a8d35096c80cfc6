/**
 * Partner-search posts (issue 12 point 2) on both engines: the list contract, who may post
 * and edit (whoever acts for the posting organisation, never another organisation's
 * administrator), interests readable only by the poster's side and their sender, public
 * comments, following, and expiry with renewal.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, today } from '../src/features/partner-searches/partner-search-dates';
import { administratorOf } from './partnering-fixtures';
import { send, storeFactories, suiteApp, type Session } from './test-app';

interface Post {
  id: string;
  organisationId: string;
  status: string;
  publishedOn: string;
  expiresOn: string;
}

describe.each(storeFactories)('partner searches on $name', (factory) => {
  const t = suiteApp(factory, ['analyst']);
  let poster: Session;
  let other: Session;
  let third: Session;
  let orgA: string;
  let orgB: string;
  let postId: string;

  const request = {
    direction: 'request',
    kind: 'technology',
    title: 'Lightweight composites for aircraft interiors',
    description: 'We seek a partner cluster with composite suppliers.',
    sectors: ['C30'],
    countriesSought: ['MX'],
    language: 'en',
  };

  beforeAll(async () => {
    const list = (await (await t.app.request('/api/organisations?limit=3')).json()) as {
      items: Array<{ id: string }>;
    };
    [orgA, orgB] = list.items.map((o) => o.id) as [string, string];
    poster = await administratorOf(t, orgA, 'poster@polos.test');
    other = await administratorOf(t, orgB, 'other@polos.test');
    third = await administratorOf(t, list.items[2]!.id, 'third@polos.test');
  });

  it('GET /api/partner-searches answers { items, total, limit, offset }', async () => {
    const res = await t.app.request('/api/partner-searches');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
  });

  it('posting needs a signed-in user who acts for the organisation (401, 403)', async () => {
    expect(
      (await send(t.app, 'POST', '/api/partner-searches', { ...request, organisationId: orgA })).status,
    ).toBe(401);
    const byOther = await send(
      t.app,
      'POST',
      '/api/partner-searches',
      { ...request, organisationId: orgA },
      other,
    );
    expect(byOther.status).toBe(403);
  });

  it('the organisation’s administrator posts; the expiry defaults to six months and is listed', async () => {
    const res = await send(
      t.app,
      'POST',
      '/api/partner-searches',
      { ...request, organisationId: orgA },
      poster,
    );
    expect(res.status).toBe(201);
    const post = (await res.json()) as Post;
    expect(post).toMatchObject({ organisationId: orgA, status: 'open', publishedOn: today() });
    expect(post.expiresOn).toBe(addMonths(today(), 6));
    postId = post.id;
    const list = (await (
      await t.app.request('/api/partner-searches?kind=technology&sector=C30&country=MX')
    ).json()) as {
      items: Post[];
      total: number;
    };
    expect(list.items.map((p) => p.id)).toEqual([postId]);
    expect(list.total).toBe(1);
    const none = (await (await t.app.request('/api/partner-searches?direction=offer')).json()) as {
      total: number;
    };
    expect(none.total).toBe(0);
  });

  it('an expiry more than twelve months ahead is refused, naming expiresOn', async () => {
    const res = await send(
      t.app,
      'POST',
      '/api/partner-searches',
      { ...request, organisationId: orgA, expiresOn: addMonths(today(), 13) },
      poster,
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('expiresOn');
  });

  it('another organisation’s administrator may not edit, renew or delete the post', async () => {
    expect(
      (await send(t.app, 'PATCH', `/api/partner-searches/${postId}`, { status: 'closed' }, other)).status,
    ).toBe(403);
    expect((await send(t.app, 'POST', `/api/partner-searches/${postId}/renew`, {}, other)).status).toBe(403);
    expect((await send(t.app, 'DELETE', `/api/partner-searches/${postId}`, undefined, other)).status).toBe(
      403,
    );
    expect((await send(t.app, 'PATCH', `/api/partner-searches/${postId}`, { status: 'closed' })).status).toBe(
      401,
    );
    const post = (await (await t.app.request(`/api/partner-searches/${postId}`)).json()) as Post;
    expect(post.status).toBe('open');
  });

  it('an interest is read by the poster’s side and its sender only', async () => {
    const sent = await send(
      t.app,
      'POST',
      `/api/partner-searches/${postId}/interest`,
      { message: 'We make composite panels.', organisationId: orgB },
      other,
    );
    expect(sent.status).toBe(201);
    const read = async (who?: Session) =>
      send(t.app, 'GET', `/api/partner-searches/${postId}/interests`, undefined, who);
    const byPoster = (await (await read(poster)).json()) as Array<{ text: string; organisationId: string }>;
    expect(byPoster).toMatchObject([{ text: 'We make composite panels.', organisationId: orgB }]);
    expect(((await (await read(other)).json()) as unknown[]).length).toBe(1);
    expect(await (await read(third)).json()).toEqual([]);
    expect((await read()).status).toBe(401);
    // Writing for an organisation one does not act for is refused.
    const forA = await send(
      t.app,
      'POST',
      `/api/partner-searches/${postId}/interest`,
      { message: 'pretending', organisationId: orgA },
      third,
    );
    expect(forA.status).toBe(403);
  });

  it('comments are public; following and unfollowing answer 204, then 404', async () => {
    expect(
      (await send(t.app, 'POST', `/api/partner-searches/${postId}/comments`, { text: 'Count us in' }, third))
        .status,
    ).toBe(201);
    const comments = (await (
      await t.app.request(`/api/partner-searches/${postId}/comments`)
    ).json()) as Array<{
      text: string;
    }>;
    expect(comments.map((c) => c.text)).toEqual(['Count us in']);
    expect((await send(t.app, 'POST', `/api/partner-searches/${postId}/follow`)).status).toBe(401);
    expect(
      (await send(t.app, 'POST', `/api/partner-searches/${postId}/follow`, undefined, third)).status,
    ).toBe(204);
    expect(await t.store.partnerSearches.followers(postId)).toHaveLength(1);
    expect(
      (await send(t.app, 'DELETE', `/api/partner-searches/${postId}/follow`, undefined, third)).status,
    ).toBe(204);
    expect(
      (await send(t.app, 'DELETE', `/api/partner-searches/${postId}/follow`, undefined, third)).status,
    ).toBe(404);
  });

  it('the poster marks the post matched, then deletes it; staff act for every organisation', async () => {
    const matched = await send(
      t.app,
      'PATCH',
      `/api/partner-searches/${postId}`,
      { status: 'matched' },
      poster,
    );
    expect(matched.status).toBe(200);
    expect(((await matched.json()) as Post).status).toBe('matched');
    const interest = await send(
      t.app,
      'POST',
      `/api/partner-searches/${postId}/interest`,
      { message: 'late' },
      third,
    );
    expect(interest.status).toBe(409);
    const byAnalyst = await send(
      t.app,
      'PATCH',
      `/api/partner-searches/${postId}`,
      { title: 'Composites wanted' },
      t.as.analyst,
    );
    expect(byAnalyst.status).toBe(200);
    expect((await send(t.app, 'DELETE', `/api/partner-searches/${postId}`, undefined, poster)).status).toBe(
      204,
    );
    expect((await t.app.request(`/api/partner-searches/${postId}`)).status).toBe(404);
  });

  it('an expired post is listed only when asked, and renewal brings it back', async () => {
    await t.store.partnerSearches.create(
      {
        id: 'old-offer',
        organisationId: orgA,
        direction: 'offer',
        kind: 'training',
        title: 'Training in lean manufacturing',
        description: 'Courses for cluster members.',
        sectors: [],
        countriesSought: [],
        language: 'es',
        publishedOn: '2020-01-01',
        expiresOn: '2020-07-01',
        status: 'open',
      },
      { userId: null, label: 'test' },
    );
    const ids = async (query: string) =>
      ((await (await t.app.request(`/api/partner-searches${query}`)).json()) as { items: Post[] }).items.map(
        (p) => p.id,
      );
    expect(await ids('')).not.toContain('old-offer');
    expect(await ids('?status=expired')).toEqual(['old-offer']);
    expect(await ids('?includeExpired=true')).toContain('old-offer');
    expect(
      (await send(t.app, 'POST', '/api/partner-searches/old-offer/interest', { message: 'hi' }, other))
        .status,
    ).toBe(409);
    const renewed = await send(t.app, 'POST', '/api/partner-searches/old-offer/renew', {}, poster);
    expect(renewed.status).toBe(200);
    expect(((await renewed.json()) as Post).expiresOn).toBe(addMonths(today(), 6));
    expect(await ids('')).toContain('old-offer');
    expect(await ids('?status=expired')).toEqual([]);
  });
});
