/** The audit log: read newest first, and events that are not writes of an entity (sign-in). */
import { sql } from 'kysely';
import type { Page } from '@polos/core';
import type { Actor, AuditEntry } from '../store';
import { iso, pageOf, type Row } from './sql-values';
import type { UnitOfWork } from './unit-of-work';

export class AuditRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async listAudit(query: {
    limit: number;
    offset: number;
    entity?: string;
    entityId?: string;
  }): Promise<Page<AuditEntry>> {
    const where = [sql`true`];
    if (query.entity) where.push(sql`entity = ${query.entity}`);
    if (query.entityId) where.push(sql`entity_id = ${query.entityId}`);
    const condition = sql.join(where, sql` and `);
    const { rows } = await sql<Row>`select *, count(*) over ()::int as total from audit_log
      where ${condition} order by id desc limit ${query.limit} offset ${query.offset}`.execute(this.uow.db);
    return pageOf(
      rows,
      query,
      async () => {
        const { rows: counted } = await sql<{ n: number }>`select count(*)::int as n from audit_log
          where ${condition}`.execute(this.uow.db);
        return counted[0]?.n ?? 0;
      },
      (r) => ({
        id: Number(r.id),
        at: iso(r.at),
        userId: (r.user_id as string | null) ?? null,
        actorLabel: r.actor_label as string,
        action: r.action as AuditEntry['action'],
        entity: r.entity as string,
        entityId: (r.entity_id as string | null) ?? null,
        detail: r.detail,
      }),
    );
  }

  async recordAudit(
    entry: Omit<AuditEntry, 'id' | 'at' | 'userId' | 'actorLabel'>,
    actor: Actor,
  ): Promise<void> {
    await this.uow.audit(this.uow.db, actor, entry.action, entry.entity, entry.entityId, entry.detail);
  }
}
