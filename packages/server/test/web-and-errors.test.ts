/** The web app (static files, SPA fallback, caching) and the error shape for the odd cases. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createStore, type SqlStore } from '@polos/store';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';

let store: SqlStore;
let dist: string;
const INDEX = '<!doctype html><title>polos web</title><div id="root"></div>';

beforeAll(async () => {
  store = await createStore({ dataDir: 'memory://' });
  await store.migrate();
  dist = mkdtempSync(join(tmpdir(), 'polos-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-3f9a1c.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'index-3f9a1c.css'), 'body{}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
});
afterAll(async () => {
  await store.close();
  rmSync(dist, { recursive: true, force: true });
});

/** A pino logger writing into `lines`, to read what the server logged. */
function capturedLog() {
  const lines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  return { lines, logger };
}

describe('the web app', () => {
  it('serves index.html at / and for client-side routes, never cached', async () => {
    const app = createApp({ store, config: { webDist: dist } });
    for (const path of ['/', '/clusters/tm_medellin_textile', '/es/map']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets with their content type and a one-year immutable cache', async () => {
    const app = createApp({ store, config: { webDist: dist } });
    const js = await app.request('/assets/index-3f9a1c.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1)');
    expect((await app.request('/assets/index-3f9a1c.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    const svg = await app.request('/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing file, refuses paths leaving the folder, and never serves the web app under /api', async () => {
    const app = createApp({ store, config: { webDist: dist } });
    expect((await app.request('/assets/missing-000.js')).status).toBe(404);
    // encoded slashes survive URL parsing and decode to ../../etc/passwd: refused
    const escape = await app.request('/..%2f..%2f..%2f..%2fetc%2fpasswd');
    expect(escape.status).toBe(400);
    // encoded dots are resolved by the URL parser itself: this becomes /etc/passwd → the app shell
    const dots = await app.request('/%2e%2e/%2e%2e/etc/passwd');
    expect(await dots.text()).toBe(INDEX);
    const api = await app.request('/api/no-such-thing');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('without a build, / says how to make one', async () => {
    const app = createApp({ store, config: { webDist: join(dist, 'not-there') } });
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('npm run build');
  });
});

describe('map boundaries', () => {
  it('serves the shipped TopoJSON and country codes, cached, and only known names', async () => {
    const app = createApp({ store, config: { webDist: dist } });
    const world = await app.request('/api/boundaries/world-110m');
    expect(world.status).toBe(200);
    expect(world.headers.get('cache-control')).toBe('public, max-age=86400');
    const topo = (await world.json()) as { type: string; objects: { countries: { geometries: unknown[] } } };
    expect(topo.type).toBe('Topology');
    expect(topo.objects.countries.geometries.length).toBe(177);
    const codes = await (await app.request('/api/boundaries/country-codes')).text();
    expect(codes).toContain('BR,BRA,076,Brazil,Brasil,Brasil');
    expect((await app.request('/api/boundaries/..%2Fsecrets')).status).toBe(400);
  });
});

describe('the error shape', () => {
  it('malformed JSON is 400 with a field error on the body; a wrong media type is 415', async () => {
    const app = createApp({ store, config: { webDist: dist } });
    const token = await apiToken(app);
    const malformed = await app.request('/api/clusters', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as {
      error: { status: number; code: string; fields: { path: string }[] };
    };
    expect(body.error).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(body.error.fields.map((f) => f.path)).toEqual(['(body)']);
    const wrongType = await app.request('/api/clusters', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: 'name=x',
    });
    expect(wrongType.status).toBe(415);
    expect(((await wrongType.json()) as { error: { code: string } }).error.code).toBe(
      'unsupported_media_type',
    );
  });

  it('a body over 10 MB is 413', async () => {
    const app = createApp({ store, config: { webDist: dist } });
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.org', password: 'x'.repeat(10 * 1024 * 1024 + 10) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_large');
  });

  it('an unexpected failure is a logged 500 that does not leak the cause', async () => {
    const { lines, logger } = capturedLog();
    const broken = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'listClusters')
          return () => Promise.reject(new Error('relation "secret_table" does not exist'));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const app = createApp({ store: broken, config: { webDist: dist }, logger });
    const res = await app.request('/api/clusters');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { status: 500, code: 'internal', message: 'internal error; it has been logged' },
    });
    expect(text).not.toContain('secret_table');
    expect(lines.some((l) => l.includes('secret_table') && l.includes('unhandled error'))).toBe(true);
  });

  it('health is 503 when the database does not answer', async () => {
    const down = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'countUsers') return () => Promise.reject(new Error('connection refused'));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const res = await createApp({ store: down, config: { webDist: dist } }).request('/api/health');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
  });

  it('logs one line per request, without passwords or tokens', async () => {
    const { lines, logger } = capturedLog();
    const app = createApp({ store, config: { webDist: dist }, logger });
    await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer polos_secretsecret' },
      body: JSON.stringify({ email: 'nobody@polos.test', password: 'hunter2hunter2' }),
    });
    await app.request('/api/health');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as { path: string }).path)).toEqual([
      '/api/auth/login',
      '/api/health',
    ]);
    expect(lines.join('')).not.toMatch(/hunter2|polos_secret/);
  });
});

/** Creates an admin directly in the store and returns an API token for it. */
async function apiToken(app: ReturnType<typeof createApp>): Promise<string> {
  const { hashPassword } = await import('../src/auth/passwords');
  const email = `admin-${Math.random().toString(36).slice(2)}@polos.test`;
  await store.createUser(
    { email, name: 'A', role: 'admin', grants: [], passwordHash: await hashPassword('a long password here') },
    { userId: null, label: 'test' },
  );
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a long password here' }),
  });
  const cookie = /polos_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await app.request('/api/auth/tokens', {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 't' }),
  });
  return ((await res.json()) as { token: string }).token;
}
