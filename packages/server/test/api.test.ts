import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/auth/authenticate';
import { login, send, storeFactories, suiteApp } from './test-app';

describe.each(storeFactories.map((f) => [f.name, f] as const))('HTTP API on %s', (_name, factory) => {
  const t = suiteApp(factory, ['admin', 'manager', 'viewer', 'analyst']);

  const newCluster = {
    name: 'Footwear — Franca',
    country: 'BR',
    sector: 'footwear',
    sectorGroup: 'traditional_manufacturing',
  };

  describe('GET /api/health and /api/openapi.json', () => {
    it('health answers ok with the database kind', async () => {
      const res = await t.app.request('/api/health');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', database: factory.name, version: '0.1.0' });
    });

    it('the OpenAPI document lists every route and names the schemas as components', async () => {
      const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
        components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
      };
      expect(doc.openapi).toBe('3.1.0');
      const routes = Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
      );
      for (const r of [
        'GET /api/health',
        'GET /api/clusters',
        'POST /api/clusters',
        'GET /api/clusters/{id}',
        'PATCH /api/clusters/{id}',
        'DELETE /api/clusters/{id}',
        'POST /api/clusters/import',
        'GET /api/organisations',
        'POST /api/organisations',
        'PATCH /api/organisations/{id}',
        'POST /api/auth/login',
        'GET /api/auth/me',
        'POST /api/auth/tokens',
        'GET /api/users',
        'POST /api/users',
        'PATCH /api/users/{id}',
        'GET /api/audit',
      ]) {
        expect(routes).toContain(r);
      }
      for (const name of [
        'Cluster',
        'ClusterInput',
        'KeyFigures',
        'SectorGroup',
        'Organisation',
        'User',
        'Error',
      ]) {
        expect(Object.keys(doc.components.schemas)).toContain(name);
      }
      expect(Object.keys(doc.components.securitySchemes)).toEqual(['cookieAuth', 'bearerAuth']);
    });

    it('documents every /api route the app answers, and every $ref in it resolves to a component', async () => {
      const text = await (await t.app.request('/api/openapi.json')).text();
      const doc = JSON.parse(text) as {
        paths: Record<string, Record<string, unknown>>;
        components: { schemas: Record<string, unknown> };
      };
      const documented = new Set(
        Object.entries(doc.paths).flatMap(([p, ops]) =>
          Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/{(\w+)}/g, ':$1')}`),
        ),
      );
      const served = t.app.routes
        .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`);
      expect(served.length).toBeGreaterThanOrEqual(20);
      expect(served.filter((r) => !documented.has(r) && r !== 'GET /api/openapi.json')).toEqual([]);
      const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(10);
      expect(refs.filter((r) => !(r in doc.components.schemas))).toEqual([]);
    });
  });

  describe('GET /api/clusters', () => {
    it('lists every seeded cluster with a total, and pages', async () => {
      const page = (await (await t.app.request('/api/clusters?limit=500')).json()) as {
        items: { id: string }[];
        total: number;
      };
      expect(page.total).toBe(57);
      expect(page.items).toHaveLength(57);
      const second = (await (await t.app.request('/api/clusters?limit=10&offset=10')).json()) as {
        items: unknown[];
        offset: number;
      };
      expect(second.items).toHaveLength(10);
      expect(second.offset).toBe(10);
    });

    it('filters by q, country (any case) and sector_group', async () => {
      const q = (await (await t.app.request('/api/clusters?q=sinos')).json()) as { items: { id: string }[] };
      expect(q.items.map((c) => c.id)).toEqual(['tm_sinos_valley_footwear']);
      const es = (await (
        await t.app.request('/api/clusters?country=es&sector_group=complex_product_systems&limit=100')
      ).json()) as {
        items: { country: string; sectorGroup: string }[];
        total: number;
      };
      expect(es.total).toBeGreaterThan(0);
      expect(es.items.every((c) => c.country === 'ES' && c.sectorGroup === 'complex_product_systems')).toBe(
        true,
      );
    });

    it('filters by region code and counts the filtered clusters per country and region', async () => {
      const basque = (await (await t.app.request('/api/clusters?region=ES21&limit=100')).json()) as {
        items: { region: string }[];
        total: number;
      };
      expect(basque.total).toBe(17);
      expect(basque.items.every((c) => c.region === 'ES21')).toBe(true);
      const all = (await (await t.app.request('/api/clusters/counts')).json()) as {
        total: number;
        countries: Record<string, number>;
        regions: Record<string, number>;
        regionPlaces: Record<string, { name: string; lon: number; lat: number }>;
      };
      expect(all.total).toBe(57);
      expect(Object.values(all.countries).reduce((a, b) => a + b, 0)).toBe(57);
      expect(all.countries.ES).toBe(17);
      expect(all.regions.ES21).toBe(17);
      // the Basque Country's centre (GISCO NUTS 2021, 60M): about 43.0° N, 2.6° W
      expect(all.regionPlaces.ES21).toMatchObject({ name: 'País Vasco' });
      expect(all.regionPlaces.ES21!.lat).toBeCloseTo(43.0, 0);
      expect(all.regionPlaces.ES21!.lon).toBeCloseTo(-2.6, 0);
      const br = (await (await t.app.request('/api/clusters/counts?country=br')).json()) as {
        total: number;
        countries: Record<string, number>;
      };
      expect(Object.keys(br.countries)).toEqual(['BR']);
      expect(br.countries.BR).toBe(br.total);
      expect((await t.app.request('/api/clusters/counts?sector_group=nope')).status).toBe(400);
    });

    it('filters by degree of collective efficiency: pages and totals count only those clusters', async () => {
      // Published degrees (Pietrobelli & Rabellotti 2004): Sinos Valley footwear and Valle
      // del Cauca sugar high, Chipilo furniture low; the Basque clusters are not assessed.
      const byDegree: Record<string, string[]> = {};
      let sum = 0;
      for (const degree of ['high', 'medium', 'low']) {
        const page = (await (await t.app.request(`/api/clusters?degree=${degree}&limit=100`)).json()) as {
          items: { id: string }[];
          total: number;
        };
        expect(page.items).toHaveLength(page.total);
        byDegree[degree] = page.items.map((c) => c.id);
        sum += page.total;
      }
      expect(byDegree.high).toContain('tm_sinos_valley_footwear');
      expect(byDegree.high).toContain('nr_valle_del_cauca_sugar');
      expect(byDegree.low).toContain('tm_chipilo_furniture');
      expect(sum).toBe(40);
      const second = (await (await t.app.request('/api/clusters?degree=high&limit=2&offset=2')).json()) as {
        items: { id: string }[];
        total: number;
      };
      expect(second.total).toBe(byDegree.high!.length);
      expect(second.items.map((c) => c.id)).toEqual(byDegree.high!.slice(2, 4));
      const counts = (await (await t.app.request('/api/clusters/counts?degree=low')).json()) as {
        total: number;
        regions: Record<string, number>;
      };
      expect(counts.total).toBe(byDegree.low!.length);
      expect(counts.regions.ES21).toBeUndefined();
      expect(
        ((await (await t.app.request('/api/clusters?degree=high&region=ES21')).json()) as { total: number })
          .total,
      ).toBe(0);
      expect((await t.app.request('/api/clusters?degree=excellent')).status).toBe(400);
    });

    it('400 names each bad query field', async () => {
      const res = await t.app.request('/api/clusters?limit=0&sector_group=textiles');
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; fields: { path: string }[] } };
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.fields.map((f) => f.path).sort()).toEqual(['query.limit', 'query.sector_group']);
    });

    it('404 for an unknown cluster and an unknown endpoint, in the error shape', async () => {
      const res = await t.app.request('/api/clusters/nope');
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        error: { status: 404, code: 'not_found', message: 'no cluster with id "nope"' },
      });
      expect((await t.app.request('/api/nothing-here')).status).toBe(404);
    });
  });

  describe('GET /api/organisations', () => {
    it('filters by cluster_id, country and q, and pages with a total', async () => {
      const all = (await (
        await send(t.app, 'GET', '/api/organisations?limit=500', undefined, t.as.viewer)
      ).json()) as {
        items: { id: string; clusterId: string | null; country: string }[];
        total: number;
      };
      expect(all.total).toBe(all.items.length);
      expect(all.total).toBeGreaterThan(2);
      const byCluster = (await (
        await send(t.app, 'GET', '/api/organisations?cluster_id=es21-hegan', undefined, t.as.viewer)
      ).json()) as {
        items: { id: string; clusterId: string }[];
      };
      expect(byCluster.items.map((o) => o.id)).toContain('es21-hegan-association');
      expect(byCluster.items.every((o) => o.clusterId === 'es21-hegan')).toBe(true);
      const country = all.items[0]!.country;
      const byCountry = (await (
        await send(
          t.app,
          'GET',
          `/api/organisations?country=${country.toLowerCase()}&limit=500`,
          undefined,
          t.as.viewer,
        )
      ).json()) as {
        items: { country: string }[];
        total: number;
      };
      expect(byCountry.total).toBe(all.items.filter((o) => o.country === country).length);
      const page = (await (
        await send(t.app, 'GET', '/api/organisations?limit=2&offset=1', undefined, t.as.viewer)
      ).json()) as {
        items: { id: string }[];
        total: number;
      };
      expect(page.items.map((o) => o.id)).toEqual(all.items.slice(1, 3).map((o) => o.id));
      expect(page.total).toBe(all.total);
      expect((await t.app.request('/api/organisations/no-such-org')).status).toBe(404);
    });
  });

  describe('who may write', () => {
    it('an anonymous user cannot write: 401 on create, update, delete and import', async () => {
      expect((await send(t.app, 'POST', '/api/clusters', newCluster)).status).toBe(401);
      expect(
        (await send(t.app, 'PATCH', '/api/clusters/tm_medellin_textile', { name: 'Hacked' })).status,
      ).toBe(401);
      expect((await send(t.app, 'DELETE', '/api/clusters/tm_medellin_textile')).status).toBe(401);
      expect((await send(t.app, 'POST', '/api/clusters/import', [newCluster])).status).toBe(401);
      // 401 even when the body is invalid: who you are is checked before what you sent
      expect((await send(t.app, 'POST', '/api/clusters', { name: 'X' })).status).toBe(401);
      expect((await send(t.app, 'POST', '/api/organisations', '{"broken')).status).toBe(401);
      expect((await send(t.app, 'POST', '/api/users', {})).status).toBe(401);
      expect(
        (await (await t.app.request('/api/clusters/tm_medellin_textile')).json()) as { name: string },
      ).toMatchObject({
        name: 'Textile — Medellín',
      });
    });

    it('a cluster manager gets 403 on a cluster not granted to them, and 200 on their own', async () => {
      const other = await send(
        t.app,
        'PATCH',
        '/api/clusters/tm_sinos_valley_footwear',
        { name: 'Not mine' },
        t.as.manager,
      );
      expect(other.status).toBe(403);
      expect(((await other.json()) as { error: { code: string } }).error.code).toBe('forbidden');
      expect(
        ((await (await t.app.request('/api/clusters/tm_sinos_valley_footwear')).json()) as { name: string })
          .name,
      ).not.toBe('Not mine');
      const own = await send(
        t.app,
        'PATCH',
        '/api/clusters/tm_medellin_textile',
        { lifeCycleStage: 'maturity' },
        t.as.manager,
      );
      expect(own.status).toBe(200);
      expect(((await own.json()) as { lifeCycleStage: string }).lifeCycleStage).toBe('maturity');
      expect((await send(t.app, 'POST', '/api/clusters', newCluster, t.as.manager)).status).toBe(403);
      expect(
        (await send(t.app, 'DELETE', '/api/clusters/tm_medellin_textile', undefined, t.as.manager)).status,
      ).toBe(403);
    });

    it('a cluster manager may edit organisations of their cluster only', async () => {
      // In order: creates one in its cluster, may not edit another cluster's, may not move its own away.
      for (const [method, path, body, status] of [
        [
          'POST',
          '/api/organisations',
          { name: 'Medellín Textile Org', country: 'CO', clusterId: 'tm_medellin_textile' },
          201,
        ],
        ['PATCH', '/api/organisations/es21-hegan-association', { staffFte: 3 }, 403],
        ['PATCH', '/api/organisations/medellin-textile-org', { clusterId: 'es21-hegan' }, 403],
      ] as const) {
        expect((await send(t.app, method, path, body, t.as.manager)).status, `${method} ${path}`).toBe(
          status,
        );
      }
    });

    it('a viewer reads but cannot write (403)', async () => {
      expect(
        (
          await send(
            t.app,
            'PATCH',
            '/api/clusters/tm_medellin_textile',
            { name: 'Viewer edit' },
            t.as.viewer,
          )
        ).status,
      ).toBe(403);
      expect((await send(t.app, 'POST', '/api/clusters', newCluster, t.as.viewer)).status).toBe(403);
    });

    it('an analyst creates clusters (201, id from the name), 409 on a taken id, 400 with field errors', async () => {
      const created = await send(t.app, 'POST', '/api/clusters', newCluster, t.as.analyst);
      expect(created.status).toBe(201);
      expect(((await created.json()) as { id: string }).id).toBe('footwear-franca');
      const again = await send(t.app, 'POST', '/api/clusters', newCluster, t.as.analyst);
      expect(again.status).toBe(409);
      const bad = await send(
        t.app,
        'POST',
        '/api/clusters',
        { name: 'X', country: 'Brazil', sectorGroup: 'x' },
        t.as.analyst,
      );
      expect(bad.status).toBe(400);
      const fields = ((await bad.json()) as { error: { fields: { path: string }[] } }).error.fields
        .map((f) => f.path)
        .sort();
      expect(fields).toEqual(['country', 'name', 'sector', 'sectorGroup']);
      const malformed = await send(t.app, 'POST', '/api/clusters', '{"name":', t.as.analyst);
      expect(malformed.status).toBe(400);
    });

    it('private clusters are hidden from anonymous users (list and read) but not from signed-in viewers', async () => {
      await send(
        t.app,
        'POST',
        '/api/clusters',
        { ...newCluster, name: 'Secret — Pilot', isPublic: false },
        t.as.admin,
      );
      expect((await t.app.request('/api/clusters/secret-pilot')).status).toBe(404);
      const anon = (await (await t.app.request('/api/clusters?q=secret')).json()) as { total: number };
      expect(anon.total).toBe(0);
      const seen = (await (
        await send(t.app, 'GET', '/api/clusters?q=secret', undefined, t.as.viewer)
      ).json()) as {
        total: number;
      };
      expect(seen.total).toBe(1);
    });

    it('only admins delete; the audit log records who changed what', async () => {
      expect(
        (await send(t.app, 'DELETE', '/api/clusters/footwear-franca', undefined, t.as.analyst)).status,
      ).toBe(403);
      expect(
        (await send(t.app, 'DELETE', '/api/clusters/footwear-franca', undefined, t.as.admin)).status,
      ).toBe(204);
      expect(
        (
          await send(
            t.app,
            'GET',
            '/api/audit?entity=cluster&entity_id=footwear-franca',
            undefined,
            t.as.viewer,
          )
        ).status,
      ).toBe(403);
      const audit = (await (
        await send(t.app, 'GET', '/api/audit?entity=cluster&entity_id=footwear-franca', undefined, t.as.admin)
      ).json()) as {
        items: { action: string; actorLabel: string }[];
      };
      expect(audit.items.map((e) => [e.action, e.actorLabel])).toEqual([
        ['delete', 'admin@polos.test'],
        ['create', 'analyst@polos.test'],
      ]);
    });
  });

  describe('sessions, CSRF and API tokens', () => {
    it('a cookie-authenticated write without the X-CSRF-Token header is refused (403), with it accepted', async () => {
      const noHeader = await t.app.request('/api/clusters/tm_medellin_textile', {
        method: 'PATCH',
        headers: { cookie: t.as.manager.cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ description: 'x' }),
      });
      expect(noHeader.status).toBe(403);
      expect(((await noHeader.json()) as { error: { code: string } }).error.code).toBe('csrf');
      const wrong = await send(
        t.app,
        'PATCH',
        '/api/clusters/tm_medellin_textile',
        { description: 'x' },
        { ...t.as.manager, csrf: 'nope' },
      );
      expect(wrong.status).toBe(403);
      expect(
        (await send(t.app, 'PATCH', '/api/clusters/tm_medellin_textile', { description: 'x' }, t.as.manager))
          .status,
      ).toBe(200);
    });

    it('a request from another origin is refused', async () => {
      const res = await send(
        t.app,
        'PATCH',
        '/api/clusters/tm_medellin_textile',
        { description: 'y' },
        t.as.manager,
        {
          origin: 'https://evil.example',
        },
      );
      expect(res.status).toBe(403);
    });

    it('the session cookie is HttpOnly and SameSite=Lax; /api/auth/me returns the user and CSRF token', async () => {
      const res = await t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'viewer@polos.test', password: 'correct horse battery staple' }),
      });
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).toMatch(/Max-Age=604800/); // 7 days × 86 400 s (the absolute session lifetime)
      expect(cookie).not.toMatch(/Secure/);
      // 32 random bytes in base64url: 43 characters
      const raw = /polos_session=([^;]+)/.exec(cookie)?.[1] ?? '';
      expect(raw).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // the store is keyed by the SHA-256 of the cookie, never the cookie itself
      expect(await t.store.getSession(raw, new Date())).toBeUndefined();
      expect((await t.store.getSession(sha256(raw), new Date()))?.user.email).toBe('viewer@polos.test');
      const httpsCases: Array<{ url: string; headers: Record<string, string> }> = [
        { url: 'https://polos.example/api/auth/login', headers: {} },
        { url: '/api/auth/login', headers: { 'x-forwarded-proto': 'https' } },
      ];
      for (const init of httpsCases) {
        const secure = await t.app.request(init.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...init.headers },
          body: JSON.stringify({ email: 'analyst@polos.test', password: 'correct horse battery staple' }),
        });
        expect(secure.status).toBe(200);
        expect(secure.headers.get('set-cookie')).toMatch(/; Secure/);
      }
      const me = (await (await send(t.app, 'GET', '/api/auth/me', undefined, t.as.viewer)).json()) as {
        user: { role: string };
        csrfToken: string;
      };
      expect(me.user.role).toBe('viewer');
      expect(me.csrfToken).toBe(t.as.viewer.csrf);
      expect(await (await t.app.request('/api/auth/me')).json()).toEqual({ user: null, csrfToken: null });
    });

    it("an API token writes without CSRF, acting with its owner's grants; a bad token is 401", async () => {
      const created = await send(t.app, 'POST', '/api/auth/tokens', { name: 'script' }, t.as.manager);
      expect(created.status).toBe(201);
      const { token } = (await created.json()) as { token: string };
      expect(token).toMatch(/^polos_/);
      const bearer = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const ok = await t.app.request('/api/clusters/tm_medellin_textile', {
        method: 'PATCH',
        headers: bearer,
        body: '{"description":"via token"}',
      });
      expect(ok.status).toBe(200);
      const denied = await t.app.request('/api/clusters/tm_gamarra_garment', {
        method: 'PATCH',
        headers: bearer,
        body: '{"description":"x"}',
      });
      expect(denied.status).toBe(403);
      const bad = await t.app.request('/api/clusters', { headers: { authorization: 'Bearer polos_wrong' } });
      expect(bad.status).toBe(401);
    });

    it('logout ends the session', async () => {
      const s = await login(t.app, 'analyst@polos.test');
      expect((await send(t.app, 'POST', '/api/auth/logout', undefined, s)).status).toBe(204);
      expect(
        (await send(t.app, 'POST', '/api/clusters', { ...newCluster, name: 'After logout' }, s)).status,
      ).toBe(401);
    });

    it('login attempts are throttled: after 3 failures the next attempt is 429 with Retry-After, even with the right password', async () => {
      for (let i = 0; i < 3; i++) {
        const res = await send(t.app, 'POST', '/api/auth/login', {
          email: 'viewer@polos.test',
          password: 'wrong password!',
        });
        expect(res.status).toBe(401);
      }
      const blocked = await send(t.app, 'POST', '/api/auth/login', {
        email: 'viewer@polos.test',
        password: 'correct horse battery staple',
      });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe("the store's errors, mapped once", () => {
    it('a taken id is 409 and a write naming a cluster that does not exist is 404, never 500', async () => {
      const taken = await send(
        t.app,
        'POST',
        '/api/clusters',
        {
          name: 'Textile — Medellín',
          country: 'CO',
          sector: 'textile',
          sectorGroup: 'traditional_manufacturing',
          id: 'tm_medellin_textile',
        },
        t.as.admin,
      );
      expect(taken.status).toBe(409);
      expect(((await taken.json()) as { error: { code: string } }).error.code).toBe('conflict');
      const missing = await send(
        t.app,
        'PATCH',
        '/api/organisations/es21-hegan-association',
        { clusterId: 'no-such-cluster' },
        t.as.admin,
      );
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'not_found',
      });
      expect((await t.app.request('/api/organisations/es21-hegan-association')).status).toBe(200);
    });
  });

  describe('POST /api/clusters/import', () => {
    const csv = (rows: string) => 'id,name,country,sector,sector_group\n' + rows;

    it('a file with one bad row changes nothing and reports that row and field', async () => {
      const before = ((await (await t.app.request('/api/clusters?limit=1')).json()) as { total: number })
        .total;
      const res = await send(
        t.app,
        'POST',
        '/api/clusters/import?file=new.csv',
        csv(
          'imp-1,Import One,BR,footwear,traditional_manufacturing\nimp-2,Import Two,XX1,footwear,traditional_manufacturing\nimp-3,Import Three,MX,software,specialized_suppliers\n',
        ),
        t.as.analyst,
        { 'content-type': 'text/csv' },
      );
      expect(res.status).toBe(400);
      const body = (await res.json()) as {
        error: { issues: { file: string; row: number; field: string }[] };
      };
      expect(body.error.issues.map((i) => [i.file, i.row, i.field])).toEqual([['new.csv', 3, 'country']]);
      const after = ((await (await t.app.request('/api/clusters?limit=1')).json()) as { total: number })
        .total;
      expect(after).toBe(before);
      expect((await t.app.request('/api/clusters/imp-1')).status).toBe(404);
    });

    it('a good file is imported whole (201), and a conflicting id rejects it whole (409)', async () => {
      const ok = await send(
        t.app,
        'POST',
        '/api/clusters/import',
        csv('imp-a,Import A,BR,footwear,traditional_manufacturing\n'),
        t.as.analyst,
        {
          'content-type': 'text/csv',
        },
      );
      expect(ok.status).toBe(201);
      expect(await ok.json()).toEqual({ inserted: 1, updated: 0, ids: ['imp-a'] });
      const conflict = await send(
        t.app,
        'POST',
        '/api/clusters/import',
        [
          { ...newCluster, id: 'imp-b', name: 'Import B' },
          { ...newCluster, id: 'imp-a', name: 'Import A again' },
        ],
        t.as.analyst,
      );
      expect(conflict.status).toBe(409);
      expect((await t.app.request('/api/clusters/imp-b')).status).toBe(404);
    });
  });

  describe('admin: users and grants', () => {
    it('an admin invites a cluster manager with grants; others cannot; grants must name real clusters', async () => {
      const input = {
        email: 'New.Manager@polos.test',
        name: 'New',
        role: 'cluster_manager',
        password: 'a long enough password',
        grants: ['tm_gamarra_garment'],
      };
      expect((await send(t.app, 'POST', '/api/users', input, t.as.analyst)).status).toBe(403);
      const res = await send(t.app, 'POST', '/api/users', input, t.as.admin);
      expect(res.status).toBe(201);
      const user = (await res.json()) as { id: string; email: string; grants: string[] };
      expect(user).toMatchObject({ email: 'new.manager@polos.test', grants: ['tm_gamarra_garment'] });
      expect((await send(t.app, 'POST', '/api/users', input, t.as.admin)).status).toBe(409);
      const bad = await send(
        t.app,
        'PATCH',
        `/api/users/${user.id}`,
        { grants: ['no-such-cluster'] },
        t.as.admin,
      );
      expect(bad.status).toBe(400);
      const s = await login(t.app, 'new.manager@polos.test', 'a long enough password');
      expect(
        (await send(t.app, 'PATCH', '/api/clusters/tm_gamarra_garment', { description: 'mine' }, s)).status,
      ).toBe(200);
      expect((await send(t.app, 'GET', '/api/users', undefined, t.as.admin)).status).toBe(200);
    });

    it('a role change takes effect on the next request; the only admin cannot be demoted (409)', async () => {
      const users = (await (await send(t.app, 'GET', '/api/users', undefined, t.as.admin)).json()) as {
        id: string;
        email: string;
      }[];
      const byEmail = (e: string) => users.find((u) => u.email === e)!.id;
      const only = await send(
        t.app,
        'PATCH',
        `/api/users/${byEmail('admin@polos.test')}`,
        { role: 'viewer' },
        t.as.admin,
      );
      expect(only.status).toBe(409);
      expect(((await only.json()) as { error: { code: string } }).error.code).toBe('last_admin');
      const target = 'analyst@polos.test';
      const session = t.as.analyst;
      const promoted = await send(
        t.app,
        'PATCH',
        `/api/users/${byEmail(target)}`,
        { role: 'admin' },
        t.as.admin,
      );
      expect(promoted.status).toBe(200);
      expect((await send(t.app, 'GET', '/api/audit?limit=1', undefined, session)).status).toBe(200);
      const demoted = await send(
        t.app,
        'PATCH',
        `/api/users/${byEmail(target)}`,
        { role: 'viewer' },
        t.as.admin,
      );
      expect(demoted.status).toBe(200);
      expect((await send(t.app, 'GET', '/api/audit?limit=1', undefined, session)).status).toBe(403);
    });
  });
});
