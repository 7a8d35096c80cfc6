/**
 * Every answer matches the schema its route publishes in /api/openapi.json: parsed by the
 * route's own zod response schema, it comes back unchanged — no field the schema does not
 * know (it would be missing from the web's generated types), none missing, none of
 * another type. One request per documented GET, plus the assessment a POST returns.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { send, storeFactories, suiteApp, type TestApp } from './test-app';

interface RouteDefinition {
  type: string;
  route: {
    method: string;
    path: string;
    responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  };
}

function responseSchema(t: TestApp, method: string, url: string, status: number): z.ZodType {
  const path = new URL(url, 'http://x').pathname;
  const definitions = t.app.openAPIRegistry.definitions as unknown as RouteDefinition[];
  const matches = definitions.filter(
    (d) =>
      d.type === 'route' &&
      d.route.method === method &&
      new RegExp(`^${d.route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
  // A literal path (/api/clusters/counts) wins over a template (/api/clusters/{id}).
  const route = matches.find((d) => !d.route.path.includes('{')) ?? matches[0];
  const schema = route?.route.responses[status]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no documented ${status} JSON answer for ${method.toUpperCase()} ${url}`);
  return schema as z.ZodType;
}

async function expectDocumented(t: TestApp, res: Response, method: string, url: string, status = 200) {
  expect(res.status, `${method.toUpperCase()} ${url}`).toBe(status);
  const body: unknown = await res.json();
  const parsed = responseSchema(t, method, url, status).safeParse(body);
  expect(parsed.error?.issues ?? [], `${method.toUpperCase()} ${url}`).toEqual([]);
  expect(parsed.data, `${method.toUpperCase()} ${url}: a field the schema does not publish`).toEqual(body);
}

describe.each(storeFactories)('answers match their published schemas on $name', (factory) => {
  const t = suiteApp(factory, ['admin']);

  const publicUrls = [
    '/api/health',
    '/api/clusters?limit=5',
    '/api/clusters/counts',
    '/api/clusters/tm_medellin_textile',
    '/api/clusters/tm_medellin_textile/assessments',
    '/api/clusters/tm_medellin_textile/assessments?unknown=rescale',
    '/api/clusters/tm_medellin_textile/diagnosis',
    '/api/clusters/tm_torreon_garment/advice',
    '/api/clusters/tm_torreon_garment/advice?lang=pt',
    '/api/clusters/tm_medellin_textile/members',
    '/api/clusters/tm_medellin_textile/intermediaries',
    '/api/clusters/tm_medellin_textile/value-chains',
    '/api/portfolio',
    '/api/portfolio?unknown=skip&sector_group=complex_product_systems',
    '/api/organisations?limit=5',
    '/api/auth/me',
    '/api/map/datasets',
    '/api/map/datasets/us-states-naics/space',
  ];
  it.each(publicUrls)('GET %s', async (url) => {
    await expectDocumented(t, await t.app.request(url), 'get', url);
  });

  it("GET of one industry and one region of a dataset's space", async () => {
    const space = (await (await t.app.request('/api/map/datasets/us-states-naics/space')).json()) as {
      regions: Array<{ code: string }>;
      industries: Array<{ code: string }>;
    };
    const base = '/api/map/datasets/us-states-naics';
    for (const url of [
      `${base}/regions/${encodeURIComponent(space.regions[0]!.code)}`,
      `${base}/industries/${encodeURIComponent(space.industries[0]!.code)}`,
    ]) {
      await expectDocumented(t, await t.app.request(url), 'get', url);
    }
  });

  it('GET of what an administrator reads: users, the audit log, herself', async () => {
    for (const url of ['/api/users', '/api/audit?limit=5', '/api/auth/me']) {
      await expectDocumented(t, await send(t.app, 'GET', url, undefined, t.as.admin), 'get', url);
    }
  });

  it('POST /api/clusters/{id}/assessments answers the assessment, its diagnosis and advice', async () => {
    const url = '/api/clusters/tm_medellin_textile/assessments?lang=es';
    const level = (v: number | null) => ({
      externalEconomies: {
        specialisedLabourMarket: v,
        availabilityOfInputs: 2,
        easyAccessToInformation: 2,
        marketAccess: 1,
      },
      jointAction: {
        backwardVerticalLinkages: 1,
        forwardVerticalLinkages: 2,
        horizontalBilateralLinkages: 1,
        horizontalMultilateralLinkages: 0,
      },
      upgrading: { process: 2, product: v, functional: 1, intersectoral: 0 },
    });
    const res = await send(
      t.app,
      'POST',
      url,
      {
        assessedOn: '2026-11-30',
        assessor: 'Schema test',
        method: 'survey',
        respondents: [
          { respondent: 'A', scores: level(2) },
          { respondent: 'B', scores: level(null) },
        ],
        governance: [{ governanceType: 'quasi_hierarchy', code: 3, shareOfOutput: 0.4, description: 'x' }],
      },
      t.as.admin,
    );
    await expectDocumented(t, res, 'post', url, 201);
  });
});
