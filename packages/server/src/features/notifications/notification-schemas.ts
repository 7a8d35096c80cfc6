/** The notifications API's request and response shapes (docs/api.md, Notifications). */
import {
  notificationKindSchema,
  notificationParamsSchema,
  notificationPreferencesSchema,
} from '@polos/core/notifications';
import { z } from 'zod';
import { booleanQuery } from '../../openapi/request-parts';

export const notificationSchema = z
  .object({
    id: z.string(),
    kind: notificationKindSchema,
    subject: z.string().describe('One line, in the reader’s language.'),
    text: z.string().describe('The message, in the reader’s language.'),
    path: z.string().describe('The page of the web app it is about.'),
    params: notificationParamsSchema,
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationPageSchema = z
  .object({
    items: z.array(notificationSchema),
    total: z.number().int().describe('Notifications matching the query.'),
    unread: z.number().int().describe('Unread notifications of the user, in all.'),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'NotificationPage' });

export const notificationQuerySchema = z.object({
  unread: booleanQuery.optional().describe('`true`: unread ones only.'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1–100. __Default:__ 20.'),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const preferencesAnswerSchema = notificationPreferencesSchema
  .extend({
    emailDelivery: z
      .enum(['smtp', 'log'])
      .describe('`log`: no SMTP server is configured, so e-mails are only written to the server log.'),
  })
  .meta({ id: 'NotificationPreferencesAnswer' });

export const unsubscribeQuerySchema = z.object({ token: z.string().min(10).max(1000) });

export const unsubscribedSchema = z
  .object({ kind: notificationKindSchema, email: z.literal(false) })
  .meta({ id: 'Unsubscribed' });
