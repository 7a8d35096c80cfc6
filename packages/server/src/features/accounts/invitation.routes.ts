/** Admins: send an invitation again, and see whether e-mail leaves the server (decision 104). */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { requireAdmin } from '../../auth/require-user';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { errorsOf, json, secured } from '../../openapi/responses';
import { newLinkSecret } from './account-links';

export function registerInvitationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users/{id}/invitation',
      tags: ['admin'],
      summary: 'Send an invited user a new invitation link (the earlier one stops working) (admins)',
      security: secured,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        202: json(z.object({ expiresAt: z.string() }).meta({ id: 'InvitationSent' }), 'Sent'),
        ...errorsOf(401, 403, 404, 409),
      },
    }),
    async (c) => {
      const admin = requireAdmin(c);
      const { id } = c.req.valid('param');
      const { store, mail } = c.get('deps');
      const user = await store.getUser(id);
      if (!user) throw notFound('user', id);
      if (user.status !== 'invited')
        throw new ApiError(409, 'not_invited', 'this account is not waiting for an invitation');
      const link = newLinkSecret('invitation');
      await store.accountLinks.issue({ user, purpose: 'invitation', link }, actorOf(admin));
      mail.wake();
      return c.json({ expiresAt: link.expiresAt.toISOString() }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/mail/delivery',
      tags: ['admin'],
      summary: 'Whether e-mails are sent (`smtp`) or only written to the server log (`log`) (admins)',
      security: secured,
      responses: {
        200: json(z.object({ delivery: z.enum(['smtp', 'log']) }).meta({ id: 'MailDelivery' }), 'Delivery'),
        ...errorsOf(401, 403),
      },
    }),
    (c) => {
      requireAdmin(c);
      return c.json({ delivery: c.get('deps').mail.delivery }, 200);
    },
  );
}
