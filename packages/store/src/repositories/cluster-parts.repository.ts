/**
 * The parts of a cluster: its members, knowledge intermediaries and value chains. Ids are
 * unique within their cluster; each write names the cluster (NotFoundError when it does
 * not exist) and is audited as `<clusterId>/<id>`.
 */
import { sql, type Selectable } from 'kysely';
import type { Intermediary, Member, ValueChain } from '@polos/core';
import type { Database, IntermediariesTable, MembersTable, ValueChainsTable } from '../database';
import { ConflictError, type Actor } from '../store';
import { json } from './sql-values';
import { referencingCluster, uniqueOr, type Executor, type UnitOfWork } from './unit-of-work';

type PartTable = 'members' | 'intermediaries' | 'value_chains';
type PartEntity = 'member' | 'intermediary' | 'value_chain';

function toMember(r: Selectable<MembersTable>): Member {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    name: r.name,
    kind: r.kind as Member['kind'],
    sizeClass: (r.size_class as Member['sizeClass']) ?? null,
    sme: r.sme ?? null,
    country: r.country ?? null,
    joined: r.joined ?? null,
  };
}

function toIntermediary(r: Selectable<IntermediariesTable>): Intermediary {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    name: r.name,
    kind: r.kind as Intermediary['kind'],
    roles: r.roles ?? [],
    leads: r.leads,
  };
}

function toValueChain(r: Selectable<ValueChainsTable>): ValueChain {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    name: r.name,
    leadFirms: r.lead_firms ?? [],
    endMarket: r.end_market as ValueChain['endMarket'],
    scope: r.scope,
    governance: r.governance as ValueChain['governance'],
    shareOfOutput: r.share_of_output ?? null,
    localFunctions: r.local_functions ?? [],
  };
}

export class ClusterPartsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Insert a row owned by a cluster, with its audit row; maps key violations to Conflict/NotFound. */
  private insertPart<T>(
    entity: PartEntity,
    part: { clusterId: string; id: string },
    actor: Actor,
    insert: (trx: Executor) => Promise<T>,
  ): Promise<T> {
    const { clusterId, id } = part;
    return this.uow.tx(async (trx) => {
      const row = await uniqueOr(
        () => new ConflictError(`cluster "${clusterId}" already has a ${entity} "${id}"`, entity, id),
        () => referencingCluster(clusterId, () => insert(trx)),
      );
      await this.uow.audit(trx, actor, 'create', entity, `${clusterId}/${id}`, part);
      return row;
    });
  }

  private deletePart(
    table: PartTable,
    entity: PartEntity,
    clusterId: string,
    id: string,
    actor: Actor,
  ): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      const row = await trx
        .deleteFrom(table)
        .where('cluster_id', '=', clusterId)
        .where('id', '=', id)
        .returning('name')
        .executeTakeFirst();
      if (!row) return false;
      await this.uow.audit(trx, actor, 'delete', entity, `${clusterId}/${id}`, { name: row.name });
      return true;
    });
  }

  private async listParts<T extends PartTable>(table: T, clusterId: string) {
    const { rows } = await sql<Selectable<Database[T]>>`select * from ${sql.table(table)}
      where cluster_id = ${clusterId} order by name, id`.execute(this.uow.db);
    return rows;
  }

  async createMember(m: Member, actor: Actor): Promise<Member> {
    const row = await this.insertPart('member', m, actor, (trx) =>
      trx
        .insertInto('members')
        .values({
          cluster_id: m.clusterId,
          id: m.id,
          name: m.name,
          kind: m.kind,
          size_class: m.sizeClass ?? null,
          sme: m.sme ?? null,
          country: m.country ?? null,
          joined: m.joined ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return toMember(row);
  }

  async listMembers(clusterId: string): Promise<Member[]> {
    return (await this.listParts('members', clusterId)).map(toMember);
  }

  deleteMember(clusterId: string, id: string, actor: Actor): Promise<boolean> {
    return this.deletePart('members', 'member', clusterId, id, actor);
  }

  async createIntermediary(i: Intermediary, actor: Actor): Promise<Intermediary> {
    const row = await this.insertPart('intermediary', i, actor, (trx) =>
      trx
        .insertInto('intermediaries')
        .values({
          cluster_id: i.clusterId,
          id: i.id,
          name: i.name,
          kind: i.kind,
          roles: json(i.roles),
          leads: i.leads,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return toIntermediary(row);
  }

  async listIntermediaries(clusterId: string): Promise<Intermediary[]> {
    return (await this.listParts('intermediaries', clusterId)).map(toIntermediary);
  }

  deleteIntermediary(clusterId: string, id: string, actor: Actor): Promise<boolean> {
    return this.deletePart('intermediaries', 'intermediary', clusterId, id, actor);
  }

  async createValueChain(v: ValueChain, actor: Actor): Promise<ValueChain> {
    const row = await this.insertPart('value_chain', v, actor, async (trx) => {
      const inserted = await trx
        .insertInto('value_chains')
        .values({
          cluster_id: v.clusterId,
          id: v.id,
          name: v.name,
          lead_firms: json(v.leadFirms),
          end_market: v.endMarket,
          scope: v.scope,
          governance: v.governance,
          share_of_output: v.shareOfOutput ?? null,
          local_functions: json(v.localFunctions),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      // DOMAIN.md §3: the chains of one cluster cannot take more than all of its output.
      const { total } = await trx
        .selectFrom('value_chains')
        .select(sql<number>`coalesce(sum(share_of_output), 0)::float8`.as('total'))
        .where('cluster_id', '=', v.clusterId)
        .executeTakeFirstOrThrow();
      if (total > 1 + 1e-9)
        throw new ConflictError(
          `the shares of output of cluster "${v.clusterId}"'s value chains would add up to ${(total * 100).toFixed(1)} % (> 100 %)`,
          'value_chain',
          v.id,
        );
      return inserted;
    });
    return toValueChain(row);
  }

  async listValueChains(clusterId: string): Promise<ValueChain[]> {
    return (await this.listParts('value_chains', clusterId)).map(toValueChain);
  }

  deleteValueChain(clusterId: string, id: string, actor: Actor): Promise<boolean> {
    return this.deletePart('value_chains', 'value_chain', clusterId, id, actor);
  }
}
