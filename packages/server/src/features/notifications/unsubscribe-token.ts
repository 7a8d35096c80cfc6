/**
 * The token of an e-mail's unsubscribe link (decision 081): which user and which kind,
 * for this one purpose, signed with HMAC-SHA-256 under a key kept in the database
 * (`server_keys`, shared by every instance). It never expires — an old e-mail's link keeps
 * working — and does nothing but turn e-mail off for that kind.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { notificationKindSchema, type NotificationKind } from '@polos/core/notifications';
import type { Store } from '@polos/store';

const PURPOSE = 'unsubscribe';
export const UNSUBSCRIBE_KEY = 'notification-unsubscribe';

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

/** `payload.signature`, both base64url. */
export async function unsubscribeToken(
  store: Store,
  userId: string,
  kind: NotificationKind,
): Promise<string> {
  const payload = Buffer.from(JSON.stringify({ p: PURPOSE, u: userId, k: kind })).toString('base64url');
  return `${payload}.${mac(await store.mailOutbox.signingKey(UNSUBSCRIBE_KEY), payload)}`;
}

/** The user and kind of a genuine token; undefined for anything else. */
export async function readUnsubscribeToken(
  store: Store,
  token: string,
): Promise<{ userId: string; kind: NotificationKind } | undefined> {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(await store.mailOutbox.signingKey(UNSUBSCRIBE_KEY), payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const kind = notificationKindSchema.safeParse(body.k);
    if (body.p !== PURPOSE || typeof body.u !== 'string' || !kind.success) return undefined;
    return { userId: body.u, kind: kind.data };
  } catch {
    return undefined;
  }
}
