/**
 * Resolves who is calling — a session cookie or an API token — and enforces CSRF
 * protection on cookie-authenticated writes (docs/security.md):
 * - `polos_session` cookie: random 32 bytes, stored as its SHA-256 hash; ends after an idle
 *   time or its absolute lifetime (AuthSettings);
 * - `Authorization: Bearer polos_…`: API token, stored as its SHA-256 hash, exempt from CSRF;
 *   refused once expired or revoked;
 * - unsafe methods with a session must send `X-CSRF-Token` equal to the session's token
 *   (double submit, compared in constant time), and any unsafe request whose `Origin`
 *   is another site is refused (POLOS_PUBLIC_ORIGIN names the site; `originAllowed`).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../context';
import { permissions } from '@polos/core/permissions';
import { ApiError, forbidden, unauthenticated } from '../errors';
import { originAllowed } from '../public-origin';

export const SESSION_COOKIE = 'polos_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/**
 * Writes anyone may make: signing in and out, asking for a reset link, and what the links of
 * account e-mails do (authorised by the link's secret, decision 104); the unsubscribe link's
 * one-click POST (RFC 8058) is authorised by its signed token.
 */
const ANONYMOUS_WRITES = new Set([
  '/api/auth/login',
  '/api/auth/logout',
  '/api/auth/password-reset',
  '/api/auth/links/inspect',
  '/api/auth/links/password',
  '/api/auth/links/email',
  '/api/notifications/unsubscribe',
]);
/**
 * A member survey's page is authorised by the code in its path (decision 085): no session or
 * token is read there, so no answer is ever tied to an account.
 */
const CODE_AUTHORISED = /^\/api\/surveys\/[^/]+$/;
/** Writes on one's own account (sign out, own tokens, own notifications) that every signed-in role may make. */
const OWN_ACCOUNT_PREFIXES = ['/api/auth/', '/api/notifications/'];

export const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** The cookie lives as long as the session can (its absolute lifetime); the idle limit is the server's. */
export function setSessionCookie(c: Context, token: string, maxAgeMs: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { store, auth: settings } = c.get('deps');
  c.set('user', null);
  c.set('auth', null);
  const authorization = c.req.header('authorization');
  const codeAuthorised = CODE_AUTHORISED.test(c.req.path);
  if (codeAuthorised) {
    // Neither the session nor the token: the code is the only authority.
  } else if (authorization) {
    const match = /^Bearer\s+(polos_[A-Za-z0-9_-]+)$/.exec(authorization);
    const tokenHash = match ? sha256(match[1]!) : undefined;
    const found = tokenHash ? await store.findApiToken(tokenHash, new Date()) : undefined;
    if (!found || !tokenHash) {
      throw new ApiError(401, 'invalid_token', 'the API token is not valid (unknown, expired or revoked)');
    }
    c.set('user', found.user);
    c.set('auth', { method: 'token', tokenHash, tokenId: found.token.id });
  } else {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const tokenHash = sha256(token);
      const session = await store.getSession(tokenHash, new Date(), { idleMs: settings.sessionIdleMs });
      if (session) {
        c.set('user', session.user);
        c.set('auth', { method: 'session', tokenHash, csrfToken: session.csrfToken });
      } else {
        clearSessionCookie(c);
      }
    }
  }

  if (UNSAFE.has(c.req.method)) {
    const origin = c.req.header('origin');
    if (
      origin &&
      !originAllowed(origin, c.get('deps').config.publicOrigins ?? [], {
        urlOrigin: new URL(c.req.url).origin,
        hostOrigin: `${isHttps(c) ? 'https' : 'http'}://${c.req.header('host')}`,
      })
    ) {
      throw new ApiError(403, 'cross_origin', `requests from ${origin} are not allowed`);
    }
    const auth = c.get('auth');
    // Anonymous callers may only sign in (and out): every other write is 401 before
    // its body is even validated, so the answer does not depend on what was sent.
    if (!auth && !ANONYMOUS_WRITES.has(c.req.path) && !codeAuthorised) throw unauthenticated();
    if (auth?.method === 'session') {
      const sent = c.req.header('x-csrf-token');
      if (!sent || !sameSecret(sent, auth.csrfToken)) {
        throw new ApiError(
          403,
          'csrf',
          'missing or wrong X-CSRF-Token header (get it from GET /api/auth/me)',
        );
      }
    }
    // A role that writes nothing (viewer) is refused before any body is read, on every
    // endpoint, present or future; only its own account (sessions, tokens) stays open.
    const user = c.get('user');
    if (user && !permissions.writeData(user) && !OWN_ACCOUNT_PREFIXES.some((p) => c.req.path.startsWith(p))) {
      throw forbidden('your role (viewer) reads only; ask an administrator for another role');
    }
  }
  await next();
};
