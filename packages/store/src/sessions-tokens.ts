/**
 * The SQL of sessions and API tokens (the users/sessions/tokens part of `SqlStore`, which
 * delegates here). Sessions end at `expires_at` (absolute) or after `idleMs` without use
 * (`last_seen_at`); tokens end at `expires_at` or when revoked (`revoked_at`, the row is kept
 * for the list and the audit log). Both are looked up by the SHA-256 hash of their secret.
 */
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { User } from '@polos/core';
import type { Actor, ApiTokenInfo, AuditEntry, SessionRecord } from './store';

type Executor = Kysely<unknown> | Transaction<unknown>;
type Row = Record<string, unknown>;

/** What the store lends this module: its database, transactions, users and audit log. */
export interface SessionTokenContext {
  db: Executor;
  tx<T>(work: (trx: Executor) => Promise<T>): Promise<T>;
  userById(trx: Executor, id: string): Promise<User | undefined>;
  audit(
    trx: Executor,
    actor: Actor,
    action: AuditEntry['action'],
    entity: string,
    entityId: string | null,
    detail: unknown,
  ): Promise<void>;
}

/** Last-seen and last-used times are written at most this often (a write per request would be waste). */
const MARK_EVERY_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (v: unknown): string => new Date(v as string).toISOString();
const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));
const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const TOKEN_COLUMNS = sql.raw('id, user_id, name, created_at, expires_at, last_used_at, revoked_at');

function toApiToken(r: Row): ApiTokenInfo {
  return {
    id: String(r.id),
    userId: String(r.user_id),
    name: String(r.name),
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
    lastUsedAt: isoOrNull(r.last_used_at),
    revokedAt: isoOrNull(r.revoked_at),
  };
}

/** `expires_at > now`, and with an idle limit `last_seen_at > now − idle`. */
function sessionAlive(now: Date, idleMs: number | undefined) {
  return idleMs === undefined
    ? sql`expires_at > ${at(now)}`
    : sql`expires_at > ${at(now)} and last_seen_at > ${at(new Date(now.getTime() - idleMs))}`;
}

export async function getSession(
  c: SessionTokenContext,
  tokenHash: string,
  now: Date,
  idleMs: number | undefined,
): Promise<SessionRecord | undefined> {
  const { rows } = await sql<Row>`select user_id, csrf_token, expires_at, last_seen_at from sessions
    where token_hash = ${tokenHash} and ${sessionAlive(now, idleMs)}`.execute(c.db);
  const row = rows[0];
  if (!row) return undefined;
  let lastSeen = new Date(row.last_seen_at as string);
  if (now.getTime() - lastSeen.getTime() >= MARK_EVERY_MS) {
    await sql`update sessions set last_seen_at = ${at(now)} where token_hash = ${tokenHash}`.execute(c.db);
    lastSeen = now;
  }
  const user = await c.userById(c.db, row.user_id as string);
  return (
    user && {
      user,
      csrfToken: row.csrf_token as string,
      expiresAt: iso(row.expires_at),
      lastSeenAt: lastSeen.toISOString(),
    }
  );
}

export async function deleteUserSessions(
  c: SessionTokenContext,
  userId: string,
  actor: Actor,
): Promise<number> {
  if (!UUID.test(userId)) return 0;
  return c.tx(async (trx) => {
    const { rows } =
      await sql`delete from sessions where user_id = ${userId}::uuid returning token_hash`.execute(trx);
    await c.audit(trx, actor, 'revoke', 'session', userId, { sessions: rows.length });
    return rows.length;
  });
}

export async function purgeExpiredSessions(
  c: SessionTokenContext,
  now: Date,
  idleMs: number | undefined,
): Promise<number> {
  const { rows } = await sql`delete from sessions where not (${sessionAlive(now, idleMs)})
    returning token_hash`.execute(c.db);
  return rows.length;
}

export async function createApiToken(
  c: SessionTokenContext,
  input: { userId: string; name: string; tokenHash: string; expiresAt: Date },
  actor: Actor,
): Promise<ApiTokenInfo> {
  return c.tx(async (trx) => {
    const { rows } = await sql<Row>`insert into api_tokens (user_id, name, token_hash, expires_at)
      values (${input.userId}::uuid, ${input.name}, ${input.tokenHash}, ${at(input.expiresAt)})
      returning ${TOKEN_COLUMNS}`.execute(trx);
    const token = toApiToken(rows[0]!);
    await c.audit(trx, actor, 'create', 'api_token', token.id, {
      name: input.name,
      userId: input.userId,
      expiresAt: token.expiresAt,
    });
    return token;
  });
}

export async function findApiToken(
  c: SessionTokenContext,
  tokenHash: string,
  now: Date,
): Promise<{ user: User; token: ApiTokenInfo } | undefined> {
  const { rows } = await sql<Row>`select ${TOKEN_COLUMNS} from api_tokens
    where token_hash = ${tokenHash} and revoked_at is null and expires_at > ${at(now)}`.execute(c.db);
  if (!rows[0]) return undefined;
  const token = toApiToken(rows[0]);
  if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) >= MARK_EVERY_MS) {
    await sql`update api_tokens set last_used_at = ${at(now)} where id = ${token.id}::uuid`.execute(c.db);
    token.lastUsedAt = now.toISOString();
  }
  const user = await c.userById(c.db, token.userId);
  return user && { user, token };
}

export async function listApiTokens(c: SessionTokenContext, userId: string): Promise<ApiTokenInfo[]> {
  if (!UUID.test(userId)) return [];
  const { rows } = await sql<Row>`select ${TOKEN_COLUMNS} from api_tokens where user_id = ${userId}::uuid
    order by created_at desc, id`.execute(c.db);
  return rows.map(toApiToken);
}

export async function getApiToken(c: SessionTokenContext, id: string): Promise<ApiTokenInfo | undefined> {
  if (!UUID.test(id)) return undefined;
  const { rows } = await sql<Row>`select ${TOKEN_COLUMNS} from api_tokens where id = ${id}::uuid`.execute(
    c.db,
  );
  return rows[0] ? toApiToken(rows[0]) : undefined;
}

/** Revokes the active tokens matching `where`, one audit row each. */
async function revokeWhere(
  c: SessionTokenContext,
  where: RawBuilder<unknown>,
  actor: Actor,
): Promise<number> {
  return c.tx(async (trx) => {
    const { rows } = await sql<Row>`update api_tokens set revoked_at = now()
      where ${where} and revoked_at is null returning id, user_id, name`.execute(trx);
    for (const r of rows) {
      await c.audit(trx, actor, 'revoke', 'api_token', String(r.id), { name: r.name, userId: r.user_id });
    }
    return rows.length;
  });
}

export async function revokeApiToken(c: SessionTokenContext, id: string, actor: Actor): Promise<boolean> {
  if (!UUID.test(id)) return false;
  return (await revokeWhere(c, sql`id = ${id}::uuid`, actor)) > 0;
}

export async function revokeApiTokenByHash(
  c: SessionTokenContext,
  tokenHash: string,
  actor: Actor,
): Promise<boolean> {
  return (await revokeWhere(c, sql`token_hash = ${tokenHash}`, actor)) > 0;
}

export async function revokeUserApiTokens(
  c: SessionTokenContext,
  userId: string,
  actor: Actor,
): Promise<number> {
  if (!UUID.test(userId)) return 0;
  return revokeWhere(c, sql`user_id = ${userId}::uuid`, actor);
}
