/**
 * Sessions and API tokens (the users' repository's other half). Sessions end at
 * `expires_at` (absolute) or after `idleMs` without use (`last_seen_at`); tokens end at
 * `expires_at` or when revoked (`revoked_at`, the row is kept for the list and the audit
 * log). Both are looked up by the SHA-256 hash of their secret, never the secret.
 */
import { sql, type RawBuilder } from 'kysely';
import type { User } from '@polos/core';
import type { Actor, ApiTokenInfo, NewApiToken, SessionRecord } from '../store';
import { iso, isUuid, type Row } from './sql-values';
import type { UnitOfWork } from './unit-of-work';
import type { UsersRepository } from './users.repository';

/** Last-seen and last-used times are written at most this often (a write per request would be waste). */
const MARK_EVERY_MS = 60_000;
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

export class SessionsTokensRepository {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersRepository,
  ) {}

  async createSession(userId: string, tokenHash: string, csrfToken: string, expiresAt: Date): Promise<void> {
    await this.uow.db
      .insertInto('sessions')
      .values({
        token_hash: tokenHash,
        user_id: userId,
        csrf_token: csrfToken,
        expires_at: expiresAt.toISOString(),
      })
      .execute();
  }

  async getSession(
    tokenHash: string,
    now: Date,
    options: { idleMs?: number } = {},
  ): Promise<SessionRecord | undefined> {
    const { db } = this.uow;
    const { rows } = await sql<Row>`select user_id, csrf_token, expires_at, last_seen_at from sessions
      where token_hash = ${tokenHash} and ${sessionAlive(now, options.idleMs)}`.execute(db);
    const row = rows[0];
    if (!row) return undefined;
    let lastSeen = new Date(row.last_seen_at as string);
    if (now.getTime() - lastSeen.getTime() >= MARK_EVERY_MS) {
      await sql`update sessions set last_seen_at = ${at(now)} where token_hash = ${tokenHash}`.execute(db);
      lastSeen = now;
    }
    const user = await this.users.userById(db, row.user_id as string);
    // A deactivated user's sessions are deleted when she is deactivated; this is the backstop.
    if (user?.status !== 'active') return undefined;
    return {
      user,
      csrfToken: row.csrf_token as string,
      expiresAt: iso(row.expires_at),
      lastSeenAt: lastSeen.toISOString(),
    };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.uow.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Ends every session of a user (sign out everywhere), audited; how many ended. */
  deleteUserSessions(userId: string, actor: Actor): Promise<number> {
    if (!isUuid(userId)) return Promise.resolve(0);
    return this.uow.tx(async (trx) => {
      const { rows } =
        await sql`delete from sessions where user_id = ${userId}::uuid returning token_hash`.execute(trx);
      await this.uow.audit(trx, actor, 'revoke', 'session', userId, { sessions: rows.length });
      return rows.length;
    });
  }

  async purgeExpiredSessions(now: Date, options: { idleMs?: number } = {}): Promise<number> {
    const { rows } = await sql`delete from sessions where not (${sessionAlive(now, options.idleMs)})
      returning token_hash`.execute(this.uow.db);
    return rows.length;
  }

  createApiToken({ userId, name, tokenHash, expiresAt }: NewApiToken, actor: Actor): Promise<ApiTokenInfo> {
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`insert into api_tokens (user_id, name, token_hash, expires_at)
        values (${userId}::uuid, ${name}, ${tokenHash}, ${at(expiresAt)})
        returning ${TOKEN_COLUMNS}`.execute(trx);
      const token = toApiToken(rows[0]!);
      await this.uow.audit(trx, actor, 'create', 'api_token', token.id, {
        name,
        userId,
        expiresAt: token.expiresAt,
      });
      return token;
    });
  }

  async findApiToken(tokenHash: string, now: Date): Promise<{ user: User; token: ApiTokenInfo } | undefined> {
    const { db } = this.uow;
    const { rows } = await sql<Row>`select ${TOKEN_COLUMNS} from api_tokens
      where token_hash = ${tokenHash} and revoked_at is null and expires_at > ${at(now)}`.execute(db);
    if (!rows[0]) return undefined;
    const token = toApiToken(rows[0]);
    if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) >= MARK_EVERY_MS) {
      await sql`update api_tokens set last_used_at = ${at(now)} where id = ${token.id}::uuid`.execute(db);
      token.lastUsedAt = now.toISOString();
    }
    const user = await this.users.userById(db, token.userId);
    return user?.status === 'active' ? { user, token } : undefined;
  }

  async listApiTokens(userId: string): Promise<ApiTokenInfo[]> {
    if (!isUuid(userId)) return [];
    const { rows } = await sql<Row>`select ${TOKEN_COLUMNS} from api_tokens where user_id = ${userId}::uuid
      order by created_at desc, id`.execute(this.uow.db);
    return rows.map(toApiToken);
  }

  async getApiToken(id: string): Promise<ApiTokenInfo | undefined> {
    if (!isUuid(id)) return undefined;
    const { rows } = await sql<Row>`select ${TOKEN_COLUMNS} from api_tokens where id = ${id}::uuid`.execute(
      this.uow.db,
    );
    return rows[0] ? toApiToken(rows[0]) : undefined;
  }

  /** Revokes one token, audited; false when there is no such token or it was already revoked. */
  async revokeApiToken(id: string, actor: Actor): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.revokeWhere(sql`id = ${id}::uuid`, actor)) > 0;
  }

  async revokeApiTokenByHash(tokenHash: string, actor: Actor): Promise<boolean> {
    return (await this.revokeWhere(sql`token_hash = ${tokenHash}`, actor)) > 0;
  }

  async revokeUserApiTokens(userId: string, actor: Actor): Promise<number> {
    if (!isUuid(userId)) return 0;
    return this.revokeWhere(sql`user_id = ${userId}::uuid`, actor);
  }

  /** Revokes the active tokens matching `where`, one audit row each. */
  private revokeWhere(where: RawBuilder<unknown>, actor: Actor): Promise<number> {
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`update api_tokens set revoked_at = now()
        where ${where} and revoked_at is null returning id, user_id, name`.execute(trx);
      for (const r of rows) {
        await this.uow.audit(trx, actor, 'revoke', 'api_token', String(r.id), {
          name: r.name,
          userId: r.user_id,
        });
      }
      return rows.length;
    });
  }
}
