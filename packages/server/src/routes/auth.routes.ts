/** Sign in and out, who am I, API tokens. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { loginSchema, userSchema } from '@polos/core';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { z } from 'zod';
import { decoyHash, verifyPassword } from '../auth/passwords';
import {
  clearSessionCookie,
  randomToken,
  SESSION_DAYS,
  setSessionCookie,
  sha256,
} from '../auth/authenticate';
import { actorOf, type AppEnv } from '../context';
import { ApiError } from '../errors';
import { requireUser } from './clusters.routes';
import { errorResponses, json, secured } from './responses';

const meSchema = z
  .object({ user: z.union([userSchema, z.null()]), csrfToken: z.string().nullable() })
  .meta({ id: 'Me' });

function clientAddress(c: Context): string {
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
        'At most 5 failed attempts per e-mail and address in 15 minutes, then 429 with Retry-After.',
      request: { body: { content: { 'application/json': { schema: loginSchema } }, required: true } },
      responses: {
        200: json(meSchema, 'Signed in'),
        400: errorResponses[400],
        401: errorResponses[401],
        429: errorResponses[429],
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const { store, loginLimiter } = c.get('deps');
      const key = `${clientAddress(c)}|${email}`;
      const wait = loginLimiter.retryAfter(key);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new ApiError(
          429,
          'too_many_attempts',
          `too many failed sign-ins; try again in ${Math.ceil(wait / 60)} min`,
        );
      }
      const user = await store.findUserByEmail(email);
      const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
      if (!user || !ok) {
        loginLimiter.fail(key);
        await store.recordAudit(
          { action: 'login', entity: 'user', entityId: user?.id ?? null, detail: { ok: false, email } },
          actorOf(null),
        );
        throw new ApiError(401, 'invalid_credentials', 'wrong e-mail or password');
      }
      loginLimiter.reset(key);
      const token = randomToken();
      const csrfToken = randomToken();
      await store.createSession(
        user.id,
        sha256(token),
        csrfToken,
        new Date(Date.now() + SESSION_DAYS * 86_400_000),
      );
      await store.recordAudit(
        { action: 'login', entity: 'user', entityId: user.id, detail: { ok: true } },
        actorOf(user),
      );
      setSessionCookie(c, token);
      const { passwordHash: _omit, ...publicUser } = user;
      return c.json({ user: publicUser, csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout',
      tags: ['auth'],
      summary: 'Sign out (ends the session)',
      security: secured,
      responses: { 204: { description: 'Signed out' }, 403: errorResponses[403] },
    }),
    async (c) => {
      const auth = c.get('auth');
      if (auth?.method === 'session') await c.get('deps').store.deleteSession(auth.tokenHash);
      clearSessionCookie(c);
      return c.body(null, 204);
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

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/tokens',
      tags: ['auth'],
      summary: 'Create an API token for yourself (shown once)',
      description: 'Send it as `Authorization: Bearer <token>`; it acts with your role and grants.',
      security: secured,
      request: {
        body: {
          content: { 'application/json': { schema: z.object({ name: z.string().trim().min(1).max(100) }) } },
          required: true,
        },
      },
      responses: {
        201: json(
          z.object({ id: z.string(), name: z.string(), token: z.string() }).meta({ id: 'ApiToken' }),
          'Created',
        ),
        400: errorResponses[400],
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { name } = c.req.valid('json');
      const token = `polos_${randomToken()}`;
      const { id } = await c.get('deps').store.createApiToken(user.id, name, sha256(token), actorOf(user));
      return c.json({ id, name, token }, 201);
    },
  );
}
