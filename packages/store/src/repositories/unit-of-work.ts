/**
 * What every repository shares: the database, one transaction per write (joining an
 * outer one when there is one, as seeding does), the audit row written inside that
 * transaction, and the mapping of key violations to the store's typed errors. A write and
 * its audit row land together or not at all.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database';
import { NotFoundError, type Actor, type AuditEntry, type ConflictError } from '../store';
import { bumpDataVersion } from './data-version';
import { json } from './sql-values';

export type Executor = Kysely<Database> | Transaction<Database>;

/** A write as its audit row describes it, handed to the listeners inside the write's transaction. */
export interface AuditedWrite {
  actor: Actor;
  action: AuditEntry['action'];
  entity: string;
  entityId: string | null;
  detail: unknown;
}

/** Runs inside the write's transaction: what it writes lands with the write or not at all. */
export type AuditListener = (trx: Executor, write: AuditedWrite) => Promise<void>;

export class UnitOfWork {
  private readonly listeners: AuditListener[] = [];
  /**
   * Grows when an audit row is written and again when a transaction of this unit ends
   * (committed or not): a value read from the database while it stayed the same was read
   * with no write of this process in between (SqlStore.dataVersion on PGlite, decision 108).
   */
  generation = 0;

  /**
   * @param readOnly a store on a read replica (decision 109): reads that would also write
   *   (expiring meeting requests) compute instead; the server sends it no writes.
   */
  constructor(
    readonly db: Kysely<Database>,
    readonly readOnly = false,
  ) {}

  /**
   * Called after every audit row, in the same transaction (decision 081: notifications and
   * their e-mails are written with the write that causes them).
   */
  onAudit(listener: AuditListener): void {
    this.listeners.push(listener);
  }

  /** One transaction; inside an outer transaction (seeding), joins it instead. */
  tx<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return work(this.db);
    return this.db
      .transaction()
      .execute(work)
      .finally(() => {
        this.generation++;
      });
  }

  /**
   * Appends one audit row and bumps the data version (decision 108); call it with the
   * write's transaction, so both land with the write or not at all.
   */
  async audit(
    trx: Executor,
    actor: Actor,
    action: AuditEntry['action'],
    entity: string,
    entityId: string | null,
    detail: unknown,
  ): Promise<void> {
    await trx
      .insertInto('audit_log')
      .values({
        user_id: actor.userId,
        actor_label: actor.label,
        action,
        entity,
        entity_id: entityId,
        detail: json(detail),
      })
      .execute();
    await bumpDataVersion(trx);
    this.generation++;
    for (const listener of this.listeners) await listener(trx, { actor, action, entity, entityId, detail });
  }
}

const hasCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

/** PostgreSQL's unique_violation. */
export const isUniqueViolation = (error: unknown): boolean => hasCode(error, '23505');
/** PostgreSQL's foreign_key_violation. */
export const isForeignKeyViolation = (error: unknown): boolean => hasCode(error, '23503');

/** Runs a statement that references a cluster; a missing cluster becomes NotFoundError. */
export async function referencingCluster<T>(
  clusterId: string | null | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isForeignKeyViolation(error))
      throw new NotFoundError(`no cluster with id "${clusterId ?? ''}"`, 'cluster', clusterId ?? '');
    throw error;
  }
}

/** Runs an insert; a taken key becomes the ConflictError `conflict` describes. */
export async function uniqueOr<T>(conflict: () => ConflictError, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
