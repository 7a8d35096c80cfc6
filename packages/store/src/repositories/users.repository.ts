/**
 * Users and their grants (the clusters a cluster manager may write). E-mails are stored
 * lower-case; a password change ends every session of the user; deactivating a user ends
 * her sessions and revokes her API tokens in the same transaction (decision 104).
 */
import { sql } from 'kysely';
import type { Role, User, UserStatus } from '@polos/core';
import { ConflictError, type Actor, type UserWithSecret } from '../store';
import { iso, isUuid, type Row } from './sql-values';
import { referencingCluster, uniqueOr, type Executor, type UnitOfWork } from './unit-of-work';

function toUser(r: Row): User {
  return {
    id: r.id as string,
    email: r.email as string,
    name: r.name as string,
    role: r.role as Role,
    grants: (r.grants as string[]) ?? [],
    status: statusOf(r),
    language: r.language as User['language'],
    createdAt: iso(r.created_at),
  };
}

const statusOf = (r: Row): UserStatus =>
  r.deactivated_at ? 'deactivated' : r.password_hash === null ? 'invited' : 'active';

/** A new account: `passwordHash` null for an invited one (her invitation link sets it). */
export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  grants: string[];
  language?: User['language'];
}

/** Users with their grants as a sorted array of cluster ids. */
const USERS_WITH_GRANTS = sql`select u.*, coalesce(array_agg(g.cluster_id order by g.cluster_id)
    filter (where g.cluster_id is not null), '{}') as grants
  from users u left join user_grants g on g.user_id = u.id`;

export class UsersRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async countUsers(): Promise<number> {
    const { n } = await this.uow.db
      .selectFrom('users')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    return n;
  }

  /** One user with grants, read with `trx` (a transaction's own writes are visible to it). */
  async userById(trx: Executor, id: string): Promise<User | undefined> {
    const { rows } = await sql<Row>`${USERS_WITH_GRANTS} where u.id = ${id}::uuid group by u.id`.execute(trx);
    return rows[0] && toUser(rows[0]);
  }

  createUser(input: NewUser, actor: Actor): Promise<User> {
    return this.uow.tx((trx) => this.createUserWith(trx, input, actor));
  }

  /** Creates the user with `trx` (the invitation writes its link and e-mail in the same one). */
  async createUserWith(trx: Executor, input: NewUser, actor: Actor): Promise<User> {
    const email = input.email.toLowerCase();
    const { id } = await uniqueOr(
      () => new ConflictError(`a user with e-mail ${email} exists`, 'user', email),
      () =>
        trx
          .insertInto('users')
          .values({
            email,
            name: input.name,
            role: input.role,
            password_hash: input.passwordHash,
            language: input.language ?? 'en',
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
    );
    await this.writeGrants(trx, id, input.grants);
    await this.uow.audit(trx, actor, 'create', 'user', id, {
      email,
      role: input.role,
      grants: input.grants,
      invited: input.passwordHash === null,
    });
    return (await this.userById(trx, id))!;
  }

  private async writeGrants(trx: Executor, userId: string, grants: string[]): Promise<void> {
    await trx.deleteFrom('user_grants').where('user_id', '=', userId).execute();
    for (const clusterId of new Set(grants)) {
      await referencingCluster(clusterId, () =>
        trx.insertInto('user_grants').values({ user_id: userId, cluster_id: clusterId }).execute(),
      );
    }
  }

  async getUser(id: string): Promise<User | undefined> {
    if (!isUuid(id)) return undefined;
    return this.userById(this.uow.db, id);
  }

  async findUserByEmail(email: string): Promise<UserWithSecret | undefined> {
    const row = await this.uow.db
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    if (!row) return undefined;
    const user = await this.userById(this.uow.db, row.id);
    return user && { ...user, passwordHash: row.password_hash };
  }

  async listUsers(): Promise<User[]> {
    const { rows } = await sql<Row>`${USERS_WITH_GRANTS} group by u.id order by u.email`.execute(this.uow.db);
    return rows.map(toUser);
  }

  async updateUser(
    id: string,
    patch: { role?: Role; grants?: string[]; name?: string },
    actor: Actor,
  ): Promise<User | undefined> {
    if (!isUuid(id)) return undefined;
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<{ id: string }>`update users set
          role = coalesce(${patch.role ?? null}, role), name = coalesce(${patch.name ?? null}, name)
        where id = ${id}::uuid returning id`.execute(trx);
      if (!rows[0]) return undefined;
      if (patch.grants) await this.writeGrants(trx, id, patch.grants);
      await this.uow.audit(trx, actor, patch.grants ? 'grant' : 'update', 'user', id, patch);
      return this.userById(trx, id);
    });
  }

  async setPassword(id: string, passwordHash: string, actor: Actor): Promise<void> {
    await this.uow.tx((trx) => this.setPasswordWith(trx, id, passwordHash, actor));
  }

  /** Sets the password with `trx` and ends every session of the user. */
  async setPasswordWith(trx: Executor, id: string, passwordHash: string, actor: Actor): Promise<void> {
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await this.uow.audit(trx, actor, 'update', 'user', id, { password: 'changed' });
  }

  /**
   * Deactivates (ending every session, revoking every API token and unused link at once) or
   * reactivates a user; @returns the user, or undefined when there is none.
   */
  setUserActive(id: string, active: boolean, actor: Actor): Promise<User | undefined> {
    if (!isUuid(id)) return Promise.resolve(undefined);
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<{ id: string }>`update users set deactivated_at =
          case when ${active} then null else coalesce(deactivated_at, now()) end
        where id = ${id}::uuid returning id`.execute(trx);
      if (!rows[0]) return undefined;
      if (!active) {
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
        await sql`update api_tokens set revoked_at = now()
          where user_id = ${id}::uuid and revoked_at is null`.execute(trx);
        await trx
          .deleteFrom('account_links')
          .where('user_id', '=', id)
          .where('used_at', 'is', null)
          .execute();
      }
      await this.uow.audit(trx, actor, active ? 'update' : 'revoke', 'user', id, { active });
      return this.userById(trx, id);
    });
  }
}
