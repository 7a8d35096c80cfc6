/** Change one's own password (current + new); every other session ends, this one is renewed. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { passwordSchema, type User } from '@polos/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { assertPasswordAllowed } from '../../auth/password-check';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { clearSessionCookie, randomToken, setSessionCookie, sha256 } from '../../auth/authenticate';
import { requireUser } from '../../auth/require-user';
import { actorOf, type AppEnv } from '../../context';
import { ApiError } from '../../errors';
import { errorsOf, json, secured } from '../../openapi/responses';

const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1).max(1024).describe('The password in use now.'),
    newPassword: passwordSchema.describe('The new password; the password policy applies.'),
  })
  .meta({ id: 'PasswordChange' });

const passwordChangedSchema = z
  .object({
    csrfToken: z.string().nullable().describe("The renewed session's CSRF token (null with a token)."),
  })
  .meta({ id: 'PasswordChanged' });

/** A new session for `userId`: stored (hash only), its cookie set; @returns its CSRF token. */
export async function startSession(c: Context<AppEnv>, userId: string): Promise<string> {
  const { store, auth: settings } = c.get('deps');
  const token = randomToken();
  const csrfToken = randomToken();
  await store.createSession(userId, sha256(token), csrfToken, new Date(Date.now() + settings.sessionMaxMs));
  setSessionCookie(c, token, settings.sessionMaxMs);
  return csrfToken;
}

/**
 * Checks the signed-in user's current password before a change of her password or address.
 * A wrong one is a failed sign-in for the account (throttled like sign-in).
 * @throws ApiError 400 on `currentPassword`, or 429 with Retry-After.
 */
export async function assertCurrentPassword(c: Context<AppEnv>, user: User, currentPassword: string) {
  const { store, signInThrottle } = c.get('deps');
  const attempt = await signInThrottle.reserve({ account: user.email, address: `user:${user.id}` });
  if (!attempt.allowed) {
    c.header('Retry-After', String(attempt.retryAfter));
    throw new ApiError(
      429,
      'too_many_attempts',
      `too many failed attempts; try again in ${attempt.retryAfter} s`,
    );
  }
  const secret = await store.findUserByEmail(user.email);
  if (!secret?.passwordHash || !(await verifyPassword(secret.passwordHash, currentPassword))) {
    await attempt.failed();
    throw new ApiError(400, 'invalid_input', 'invalid input', [
      { path: 'currentPassword', message: 'the current password is wrong' },
    ]);
  }
  await attempt.succeeded();
}

export function registerPasswordRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/password',
      tags: ['auth'],
      summary: 'Change your password: the current one, then the new one',
      description:
        'A wrong current password answers 400 on `currentPassword` and counts as a failed sign-in for the ' +
        'account (the sign-in throttle applies: 429 with Retry-After). The new password follows the ' +
        'password policy (400 on `newPassword`, saying which rule). On success every session of yours ends; ' +
        'when the request came with the session cookie, a new session replaces it (new cookie and CSRF token). ' +
        'API tokens are kept.',
      security: secured,
      request: {
        body: { content: { 'application/json': { schema: passwordChangeSchema } }, required: true },
      },
      responses: {
        200: json(passwordChangedSchema, 'Changed'),
        ...errorsOf(400, 401, 403, 429),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { currentPassword, newPassword } = c.req.valid('json');
      const { store, config } = c.get('deps');
      await assertCurrentPassword(c, user, currentPassword);
      assertPasswordAllowed(newPassword, user, config.dataPath, 'newPassword');
      const actor = actorOf(user);
      await store.setPassword(user.id, await hashPassword(newPassword), actor);
      await store.deleteUserSessions(user.id, actor);
      if (c.get('auth')?.method !== 'session') {
        clearSessionCookie(c);
        return c.json({ csrfToken: null }, 200);
      }
      const csrfToken = await startSession(c, user.id);
      return c.json({ csrfToken }, 200);
    },
  );
}
