/**
 * Every write endpoint the API publishes refuses anonymous callers with 401 before it
 * reads the body, and refuses a viewer (read-only role) with 403 — whatever the body.
 * The list of endpoints comes from the OpenAPI document, so a new endpoint is checked
 * the day it is added; the few that are meant for callers without a session or for
 * one's own account are named here with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, send, storeFactories, testApp, type Session, type TestApp } from './test-app';

/** Writes an anonymous caller may make: signing in, and answering what a link asks. */
const OPEN_TO_ANONYMOUS = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/notifications/unsubscribe',
  // A member's survey answer: authorised by its single-use code, never by a session (decision 085).
  'POST /api/surveys/{code}',
  // Asking for a reset link, and what an account e-mail's link does: authorised by its secret (decision 104).
  'POST /api/auth/password-reset',
  'POST /api/auth/links/inspect',
  'POST /api/auth/links/password',
  'POST /api/auth/links/email',
]);
/** Writes a viewer makes on her own account (sessions, tokens, password). */
const OWN_ACCOUNT = /^(POST|DELETE|PUT|PATCH) \/api\/(auth|notifications)\//;

const sample: Record<string, string> = {
  id: 'tm_medellin_textile',
  partId: 'no-such-part',
  assessmentId: '00000000-0000-4000-8000-000000000000',
  code: 'x',
  name: 'x',
};

async function writeOperations(t: TestApp): Promise<Array<{ method: string; path: string }>> {
  const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
      .map((m) => ({ method: m.toUpperCase(), path })),
  );
}

const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => sample[name] ?? 'x');

describe.each(storeFactories.map((f) => [f.name, f] as const))('write endpoints on %s', (_n, factory) => {
  let t: TestApp;
  let viewer: Session;

  beforeAll(async () => {
    t = await testApp(factory);
    viewer = await login(t.app, 'viewer@polos.test');
  });
  afterAll(() => t.close());

  it('the API publishes at least the known write endpoints', async () => {
    expect((await writeOperations(t)).length).toBeGreaterThanOrEqual(20);
  });

  it('anonymous writes answer 401, for an empty, a malformed and a plausible body', async () => {
    const wrong: string[] = [];
    for (const { method, path } of await writeOperations(t)) {
      const key = `${method} ${path}`;
      if (OPEN_TO_ANONYMOUS.has(key)) continue;
      for (const body of ['{}', '{oops', JSON.stringify({ name: 'Some name', country: 'BR' })]) {
        const res = await send(t.app, method, concrete(path), body);
        if (res.status !== 401) wrong.push(`${key} with ${body}: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a viewer’s writes answer 403 (her own account aside)', async () => {
    const wrong: string[] = [];
    for (const { method, path } of await writeOperations(t)) {
      const key = `${method} ${path}`;
      if (OPEN_TO_ANONYMOUS.has(key) || OWN_ACCOUNT.test(key)) continue;
      for (const body of ['{}', JSON.stringify({ name: 'Some name', country: 'BR' })]) {
        const res = await send(t.app, method, concrete(path), body, viewer);
        if (res.status !== 403) wrong.push(`${key} with ${body}: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
