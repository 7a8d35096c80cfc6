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
import { organisationsActedForByName } from './organisations-acted-for';

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
      const staff = user.role === 'admin' || user.role === 'analyst';
      return { all: staff, items: await organisationsActedForByName(c.get('deps').store, user) };
    },
  });
}
