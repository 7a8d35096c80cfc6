/** Sessions that end and tokens that expire or are revoked, on PGlite and PostgreSQL. */
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@polos/core';
import type { Actor } from '../src/store';
import { migrations } from '../src/migrations/index';
import type { SqlStore } from '../src/sql-store';
import { storeFactories } from './test-stores';

const actor: Actor = { userId: null, label: 'test' };
const HOUR = 3_600_000;
const t0 = new Date('2030-01-01T00:00:00Z');
const after = (ms: number) => new Date(t0.getTime() + ms);

describe.each(storeFactories)('sessions and API tokens on $name', (factory) => {
  let store: SqlStore;
  let dispose: () => Promise<void>;
  let ana: User;
  let ben: User;

  beforeAll(async () => {
    ({ store, dispose } = await factory.open());
    const base = { role: 'viewer' as const, passwordHash: 'h', grants: [] };
    ana = await store.createUser({ ...base, email: 'ana@example.org', name: 'Ana' }, actor);
    ben = await store.createUser({ ...base, email: 'ben@example.org', name: 'Ben' }, actor);
  });
  afterAll(async () => {
    await dispose?.();
  });

  /** The rows themselves, read past the contract (the store keeps its database private). */
  async function sessionRows(): Promise<string[]> {
    const db = (store as unknown as { db: Kysely<unknown> }).db;
    const { rows } = await sql<{ token_hash: string }>`select token_hash from sessions
      order by token_hash`.execute(db);
    return rows.map((r) => r.token_hash);
  }

  it('a session idle for longer than the idle limit ends, even before its absolute expiry', async () => {
    // Sessions are created "now" (the database clock): seen at creation.
    const now = new Date();
    await store.createSession(ana.id, 'idle-1', 'csrf', new Date(now.getTime() + 7 * 24 * HOUR));
    expect(
      await store.getSession('idle-1', new Date(now.getTime() + 11 * HOUR), { idleMs: 12 * HOUR }),
    ).toBeDefined();
    // That use marked it seen: 11 h later it is still within 12 h of the last use.
    expect(
      await store.getSession('idle-1', new Date(now.getTime() + 22 * HOUR), { idleMs: 12 * HOUR }),
    ).toBeDefined();
    // 13 h after the last use: ended.
    expect(
      await store.getSession('idle-1', new Date(now.getTime() + 35 * HOUR), { idleMs: 12 * HOUR }),
    ).toBeUndefined();
    // Without an idle limit only the absolute expiry counts.
    expect(await store.getSession('idle-1', new Date(now.getTime() + 35 * HOUR))).toBeDefined();
    expect(await store.getSession('idle-1', new Date(now.getTime() + 8 * 24 * HOUR))).toBeUndefined();
    await store.deleteSession('idle-1');
  });

  it('purgeExpiredSessions deletes the rows of expired and idle sessions and keeps live ones', async () => {
    const now = new Date();
    await store.createSession(ana.id, 'p-expired', 'c', new Date(now.getTime() - 1000));
    await store.createSession(ana.id, 'p-live', 'c', new Date(now.getTime() + 24 * HOUR));
    expect(await sessionRows()).toEqual(['p-expired', 'p-live']);
    expect(await store.purgeExpiredSessions(now, { idleMs: 12 * HOUR })).toBe(1);
    expect(await sessionRows()).toEqual(['p-live']);
    // 13 h later p-live is idle (never used since creation): purged too.
    expect(await store.purgeExpiredSessions(new Date(now.getTime() + 13 * HOUR), { idleMs: 12 * HOUR })).toBe(
      1,
    );
    expect(await sessionRows()).toEqual([]);
  });

  it('deleteUserSessions ends every session of that user only, and is audited', async () => {
    const later = after(24 * 365 * HOUR * 10);
    await store.createSession(ana.id, 'a-1', 'c', later);
    await store.createSession(ana.id, 'a-2', 'c', later);
    await store.createSession(ben.id, 'b-1', 'c', later);
    expect(await store.deleteUserSessions(ana.id, actor)).toBe(2);
    expect(await sessionRows()).toEqual(['b-1']);
    const audit = await store.listAudit({ limit: 1, offset: 0, entity: 'session' });
    expect(audit.items[0]).toMatchObject({ action: 'revoke', entityId: ana.id, detail: { sessions: 2 } });
    await store.deleteSession('b-1');
  });

  it('a token works until it expires; its last use is recorded', async () => {
    const token = await store.createApiToken(
      { userId: ana.id, name: 'ci', tokenHash: 'tok-exp', expiresAt: after(90 * 24 * HOUR) },
      actor,
    );
    expect(token).toMatchObject({ name: 'ci', userId: ana.id, lastUsedAt: null, revokedAt: null });
    expect(token.expiresAt).toBe(after(90 * 24 * HOUR).toISOString());
    const found = await store.findApiToken('tok-exp', after(HOUR));
    expect(found?.user.email).toBe('ana@example.org');
    expect((await store.getApiToken(token.id))?.lastUsedAt).toBe(after(HOUR).toISOString());
    expect(await store.findApiToken('tok-exp', after(90 * 24 * HOUR))).toBeUndefined();
  });

  it('a revoked token never authenticates again, stays listed with its revocation, and is audited', async () => {
    const token = await store.createApiToken(
      { userId: ana.id, name: 'laptop', tokenHash: 'tok-rev', expiresAt: after(24 * HOUR) },
      actor,
    );
    expect(await store.findApiToken('tok-rev', t0)).toBeDefined();
    expect(await store.revokeApiToken(token.id, actor)).toBe(true);
    expect(await store.revokeApiToken(token.id, actor)).toBe(false);
    expect(await store.findApiToken('tok-rev', t0)).toBeUndefined();
    const listed = (await store.listApiTokens(ana.id)).find((t) => t.id === token.id);
    expect(listed?.revokedAt).not.toBeNull();
    const audit = await store.listAudit({ limit: 1, offset: 0, entity: 'api_token', entityId: token.id });
    expect(audit.items[0]?.action).toBe('revoke');
    expect(await store.revokeApiToken('not-a-uuid', actor)).toBe(false);
  });

  it('revoking by hash (sign out with a token) and all of a user’s tokens (offboarding)', async () => {
    await store.createApiToken(
      { userId: ben.id, name: 'one', tokenHash: 'ben-1', expiresAt: after(24 * HOUR) },
      actor,
    );
    await store.createApiToken(
      { userId: ben.id, name: 'two', tokenHash: 'ben-2', expiresAt: after(24 * HOUR) },
      actor,
    );
    await store.createApiToken(
      { userId: ben.id, name: 'three', tokenHash: 'ben-3', expiresAt: after(24 * HOUR) },
      actor,
    );
    expect(await store.revokeApiTokenByHash('ben-1', actor)).toBe(true);
    expect(await store.findApiToken('ben-1', t0)).toBeUndefined();
    expect(await store.findApiToken('ben-2', t0)).toBeDefined();
    expect(await store.revokeUserApiTokens(ben.id, actor)).toBe(2);
    expect(await store.findApiToken('ben-3', t0)).toBeUndefined();
    expect((await store.listApiTokens(ben.id)).map((t) => t.name).sort()).toEqual(['one', 'three', 'two']);
    expect((await store.listApiTokens(ben.id)).every((t) => t.revokedAt !== null)).toBe(true);
    // Ana's tokens are untouched.
    expect((await store.listApiTokens(ana.id)).length).toBe(2);
  });

  it('migration 004 gives tokens made before it 90 days from the migration, and they keep working', async () => {
    const db = (store as unknown as { db: Kysely<unknown> }).db;
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      migrationTableName: 'polos_migrations',
      migrationLockTableName: 'polos_migrations_lock',
    });
    const down = await migrator.migrateTo('003-map-datasets');
    expect(down.error).toBeUndefined();
    await sql`delete from api_tokens`.execute(db);
    await sql`insert into api_tokens (user_id, name, token_hash, created_at)
      values (${ana.id}::uuid, 'old', 'old-hash', now() - interval '400 days')`.execute(db);
    expect((await store.migrate()).slice(0, 1)).toEqual(['004-session-hardening']);
    const found = await store.findApiToken('old-hash', new Date());
    expect(found?.user.id).toBe(ana.id);
    const days = (Date.parse(found!.token.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
  });
});
