/**
 * API tokens of the signed-in user: create (shown once, with an expiry), list, revoke.
 * Admins may also revoke anyone's token (offboarding; see users.routes.ts for all at once).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { permissions } from '@polos/core/permissions';
import { z } from 'zod';
import { randomToken, sha256 } from '../../auth/authenticate';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';

export const apiTokenInfoSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable().describe('Marked at most once a minute.'),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiTokenInfo' });

export function registerTokenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/tokens',
      tags: ['auth'],
      summary: 'Create an API token for yourself (shown once); it expires',
      description:
        'Send it as `Authorization: Bearer <token>`; it acts with your role and grants. It expires after ' +
        '`expiresInDays` (default 90, at most POLOS_TOKEN_MAX_DAYS, default 365).',
      security: secured,
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({
                name: z.string().trim().min(1).max(100),
                expiresInDays: z
                  .number()
                  .int()
                  .min(1)
                  .optional()
                  .describe('Lifetime in days. __Default:__ 90; at most POLOS_TOKEN_MAX_DAYS.'),
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        201: json(
          z
            .object({ id: z.string(), name: z.string(), token: z.string(), expiresAt: z.string() })
            .meta({ id: 'ApiToken' }),
          'Created',
        ),
        ...errorsOf(400, 401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { name, expiresInDays } = c.req.valid('json');
      const { store, auth: settings } = c.get('deps');
      const days = expiresInDays ?? settings.tokenDefaultDays;
      if (days > settings.tokenMaxDays) {
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'expiresInDays', message: `at most ${settings.tokenMaxDays} days` },
        ]);
      }
      const token = `polos_${randomToken()}`;
      const expiresAt = new Date(Date.now() + days * 86_400_000);
      const created = await store.createApiToken(
        { userId: user.id, name, tokenHash: sha256(token), expiresAt },
        actorOf(user),
      );
      return c.json({ id: created.id, name, token, expiresAt: created.expiresAt }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/tokens',
      tags: ['auth'],
      summary: 'Your API tokens, newest first (never their secrets), revoked and expired ones included',
      security: secured,
      responses: {
        200: json(z.array(apiTokenInfoSchema), 'Your tokens'),
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const user = requireUser(c);
      return c.json(await c.get('deps').store.listApiTokens(user.id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/auth/tokens/{id}',
      tags: ['auth'],
      summary: 'Revoke an API token: yours, or anyone’s for an admin',
      description: 'It answers 401 from then on and stays in the list with its `revokedAt`.',
      security: secured,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        204: { description: 'Revoked (or already revoked)' },
        ...errorsOf(401, 403, 404),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const { store } = c.get('deps');
      const token = await store.getApiToken(id);
      // Someone else's token is 404 for a non-admin, as if it did not exist.
      if (!token || (token.userId !== user.id && !permissions.manageUsers(user))) {
        throw notFound('API token', id);
      }
      await store.revokeApiToken(id, actorOf(user));
      return c.body(null, 204);
    },
  );
}
