/**
 * Who administers an organisation (migration 007): list, add, remove, and the checks the
 * server's permission rules need. Each write is one transaction with its audit row.
 */
import { sql } from 'kysely';
import type { Actor } from '../store';
import { iso, type Row } from '../repositories/sql-values';
import type { UnitOfWork } from '../repositories/unit-of-work';

export interface OrganisationAdmin {
  userId: string;
  name: string;
  email: string;
  addedAt: string;
}

/** The store's part for organisation administrators (`store.organisationAdmins`). */
export interface OrganisationAdmins {
  /** The administrators of `organisationId`, by name. */
  list(organisationId: string): Promise<OrganisationAdmin[]>;
  /** Adds `userId`; false when already an administrator. */
  add(organisationId: string, userId: string, actor: Actor): Promise<boolean>;
  /** Removes `userId`; false when not an administrator. */
  remove(organisationId: string, userId: string, actor: Actor): Promise<boolean>;
  isAdmin(organisationId: string, userId: string): Promise<boolean>;
  /** The ids of the organisations `userId` administers. */
  organisationsOf(userId: string): Promise<string[]>;
}

export class OrganisationAdminsRepository implements OrganisationAdmins {
  constructor(private readonly uow: UnitOfWork) {}

  async list(organisationId: string): Promise<OrganisationAdmin[]> {
    const { rows } = await sql<Row>`select a.user_id, a.added_at, u.name, u.email
      from organisation_admins a join users u on u.id = a.user_id
      where a.organisation_id = ${organisationId} order by u.name, u.email`.execute(this.uow.db);
    return rows.map((r) => ({
      userId: r.user_id as string,
      name: r.name as string,
      email: r.email as string,
      addedAt: iso(r.added_at),
    }));
  }

  add(organisationId: string, userId: string, actor: Actor): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      const inserted = await trx
        .insertInto('organisation_admins')
        .values({ organisation_id: organisationId, user_id: userId, added_by: actor.userId })
        .onConflict((oc) => oc.doNothing())
        .returning('user_id')
        .execute();
      if (!inserted.length) return false;
      await this.uow.audit(trx, actor, 'create', 'organisation_admin', `${organisationId}/${userId}`, {});
      return true;
    });
  }

  remove(organisationId: string, userId: string, actor: Actor): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      const removed = await trx
        .deleteFrom('organisation_admins')
        .where('organisation_id', '=', organisationId)
        .where('user_id', '=', userId)
        .returning('user_id')
        .execute();
      if (!removed.length) return false;
      await this.uow.audit(trx, actor, 'delete', 'organisation_admin', `${organisationId}/${userId}`, {});
      return true;
    });
  }

  async isAdmin(organisationId: string, userId: string): Promise<boolean> {
    const row = await this.uow.db
      .selectFrom('organisation_admins')
      .select('user_id')
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async organisationsOf(userId: string): Promise<string[]> {
    const rows = await this.uow.db
      .selectFrom('organisation_admins')
      .select('organisation_id')
      .where('user_id', '=', userId)
      .orderBy('organisation_id')
      .execute();
    return rows.map((r) => r.organisation_id);
  }
}
