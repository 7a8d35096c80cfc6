/**
 * What I am told and how: `GET|PUT /api/notifications/preferences` (my language and, per
 * kind, in the app and by e-mail), and the e-mail's unsubscribe link —
 * `GET /api/notifications/unsubscribe?token=` (a short page, or JSON when asked for) and its
 * one-click `POST` (RFC 8058) — which turns e-mail off for the token's kind without signing in.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  notificationPreferencesSchema,
  notificationText,
  type NotificationLanguage,
} from '@polos/core/notifications';
import type { Context } from 'hono';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { mailDelivery } from '../../mail/mailer';
import { jsonBody } from '../../openapi/request-parts';
import { errorsOf, json, secured } from '../../openapi/responses';
import { preferencesAnswerSchema, unsubscribedSchema, unsubscribeQuerySchema } from './notification-schemas';
import { readUnsubscribeToken } from './unsubscribe-token';

const TAG = 'notifications';

const page = (language: NotificationLanguage, text: string) =>
  `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>polos</title>` +
  `<meta name="viewport" content="width=device-width"></head><body><main><p>${text}</p>` +
  `<p><a href="/notifications">polos</a></p></main></body></html>`;

/** Turns e-mail off for the token's kind; JSON or a page in the user's language. */
async function unsubscribe(c: Context<AppEnv>, token: string, wantsPage: boolean) {
  const { store } = c.get('deps');
  const found = await readUnsubscribeToken(store, token);
  const done =
    found &&
    (await store.notifications.unsubscribe(found.userId, found.kind, {
      userId: found.userId,
      label: 'unsubscribe link',
    }));
  if (!found || !done) {
    if (wantsPage) return c.html(page('en', notificationText('unsubscribe_invalid', 'en')), 400);
    throw new ApiError(400, 'invalid_token', 'the unsubscribe link is not valid', [
      { path: 'token', message: 'not a genuine unsubscribe token' },
    ]);
  }
  if (!wantsPage) return c.json({ kind: found.kind, email: false as const }, 200);
  const { language } = await store.notifications.preferences(found.userId);
  return c.html(page(language, notificationText('unsubscribed', language, found.kind)), 200);
}

const unsubscribeResponses = {
  200: {
    description: 'E-mail for that kind is off: JSON when the request accepts JSON, else a short page',
    content: {
      'application/json': { schema: unsubscribedSchema },
      'text/html': { schema: z.string() },
    },
  },
  ...errorsOf(400),
};

export function registerPreferenceRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/notifications/preferences',
      tags: [TAG],
      summary: 'My notification language and, per kind, in the app and by e-mail',
      security: secured,
      responses: {
        200: json(preferencesAnswerSchema, 'Every kind, both on unless turned off'),
        ...errorsOf(401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { store, config } = c.get('deps');
      const preferences = await store.notifications.preferences(user.id);
      return c.json({ ...preferences, emailDelivery: mailDelivery(config.mail) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/notifications/preferences',
      tags: [TAG],
      summary: 'Set my notification language and the kinds sent (kinds left out keep their setting)',
      security: secured,
      request: { body: jsonBody(notificationPreferencesSchema) },
      responses: { 200: json(preferencesAnswerSchema, 'The preferences now'), ...errorsOf(400, 401, 403) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { store, config } = c.get('deps');
      const body = c.req.valid('json');
      const kinds = body.kinds.map((k) => k.kind);
      if (new Set(kinds).size !== kinds.length)
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'kinds', message: 'name each kind at most once' },
        ]);
      const preferences = await store.notifications.setPreferences(user.id, body, actorOf(user));
      return c.json({ ...preferences, emailDelivery: mailDelivery(config.mail) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/notifications/unsubscribe',
      tags: [TAG],
      summary:
        'Stop e-mails of one kind from an e-mail’s link (no sign-in; the token says who and which kind)',
      request: { query: unsubscribeQuerySchema },
      responses: unsubscribeResponses,
    }),
    (c) => {
      const wantsPage = !(c.req.header('accept') ?? '').includes('application/json');
      return unsubscribe(c, c.req.valid('query').token, wantsPage) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/notifications/unsubscribe',
      tags: [TAG],
      summary: 'One-click unsubscribe (RFC 8058): what a mail program sends for List-Unsubscribe-Post',
      request: { query: unsubscribeQuerySchema },
      responses: unsubscribeResponses,
    }),
    (c) => unsubscribe(c, c.req.valid('query').token, false) as never,
  );
}
