/**
 * A user's own notifications: `GET /api/notifications` (newest first, with the unread
 * count), `POST /api/notifications/{id}/read`, `POST /api/notifications/read-all`. Each is
 * the signed-in user's alone: another user's notification is 404, anonymous 401.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { notificationMessage } from '@polos/core/notifications';
import type { StoredNotification } from '@polos/store';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { errorsOf, json, secured } from '../../openapi/responses';
import { idParam } from '../../openapi/resource-routes';
import { notificationPageSchema, notificationQuerySchema } from './notification-schemas';

const TAG = 'notifications';

export function registerNotificationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/notifications',
      tags: [TAG],
      summary: 'My notifications, newest first, in my language',
      security: secured,
      request: { query: notificationQuerySchema },
      responses: { 200: json(notificationPageSchema, 'A page of notifications'), ...errorsOf(400, 401) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { store } = c.get('deps');
      const query = c.req.valid('query');
      const page = await store.notifications.list(user.id, query);
      const { language } = await store.notifications.preferences(user.id);
      const items = page.items.map((n: StoredNotification) => ({
        ...n,
        ...notificationMessage(n.kind, n.params, language),
        params: { ...n.params },
      }));
      return c.json({ ...page, items, limit: query.limit, offset: query.offset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/notifications/{id}/read',
      tags: [TAG],
      summary: 'Mark one of my notifications read',
      security: secured,
      request: { params: idParam },
      responses: { 204: { description: 'Read' }, ...errorsOf(401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      if (!(await c.get('deps').store.notifications.markRead(user.id, id, new Date())))
        throw notFound('notification', id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/notifications/read-all',
      tags: [TAG],
      summary: 'Mark all my notifications read',
      security: secured,
      responses: {
        200: json(
          z.object({ marked: z.number().int() }).meta({ id: 'NotificationsMarked' }),
          'How many were unread',
        ),
        ...errorsOf(401, 403),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const marked = await c.get('deps').store.notifications.markAllRead(user.id, new Date());
      return c.json({ marked }, 200);
    },
  );
}
