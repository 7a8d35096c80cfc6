/** Administration: users (invite = create with a role and grants), grants, audit log. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { roleSchema, slugSchema, userInputSchema, userSchema } from '@polos/core';
import { z } from 'zod';
import { hashPassword } from '../../auth/passwords';
import { assertPasswordAllowed } from '../../auth/password-check';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { requireAdmin } from '../../auth/require-user';
import { errorsOf, json, secured } from '../../openapi/responses';
import { apiTokenInfoSchema } from './tokens.routes';
import { newLinkSecret } from './account-links';
import { registerInvitationRoutes } from './invitation.routes';

const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    userId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    detail: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

export function registerUserRoutes(app: OpenAPIHono<AppEnv>): void {
  registerInvitationRoutes(app);
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/users',
      tags: ['admin'],
      summary: 'List users (admins)',
      security: secured,
      responses: {
        200: json(z.array(userSchema), 'Users'),
        ...errorsOf(401, 403),
      },
    }),
    async (c) => {
      requireAdmin(c);
      return c.json(await c.get('deps').store.listUsers(), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users',
      tags: ['admin'],
      summary: 'Invite a user: create an account with a role and grants (admins)',
      description:
        'Without `password` the account is `invited`: an e-mail in its `language` carries a single-use link ' +
        '(7 days) where the invitee sets her password (`POST /api/users/{id}/invitation` sends it again). ' +
        'With `password` the account is active at once. ' +
        'The password is refused (400, field `password`, saying why) when shorter than 12 characters, only ' +
        'spaces, one character or a short pattern repeated, a run like 123456789012 or qwertyuiopas, the ' +
        "user's e-mail or name, or a common password (alone or with digits and symbols around it).",
      security: secured,
      request: { body: { content: { 'application/json': { schema: userInputSchema } }, required: true } },
      responses: {
        201: json(userSchema, 'Created'),
        ...errorsOf(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const admin = requireAdmin(c);
      const input = c.req.valid('json');
      const { store, config, mail } = c.get('deps');
      await assertClustersExist(store, input.grants);
      const { password, ...account } = input;
      if (password === undefined) {
        const user = await store.accountLinks.invite(account, newLinkSecret('invitation'), actorOf(admin));
        mail.wake();
        return c.json(user, 201);
      }
      assertPasswordAllowed(password, input, config.dataPath);
      const user = await store.createUser(
        { ...account, passwordHash: await hashPassword(password) },
        actorOf(admin),
      );
      return c.json(user, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/users/{id}',
      tags: ['admin'],
      summary: "Change a user's role, name or granted clusters, or deactivate or reactivate her (admins)",
      description:
        'With `active: false` the user cannot sign in and her sessions, API tokens and unused links stop ' +
        'at once (tokens stay revoked after a reactivation). The last admin cannot be demoted or deactivated ' +
        '(409 `last_admin`), nor can an admin deactivate herself (409 `self`).',
      security: secured,
      request: {
        params: z.object({ id: z.string() }),
        body: {
          content: {
            'application/json': {
              schema: z.object({
                role: roleSchema.optional(),
                name: z.string().trim().min(1).max(200).optional(),
                grants: z.array(slugSchema).optional(),
                active: z.boolean().optional(),
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(userSchema, 'Updated'),
        ...errorsOf(409, 400, 401, 403, 404),
      },
    }),
    async (c) => {
      const admin = requireAdmin(c);
      const { id } = c.req.valid('param');
      const { active, ...patch } = c.req.valid('json');
      const { store } = c.get('deps');
      if (patch.grants) await assertClustersExist(store, patch.grants);
      if (active === false && id === admin.id)
        throw new ApiError(409, 'self', 'you cannot deactivate your own account');
      if ((patch.role && patch.role !== 'admin') || active === false) {
        // Demoting or stopping the last admin would leave nobody able to manage users.
        const admins = (await store.listUsers()).filter((u) => u.role === 'admin' && u.status === 'active');
        if (admins.length === 1 && admins[0]!.id === id) {
          throw new ApiError(409, 'last_admin', 'this is the only admin; make another user admin first');
        }
      }
      let user = await store.updateUser(id, patch, actorOf(admin));
      if (user && active !== undefined && active !== (user.status !== 'deactivated'))
        user = await store.setUserActive(id, active, actorOf(admin));
      if (!user) throw notFound('user', id);
      return c.json(user, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/users/{id}/tokens',
      tags: ['admin'],
      summary: "A user's API tokens, newest first, without their secrets (admins)",
      security: secured,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: json(z.array(apiTokenInfoSchema), 'Tokens'),
        ...errorsOf(401, 403, 404),
      },
    }),
    async (c) => {
      requireAdmin(c);
      const { id } = c.req.valid('param');
      const { store } = c.get('deps');
      if (!(await store.getUser(id))) throw notFound('user', id);
      return c.json(await store.listApiTokens(id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users/{id}/revoke-access',
      tags: ['admin'],
      summary: 'Offboarding: end every session of a user and revoke every API token of theirs (admins)',
      description: 'The account stays (with its role and grants) but nothing signed in as it works any more.',
      security: secured,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: json(
          z.object({ sessions: z.number().int(), tokens: z.number().int() }),
          'How many sessions ended and tokens were revoked',
        ),
        ...errorsOf(401, 403, 404),
      },
    }),
    async (c) => {
      const admin = requireAdmin(c);
      const { id } = c.req.valid('param');
      const { store } = c.get('deps');
      if (!(await store.getUser(id))) throw notFound('user', id);
      const sessions = await store.deleteUserSessions(id, actorOf(admin));
      const tokens = await store.revokeUserApiTokens(id, actorOf(admin));
      return c.json({ sessions, tokens }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit',
      tags: ['admin'],
      summary: 'Audit log: who changed what and when, newest first (admins)',
      security: secured,
      request: {
        query: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
          entity: z.string().max(50).optional(),
          entity_id: z.string().max(100).optional(),
        }),
      },
      responses: {
        200: json(
          z
            .object({
              items: z.array(auditEntrySchema),
              total: z.number(),
              limit: z.number(),
              offset: z.number(),
            })
            .meta({ id: 'AuditPage' }),
          'A page of audit entries',
        ),
        ...errorsOf(401, 403),
      },
    }),
    async (c) => {
      requireAdmin(c);
      const q = c.req.valid('query');
      const page = await c.get('deps').store.listAudit({
        limit: q.limit,
        offset: q.offset,
        ...(q.entity ? { entity: q.entity } : {}),
        ...(q.entity_id ? { entityId: q.entity_id } : {}),
      });
      return c.json(page, 200);
    },
  );
}

async function assertClustersExist(
  store: AppEnv['Variables']['deps']['store'],
  ids: string[],
): Promise<void> {
  const missing: string[] = [];
  for (const id of ids) if (!(await store.getCluster(id))) missing.push(id);
  if (missing.length) {
    throw new ApiError(
      400,
      'invalid_input',
      'invalid input',
      missing.map((id) => ({ path: 'grants', message: `no cluster with id "${id}"` })),
    );
  }
}
