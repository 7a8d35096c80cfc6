/**
 * Issue 10, point 11: the CSRF origin check trusted the Host header, so a request with
 * `Origin: http://evil.example` and `Host: evil.example` passed. With POLOS_PUBLIC_ORIGIN
 * set, only the configured origins may write with a session cookie.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PolosApp } from '../src/app';
import { login, send, storeFactories, testApp, type Session, type TestApp } from './test-app';

const cluster = (name: string) => ({
  name,
  country: 'BR',
  sector: 'footwear',
  sectorGroup: 'traditional_manufacturing',
});

describe('the origin of cookie writes', () => {
  let t: TestApp;
  let pinned: PolosApp;
  let admin: Session;

  beforeAll(async () => {
    t = await testApp(storeFactories[0]!);
    pinned = createApp({
      store: t.store,
      config: { webDist: '/nonexistent', publicOrigins: ['https://polos.example.org'] },
    });
    admin = await login(t.app, 'admin@polos.test');
  });
  afterAll(() => t.close());

  const evil = { origin: 'http://evil.example', host: 'evil.example' };

  it('with POLOS_PUBLIC_ORIGIN set, a cookie write with Origin: evil and Host: evil is refused (403), nothing written', async () => {
    const res = await send(pinned, 'POST', '/api/clusters', cluster('Evil write'), admin, evil);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('cross_origin');
    const list = await t.store.listClusters(
      { q: 'evil write', limit: 5, offset: 0 },
      { includePrivate: true },
    );
    expect(list.total).toBe(0);
  });

  it('with POLOS_PUBLIC_ORIGIN set, the request URL no longer vouches for its own origin', async () => {
    const res = await send(pinned, 'POST', '/api/clusters', cluster('Self origin'), admin, {
      origin: 'http://localhost',
    });
    expect(res.status).toBe(403);
  });

  it('with POLOS_PUBLIC_ORIGIN set, a write from the public origin (or with no Origin) passes', async () => {
    const from = await send(pinned, 'POST', '/api/clusters', cluster('From the public origin'), admin, {
      origin: 'https://polos.example.org',
      host: 'internal:8080',
    });
    expect(from.status).toBe(201);
    expect((await send(pinned, 'POST', '/api/clusters', cluster('No origin header'), admin)).status).toBe(
      201,
    );
  });

  it('unset (the fallback, docs/security.md): Origin equal to Host is trusted, another origin refused', async () => {
    expect((await send(t.app, 'POST', '/api/clusters', cluster('Host match'), admin, evil)).status).toBe(201);
    const other = await send(t.app, 'POST', '/api/clusters', cluster('Other origin'), admin, {
      origin: 'http://evil.example',
    });
    expect(other.status).toBe(403);
  });
});
