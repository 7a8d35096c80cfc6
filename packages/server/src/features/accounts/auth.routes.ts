/** Sign in and out (one session, or every session), who am I; API tokens are in tokens.routes.ts. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { loginSchema, userSchema } from '@polos/core';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { z } from 'zod';
import { clientAddress } from '../../auth/client-address';
import { decoyHash, verifyPassword } from '../../auth/passwords';
import { clearSessionCookie } from '../../auth/authenticate';
import { actorOf, type AppEnv } from '../../context';
import { ApiError } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';
import { registerPasswordRoutes, startSession } from './password.routes';
import { registerTokenRoutes } from './tokens.routes';
import { registerLinkRoutes } from './links.routes';

export const meSchema = z
  .object({ user: z.union([userSchema, z.null()]), csrfToken: z.string().nullable() })
  .meta({ id: 'Me' });

/** The TCP peer; in-process requests (tests, app.request) have none. */
export function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/login',
      tags: ['auth'],
      summary: 'Sign in with e-mail and password; sets the session cookie',
      description:
        'Throttled per account (after 3 consecutive failures each one doubles the wait, from 2 s up to 5 min; ' +
        'a success clears it) and per client address (20 failures in 15 min): then 429 with Retry-After, ' +
        'even for the right password. The client address is the TCP peer, or X-Forwarded-For from a ' +
        'trusted proxy (POLOS_TRUSTED_PROXIES).',
      request: { body: { content: { 'application/json': { schema: loginSchema } }, required: true } },
      responses: {
        200: json(meSchema, 'Signed in'),
        ...errorsOf(400, 401, 429),
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const { store, signInThrottle, auth: settings } = c.get('deps');
      const address = clientAddress(
        socketAddress(c),
        c.req.header('x-forwarded-for'),
        settings.trustedProxies,
      );
      // Reserved before the password is checked, so parallel attempts cannot exceed the limits.
      const attempt = await signInThrottle.reserve({ account: email, address });
      if (!attempt.allowed) {
        c.header('Retry-After', String(attempt.retryAfter));
        throw new ApiError(
          429,
          'too_many_attempts',
          `too many failed sign-ins ${attempt.limit === 'account' ? 'for this account' : 'from this address'}; ` +
            `try again in ${attempt.retryAfter} s`,
        );
      }
      const user = await store.findUserByEmail(email);
      const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
      if (!user || !ok) {
        await attempt.failed();
        // Only an existing account's failures are audited: unknown e-mails would let anyone
        // fill the audit log (one row per guess) and say nothing about any account.
        if (user) {
          await store.recordAudit(
            { action: 'login', entity: 'user', entityId: user.id, detail: { ok: false, address } },
            actorOf(null),
          );
        }
        throw new ApiError(401, 'invalid_credentials', 'wrong e-mail or password');
      }
      await attempt.succeeded();
      // Said only after the right password: it tells nothing to someone guessing.
      if (user.status === 'deactivated')
        throw new ApiError(403, 'account_deactivated', 'this account is deactivated; ask an administrator');
      const now = new Date();
      await store.purgeExpiredSessions(now, { idleMs: settings.sessionIdleMs });
      const csrfToken = await startSession(c, user.id);
      await store.recordAudit(
        { action: 'login', entity: 'user', entityId: user.id, detail: { ok: true } },
        actorOf(user),
      );
      const { passwordHash: _omit, ...publicUser } = user;
      return c.json({ user: publicUser, csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout',
      tags: ['auth'],
      summary: 'Sign out: ends this session, or revokes the API token the request is made with',
      description:
        'With the session cookie: the session ends. With `Authorization: Bearer`: that token is revoked ' +
        'for good (it answers 401 from then on). Without either: nothing to end, 204 all the same.',
      security: secured,
      responses: { 204: { description: 'Signed out' }, 403: errorResponses[403] },
    }),
    async (c) => {
      const auth = c.get('auth');
      const { store } = c.get('deps');
      if (auth?.method === 'session') await store.deleteSession(auth.tokenHash);
      if (auth?.method === 'token') await store.revokeApiTokenByHash(auth.tokenHash, actorOf(c.get('user')));
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout-all',
      tags: ['auth'],
      summary:
        'Sign out everywhere: end every session of yours, and with `tokens: true` revoke every API token',
      security: secured,
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  tokens: z
                    .boolean()
                    .default(false)
                    .describe('Also revoke every API token of yours. __Default:__ false.'),
                })
                .meta({ id: 'LogoutAll' }),
            },
          },
          required: false,
        },
      },
      responses: {
        200: json(
          z.object({ sessions: z.number().int(), tokens: z.number().int() }).meta({ id: 'Revoked' }),
          'How many sessions ended and tokens were revoked',
        ),
        ...errorsOf(400, 401, 403),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { tokens: alsoTokens } = c.req.valid('json') ?? { tokens: false };
      const { store } = c.get('deps');
      const sessions = await store.deleteUserSessions(user.id, actorOf(user));
      const tokens = alsoTokens ? await store.revokeUserApiTokens(user.id, actorOf(user)) : 0;
      clearSessionCookie(c);
      return c.json({ sessions, tokens }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/me',
      tags: ['auth'],
      summary: 'Who is signed in, and the CSRF token for cookie-authenticated writes',
      responses: { 200: json(meSchema, 'The current user, or null') },
    }),
    async (c) => {
      const auth = c.get('auth');
      return c.json(
        { user: c.get('user'), csrfToken: auth?.method === 'session' ? auth.csrfToken : null },
        200,
      );
    },
  );

  registerPasswordRoutes(app);
  registerLinkRoutes(app);
  registerTokenRoutes(app);
}
