/**
 * An organisation's administrators: `GET|POST /api/organisations/{id}/admins`,
 * `DELETE /api/organisations/{id}/admins/{userId}`. Signed-in users read the list of a
 * visible organisation; whoever acts for it (organisation-access.ts) adds a colleague by
 * the e-mail of their account, or removes one. Invitations by e-mail come with accounts
 * by e-mail (issue 15).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { errorsOf, json, secured } from '../../openapi/responses';
import { deleteRoute, idParam } from '../../openapi/resource-routes';
import { organisationActedForBy } from './organisation-access';

const adminSchema = z
  .object({ userId: z.string(), name: z.string(), email: z.string(), addedAt: z.string() })
  .meta({ id: 'OrganisationAdmin' });
const addAdminSchema = z
  .object({ email: z.email().max(254).describe('The e-mail of the colleague’s polos account.') })
  .meta({ id: 'OrganisationAdminInput' });

export function registerOrganisationAdminRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/organisations/{id}/admins',
      tags: ['organisations'],
      summary: "An organisation's administrators (signed-in users)",
      security: secured,
      request: { params: idParam },
      responses: { 200: json(z.array(adminSchema), 'By name'), ...errorsOf(401, 404) },
    }),
    async (c) => {
      requireUser(c);
      const { id } = c.req.valid('param');
      const { store } = c.get('deps');
      if (!(await store.getOrganisation(id, { includePrivate: true }))) throw notFound('organisation', id);
      return c.json(await store.organisationAdmins.list(id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/organisations/{id}/admins',
      tags: ['organisations'],
      summary: 'Add an administrator to an organisation (who acts for it)',
      description:
        'The colleague needs a polos account (an admin creates it). Answers the list of administrators.',
      security: secured,
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: addAdminSchema } }, required: true },
      },
      responses: { 201: json(z.array(adminSchema), 'The administrators'), ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      await organisationActedForBy(c, user, id);
      const { store } = c.get('deps');
      const colleague = await store.findUserByEmail(c.req.valid('json').email.toLowerCase());
      if (!colleague)
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'email', message: 'no polos account has this e-mail' },
        ]);
      await store.organisationAdmins.add(id, colleague.id, actorOf(user));
      return c.json(await store.organisationAdmins.list(id), 201);
    },
  );

  deleteRoute(app, {
    path: '/api/organisations/{id}/admins/{userId}',
    tag: 'organisations',
    summary: 'Remove an administrator from an organisation (who acts for it)',
    params: idParam.extend({ userId: z.uuid() }),
    done: 'Removed',
    async remove(user, { id, userId }, c) {
      await organisationActedForBy(c, user, id);
      if (!(await c.get('deps').store.organisationAdmins.remove(id, userId, actorOf(user))))
        throw notFound('organisation administrator', userId);
    },
  });
}
