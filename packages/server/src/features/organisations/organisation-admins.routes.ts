/**
 * An organisation's administrators: `GET|POST /api/organisations/{id}/admins`,
 * `DELETE /api/organisations/{id}/admins/{userId}`. Signed-in users read the list of a
 * visible organisation; whoever acts for it (organisation-access.ts) adds a colleague by
 * the e-mail of their account, or removes one. Invitations by e-mail come with accounts
 * by e-mail (issue 15).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { idParam, resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { organisationActedForBy } from './organisation-access';

const adminSchema = z
  .object({ userId: z.string(), name: z.string(), email: z.string(), addedAt: z.string() })
  .meta({ id: 'OrganisationAdmin' });
const addAdminSchema = z
  .object({ email: z.email().max(254).describe('The e-mail of the colleague’s polos account.') })
  .meta({ id: 'OrganisationAdminInput' });

const tag = 'organisations';

export function registerOrganisationAdminRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.get('/api/organisations/{id}/admins', {
    summary: "An organisation's administrators (signed-in users)",
    signedIn: true,
    ok: json(z.array(adminSchema), 'By name'),
    async answer({ params: { id } }, c) {
      const { store } = c.get('deps');
      if (!(await store.getOrganisation(id, { includePrivate: true }))) throw notFound('organisation', id);
      return store.organisationAdmins.list(id);
    },
  });

  routes.write('post', '/api/organisations/{id}/admins', {
    summary: 'Add an administrator to an organisation (who acts for it)',
    description:
      'The colleague needs a polos account (an admin creates it). Answers the list of administrators.',
    body: addAdminSchema,
    ok: json(z.array(adminSchema), 'The administrators'),
    errors: [400, 403, 404],
    async write(user, { params: { id }, body: { email } }, c) {
      await organisationActedForBy(c, user, id);
      const { store } = c.get('deps');
      const colleague = await store.findUserByEmail(email.toLowerCase());
      if (!colleague)
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'email', message: 'no polos account has this e-mail' },
        ]);
      await store.organisationAdmins.add(id, colleague.id, actorOf(user));
      return store.organisationAdmins.list(id);
    },
  });

  routes.remove('/api/organisations/{id}/admins/{userId}', {
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
