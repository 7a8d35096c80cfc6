/**
 * `GET /api/me/organisations`: the organisations the signed-in caller acts for by name —
 * those they administer and those whose cluster they manage (decision 075) — so the web
 * offers them in its forms (post a partner search, edit a profile). Staff act for every
 * organisation; `all` says so, and `items` still lists only their own.
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { requireUser } from '../../auth/require-user';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';

const myOrganisationsSchema = z
  .object({
    all: z.boolean().describe('True for staff (admins, analysts): they act for every organisation.'),
    items: z
      .array(z.object({ id: z.string(), name: z.string(), country: z.string() }))
      .describe('The organisations the caller administers or whose cluster they manage, by name.'),
  })
  .meta({ id: 'MyOrganisations' });

export function registerMyOrganisationRoutes(app: OpenAPIHono<AppEnv>): void {
  resourceRoutes(app, 'organisations').get('/api/me/organisations', {
    summary: 'The organisations the signed-in user acts for',
    signedIn: true,
    ok: json(myOrganisationsSchema, 'By name'),
    async answer(_, c) {
      const user = requireUser(c);
      const { store } = c.get('deps');
      const staff = user.role === 'admin' || user.role === 'analyst';
      const ids = new Set(
        user.role === 'viewer' ? [] : await store.organisationAdmins.organisationsOf(user.id),
      );
      const found = new Map<string, { id: string; name: string; country: string }>();
      for (const id of ids) {
        const org = await store.getOrganisation(id, { includePrivate: true });
        if (org) found.set(org.id, { id: org.id, name: org.name, country: org.country });
      }
      if (user.role === 'cluster_manager')
        for (const clusterId of user.grants) {
          const page = await store.listOrganisations(
            { cluster_id: clusterId, limit: 100, offset: 0 },
            { includePrivate: true },
          );
          for (const org of page.items)
            found.set(org.id, { id: org.id, name: org.name, country: org.country });
        }
      return { all: staff, items: [...found.values()].sort((a, b) => a.name.localeCompare(b.name)) };
    },
  });
}
