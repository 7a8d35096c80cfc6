/**
 * Issue 10, point 9: a NUL character, a lone surrogate or malformed percent-encoding in
 * a path, a query or a body answers 400 naming where, never 500; accented text and
 * emoji (proper surrogate pairs) pass unchanged.
 */
import { describe, expect, it } from 'vitest';
import { send, storeFactories, suiteApp } from './test-app';

type ErrorBody = {
  error: { status: number; code: string; fields?: Array<{ path: string; message: string }> };
};

describe.each(storeFactories)('unsafe text in requests on $name', (factory) => {
  const t = suiteApp(factory, ['admin']);

  const cluster = {
    name: 'Footwear — Franca',
    country: 'BR',
    sector: 'footwear',
    sectorGroup: 'traditional_manufacturing',
  };
  const expect400 = async (res: Response, code: string, path?: string) => {
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe(code);
    if (path) expect(body.error.fields?.map((f) => f.path)).toContain(path);
  };

  it('anonymous GET /api/clusters?region=a%00b answers 400 naming query.region', async () => {
    await expect400(await t.app.request('/api/clusters?region=a%00b'), 'invalid_text', 'query.region');
  });

  it.each([
    ['GET', '/api/clusters?q=a%00', 'query.q'],
    ['GET', '/api/clusters/counts?country=B%00', 'query.country'],
    ['GET', '/api/organisations?q=%00', 'query.q'],
    ['GET', '/api/portfolio?sector_group=a%00', 'query.sector_group'],
    ['GET', '/api/clusters/a%00b', 'path'],
    ['GET', '/api/clusters/a%00b/diagnosis', 'path'],
    ['GET', '/api/clusters/a%00b/advice', 'path'],
    ['GET', '/api/clusters/a%00b/assessments', 'path'],
    ['GET', '/api/organisations/a%00b', 'path'],
    ['GET', '/api/boundaries/a%00b', 'path'],
    ['GET', '/api/map/datasets/a%00b', 'path'],
    ['DELETE', '/api/clusters/a%00b', 'path'],
    ['GET', '/a%00b', 'path'],
  ])('%s %s answers 400 naming %s', async (method, path, field) => {
    await expect400(await send(t.app, method, path, undefined, t.as.admin), 'invalid_text', field);
  });

  it('GET /% and other malformed percent-encoding answer 400', async () => {
    await expect400(await t.app.request('/%'), 'invalid_encoding', 'path');
    await expect400(await t.app.request('/api/clusters/%E0%A4'), 'invalid_encoding', 'path');
    await expect400(await t.app.request('/api/clusters?q=%'), 'invalid_encoding', 'query.q');
    await expect400(
      await t.app.request('/api/clusters?region=%ED%A0%80'),
      'invalid_encoding',
      'query.region',
    );
  });

  it('a NUL in a JSON body field answers 400 naming the field, and writes nothing', async () => {
    const before = (await t.store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total;
    await expect400(
      await send(t.app, 'POST', '/api/clusters', { ...cluster, name: 'Foot\u0000wear' }, t.as.admin),
      'invalid_text',
      'name',
    );
    expect((await t.store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total).toBe(
      before,
    );
  });

  it('a lone surrogate ("\\ud800" in the JSON text) answers 400 naming the nested field', async () => {
    const body = JSON.stringify({
      ...cluster,
      keyFigures: [{ year: 2020, firms: 3, unit: 'x' }],
    }).replace('"unit":"x"', '"unit":"a\\ud800"');
    await expect400(
      await send(t.app, 'POST', '/api/clusters', body, t.as.admin),
      'invalid_text',
      'keyFigures.0.unit',
    );
    await expect400(
      await send(
        t.app,
        'PATCH',
        '/api/clusters/tm_medellin_textile',
        '{"description":"\\udc00x"}',
        t.as.admin,
      ),
      'invalid_text',
      'description',
    );
    await expect400(
      await send(
        t.app,
        'POST',
        '/api/clusters/tm_medellin_textile/assessments',
        '{"assessedOn":"2026-01-01","assessor":"a\\u0000","scores":{"externalEconomies":{},"jointAction":{},"upgrading":{}}}',
        t.as.admin,
      ),
      'invalid_text',
      'assessor',
    );
  });

  it('the CSV import body: a NUL in a cell answers 400 naming row and field; nothing imported', async () => {
    const before = (await t.store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total;
    const csv =
      'name,country,sector,sector_group\n' +
      'Good row,BR,footwear,traditional_manufacturing\n' +
      'Bad\u0000row,BR,footwear,traditional_manufacturing\n';
    const res = await send(t.app, 'POST', '/api/clusters/import', csv, t.as.admin, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; issues: Array<{ row: number; field: string }> };
    };
    expect(body.error.code).toBe('invalid_import');
    expect(body.error.issues).toEqual([expect.objectContaining({ row: 3, field: 'name' })]);
    expect((await t.store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total).toBe(
      before,
    );
  });

  it('the JSON import body: a lone surrogate answers 400 naming row and field', async () => {
    const json = `[${JSON.stringify(cluster)},{"name":"x\\ud800y","country":"BR","sector":"footwear","sectorGroup":"traditional_manufacturing"}]`;
    const res = await send(t.app, 'POST', '/api/clusters/import', json, t.as.admin);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: Array<{ row: number; field: string }> } };
    expect(body.error.issues).toEqual([expect.objectContaining({ row: 2, field: 'name' })]);
  });

  it('accented text and emoji (proper surrogate pairs) pass in body, query and path, unchanged', async () => {
    const name = 'Calçados Ñandú — São João 🧵👟';
    const res = await send(
      t.app,
      'POST',
      '/api/clusters',
      { ...cluster, name, id: 'calcados-nandu' },
      t.as.admin,
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as { name: string }).name).toBe(name);
    const read = (await (await t.app.request('/api/clusters/calcados-nandu')).json()) as { name: string };
    expect(read.name).toBe(name);
    const found = await t.app.request(`/api/clusters?q=${encodeURIComponent('São João 🧵')}`);
    expect(found.status).toBe(200);
    expect(((await found.json()) as { items: Array<{ id: string }> }).items.map((c) => c.id)).toContain(
      'calcados-nandu',
    );
    expect((await t.app.request(`/api/clusters/${encodeURIComponent('ñandú-🧵')}`)).status).toBe(404);
    expect((await t.app.request('/api/clusters?q=caf%C3%A9+con+leche')).status).toBe(200);
  });
});
