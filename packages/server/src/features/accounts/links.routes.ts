/**
 * What the account e-mails' links do (decision 104): ask for a password reset, read a link,
 * set a password from an invitation or reset link (and sign in), confirm a new e-mail
 * address, and ask for an e-mail change. A reset request answers the same whether or not
 * the account exists.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { emailSchema, passwordSchema } from '@polos/core';
import { ConflictError } from '@polos/store';
import { z } from 'zod';
import { assertPasswordAllowed } from '../../auth/password-check';
import { hashPassword } from '../../auth/passwords';
import { sha256 } from '../../auth/authenticate';
import { requireUser } from '../../auth/require-user';
import { actorOf, type AppEnv } from '../../context';
import { ApiError } from '../../errors';
import { errorsOf, json, secured } from '../../openapi/responses';
import { invalidLink, linkTokenSchema, newLinkSecret } from './account-links';
import { meSchema } from './auth.routes';
import { assertCurrentPassword, startSession } from './password.routes';

/** At most one reset e-mail per account in this time (a mailbox is not flooded by strangers). */
const RESET_SPACING_MS = 60_000;

const accepted = json(z.object({}).meta({ id: 'Accepted' }), 'Accepted');
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const tokenBody = z.object({ token: linkTokenSchema });

export function registerLinkRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/password-reset',
      tags: ['auth'],
      summary: 'Ask for a password reset link by e-mail',
      description:
        'Always 202, whether or not an account has this address (nothing is told about accounts). ' +
        'An active or invited account gets a single-use link that works for one hour, in its language; ' +
        'at most one per minute.',
      request: body(z.object({ email: emailSchema }).meta({ id: 'PasswordResetRequest' })),
      responses: { 202: accepted, ...errorsOf(400) },
    }),
    async (c) => {
      const { email } = c.req.valid('json');
      const { store, mail } = c.get('deps');
      const user = await store.findUserByEmail(email);
      if (user && user.status !== 'deactivated') {
        const last = await store.accountLinks.lastIssuedAt(user.id, 'password_reset');
        if (!last || Date.now() - last.getTime() >= RESET_SPACING_MS) {
          const { passwordHash: _omit, ...publicUser } = user;
          await store.accountLinks.issue(
            { user: publicUser, purpose: 'password_reset', link: newLinkSecret('password_reset') },
            actorOf(null),
          );
          mail.wake();
        }
      }
      return c.json({}, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/links/inspect',
      tags: ['auth'],
      summary: 'What a link from an account e-mail is for, and whose (it is not used up)',
      request: body(tokenBody.meta({ id: 'LinkToken' })),
      responses: {
        200: json(
          z
            .object({
              purpose: z.enum(['invitation', 'password_reset', 'email_change']),
              email: z.string(),
              name: z.string(),
              newEmail: z.string().nullable(),
              expiresAt: z.string(),
            })
            .meta({ id: 'AccountLink' }),
          'The link',
        ),
        ...errorsOf(400, 404),
      },
    }),
    async (c) => {
      const { token } = c.req.valid('json');
      const link = await c.get('deps').store.accountLinks.inspect(sha256(token), new Date());
      if (!link) throw invalidLink();
      const { userId: _omit, ...shown } = link;
      return c.json(shown, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/links/password',
      tags: ['auth'],
      summary: 'Set your password from an invitation or reset link; signs you in',
      description:
        'The link is used up; every other session of the account ends. The password policy applies ' +
        '(400 on `password`, saying which rule); a refused password leaves the link usable.',
      request: body(
        z.object({ token: linkTokenSchema, password: passwordSchema }).meta({ id: 'LinkPassword' }),
      ),
      responses: { 200: json(meSchema, 'Password set and signed in'), ...errorsOf(400, 404) },
    }),
    async (c) => {
      const { token, password } = c.req.valid('json');
      const { store, config } = c.get('deps');
      const tokenHash = sha256(token);
      const link = await store.accountLinks.inspect(tokenHash, new Date());
      if (!link || link.purpose === 'email_change') throw invalidLink();
      assertPasswordAllowed(password, link, config.dataPath);
      const user = await store.accountLinks.setPasswordByLink(
        tokenHash,
        await hashPassword(password),
        new Date(),
      );
      if (!user) throw invalidLink();
      const csrfToken = await startSession(c, user.id);
      return c.json({ user, csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/links/email',
      tags: ['auth'],
      summary: 'Confirm a new e-mail address from its link',
      request: body(tokenBody.meta({ id: 'LinkConfirm' })),
      responses: {
        200: json(z.object({ email: z.string() }).meta({ id: 'EmailChanged' }), 'The address in use now'),
        ...errorsOf(400, 404, 409),
      },
    }),
    async (c) => {
      const { token } = c.req.valid('json');
      try {
        const user = await c.get('deps').store.accountLinks.confirmEmailByLink(sha256(token), new Date());
        if (!user) throw invalidLink();
        return c.json({ email: user.email }, 200);
      } catch (error) {
        if (error instanceof ConflictError)
          throw new ApiError(409, 'email_taken', 'another account uses this address now');
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/email',
      tags: ['auth'],
      summary: 'Change your e-mail address: a link is sent to the new one, which counts once followed',
      description:
        'A wrong current password answers 400 on `currentPassword` and counts as a failed sign-in ' +
        '(the throttle applies: 429 with Retry-After). An address another account uses: 409.',
      security: secured,
      request: body(
        z
          .object({ email: emailSchema, currentPassword: z.string().min(1).max(1024) })
          .meta({ id: 'EmailChange' }),
      ),
      responses: { 202: accepted, ...errorsOf(400, 401, 403, 409, 429) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { email, currentPassword } = c.req.valid('json');
      const { store, mail } = c.get('deps');
      await assertCurrentPassword(c, user, currentPassword);
      if (email === user.email)
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'email', message: 'this is already your address' },
        ]);
      if (await store.findUserByEmail(email))
        throw new ApiError(409, 'email_taken', 'another account uses this address');
      await store.accountLinks.issue(
        { user, purpose: 'email_change', link: newLinkSecret('email_change'), newEmail: email },
        actorOf(user),
      );
      mail.wake();
      return c.json({}, 202);
    },
  );
}
