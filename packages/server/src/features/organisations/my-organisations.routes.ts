/**
 * `GET /api/auth/me/organisations`: the organisations the signed-in user acts for (core
 * `permissions.actForOrganisation`: the ones they administer, those whose cluster they
 * manage, every one for staff), so that a page can offer "register my organisation" or
 * "answer for my organisation" without guessing.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { organisationListQuerySchema, type Organisation } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { requireUser } from '../../auth/require-user';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';

const myOrganisationsSchema = z
  .object({
    items: z.array(z.object({ id: z.string(), name: z.string(), country: z.string() })),
  })
  .meta({ id: 'MyOrganisations' });

export function registerMyOrganisationRoutes(app: OpenAPIHono<AppEnv>): void {
  resourceRoutes(app, 'organisations').get('/api/auth/me/organisations', {
    summary: 'The organisations you act for (administer, manage the cluster of; staff: all)',
    signedIn: true,
    ok: json(myOrganisationsSchema, 'By name'),
    async answer(_input, c) {
      const user = requireUser(c);
      const { store } = c.get('deps');
      const page = (query: Record<string, string>) =>
        store
          .listOrganisations(organisationListQuerySchema.parse({ limit: '500', ...query }), {
            includePrivate: true,
          })
          .then((p) => p.items);
      const administered = new Set(await store.organisationAdmins.organisationsOf(user.id));
      const candidates: Organisation[] =
        user.role === 'admin' || user.role === 'analyst'
          ? await page({})
          : [
              ...(await Promise.all(user.grants.map((g) => page({ cluster_id: g })))).flat(),
              ...(
                await Promise.all(
                  [...administered].map((id) => store.getOrganisation(id, { includePrivate: true })),
                )
              ).filter((o): o is Organisation => o !== undefined),
            ];
      const byId = new Map<string, { id: string; name: string; country: string }>();
      for (const o of candidates)
        if (permissions.actForOrganisation(user, o.clusterId, administered.has(o.id)))
          byId.set(o.id, { id: o.id, name: o.name, country: o.country });
      return { items: [...byId.values()].sort((a, b) => a.name.localeCompare(b.name)) };
    },
  });
}
