/**
 * Security headers and the Content-Security-Policy on every kind of response, checked
 * through a real @hono/node-server listener (where a header set after the response was
 * built used to drop them) as well as in process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createStore, type SqlStore } from '@polos/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, CONTENT_SECURITY_POLICY } from '../src/app';

let store: SqlStore;
let dist: string;
let server: ServerType;
let base: string;

beforeAll(async () => {
  store = await createStore({ dataDir: 'memory://' });
  await store.migrate();
  dist = mkdtempSync(join(tmpdir(), 'polos-headers-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>polos</title><div id="root"></div>');
  // listClusters fails: the 500 path.
  const broken = new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'listClusters') return () => Promise.reject(new Error('boom'));
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const app = createApp({ store: broken, config: { webDist: dist } });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
  rmSync(dist, { recursive: true, force: true });
});

function expectSecureHeaders(res: Response, what: string) {
  const h = res.headers;
  expect(h.get('content-security-policy'), what).toBe(CONTENT_SECURITY_POLICY);
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(h.get('x-frame-options'), what).toBe('DENY');
  expect(h.get('referrer-policy'), what).toBe('no-referrer');
  expect(h.get('cross-origin-opener-policy'), what).toBe('same-origin');
  expect(h.get('x-request-id'), what).toMatch(/^[0-9a-f-]{36}$/);
}

describe('security headers', () => {
  it('the policy forbids framing and other origins, and allows what the web app needs', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('are on JSON, 4xx, 500, page and 404 responses of a real node server', async () => {
    const cases: Array<[string, RequestInit | undefined, number]> = [
      ['/api/health', undefined, 200],
      ['/api/openapi.json', undefined, 200],
      ['/api/no-such-endpoint', undefined, 404],
      ['/api/clusters/nothing-here', undefined, 404],
      ['/api/users', undefined, 401],
      [
        '/api/auth/login',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' },
        400,
      ],
      ['/api/clusters', undefined, 500],
      ['/', undefined, 200],
      ['/clusters/some-route', undefined, 200],
      ['/assets/missing-0000.js', undefined, 404],
    ];
    for (const [path, init, status] of cases) {
      const res = await fetch(base + path, init);
      expect(res.status, path).toBe(status);
      expectSecureHeaders(res, path);
      await res.arrayBuffer();
    }
  });

  it('are on responses in process too (app.request)', async () => {
    const app = createApp({ store, config: { webDist: dist } });
    expectSecureHeaders(await app.request('/api/health'), 'json');
    expectSecureHeaders(await app.request('/api/nope'), '404');
    expectSecureHeaders(await app.request('/'), 'page');
  });
});
