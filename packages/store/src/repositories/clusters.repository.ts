/**
 * Clusters: the filtered list and its summaries, one cluster, its writes, and the
 * all-or-nothing import (insert, or upsert that merges key figures by year).
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type {
  Cluster,
  ClusterInputParsed,
  ClusterListQuery,
  ClusterPatch,
  KeyFigures,
  Page,
} from '@polos/core';
import type { ClustersTable } from '../database';
import {
  ConflictError,
  type Actor,
  type ClusterImportRow,
  type ClusterSummary,
  type ImportResult,
} from '../store';
import { clusterCondition, type ClusterFilters } from './cluster-filters';
import { CLUSTER_COLUMNS, clusterPatchColumns, toCluster } from './cluster-rows';
import { insertValues, pageOf, setClause, type Row } from './sql-values';
import { uniqueOr, type Executor, type UnitOfWork } from './unit-of-work';

type ClusterRow = Omit<Selectable<ClustersTable>, 'search'>;

export class ClustersRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async listClusters(query: ClusterListQuery, options: { includePrivate: boolean }): Promise<Page<Cluster>> {
    const condition = clusterCondition(query, options);
    const { rows } = await sql<Row>`select clusters.*, count(*) over ()::int as total from clusters
      where ${condition} order by name, id limit ${query.limit} offset ${query.offset}`.execute(this.uow.db);
    return pageOf(
      rows,
      query,
      async () => {
        const { rows: counted } = await sql<{ n: number }>`select count(*)::int as n from clusters
          where ${condition}`.execute(this.uow.db);
        return counted[0]?.n ?? 0;
      },
      (r) => toCluster(r as ClusterRow),
    );
  }

  async clusterSummaries(
    query: ClusterFilters,
    options: { includePrivate: boolean },
  ): Promise<ClusterSummary[]> {
    const { rows } = await sql<Pick<ClusterRow, 'id' | 'name' | 'country' | 'region' | 'sector_group'>>`
      select id, name, country, region, sector_group from clusters
      where ${clusterCondition(query, options)} order by name, id`.execute(this.uow.db);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      country: r.country,
      region: r.region ?? null,
      sectorGroup: r.sector_group as Cluster['sectorGroup'],
    }));
  }

  async getCluster(id: string): Promise<Cluster | undefined> {
    const row = await this.uow.db
      .selectFrom('clusters')
      .select(CLUSTER_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toCluster(row);
  }

  private async insertCluster(trx: Executor, c: ClusterInputParsed & { id: string }): Promise<Cluster> {
    const row = await uniqueOr(
      () => new ConflictError(`a cluster with id "${c.id}" exists`, 'cluster', c.id),
      () =>
        trx
          .insertInto('clusters')
          // Every column by the patch's field → column table (cluster-rows.ts); the id besides.
          .values({ id: c.id, ...insertValues(c, clusterPatchColumns) } as Insertable<ClustersTable>)
          .returning(CLUSTER_COLUMNS)
          .executeTakeFirstOrThrow(),
    );
    return toCluster(row);
  }

  createCluster(input: ClusterInputParsed & { id: string }, actor: Actor): Promise<Cluster> {
    return this.uow.tx(async (trx) => {
      const cluster = await this.insertCluster(trx, input);
      await this.uow.audit(trx, actor, 'create', 'cluster', cluster.id, input);
      return cluster;
    });
  }

  updateCluster(id: string, patch: ClusterPatch, actor: Actor): Promise<Cluster | undefined> {
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<ClusterRow>`update clusters set ${setClause(patch, clusterPatchColumns)}
        where id = ${id} returning *`.execute(trx);
      if (!rows[0]) return undefined;
      await this.uow.audit(trx, actor, 'update', 'cluster', id, patch);
      return toCluster(rows[0]);
    });
  }

  deleteCluster(id: string, actor: Actor): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      const row = await trx
        .deleteFrom('clusters')
        .where('id', '=', id)
        .returning(['id', 'name'])
        .executeTakeFirst();
      if (!row) return false;
      await this.uow.audit(trx, actor, 'delete', 'cluster', id, { name: row.name });
      return true;
    });
  }

  importClusters(
    rows: readonly ClusterImportRow[],
    actor: Actor,
    options: { mode: 'insert' | 'upsert'; source: string },
  ): Promise<ImportResult> {
    return this.uow.tx(async (trx) => {
      let inserted = 0;
      let updated = 0;
      for (const { cluster, patch } of rows) {
        if (options.mode === 'upsert' && (await this.mergeClusterPatch(trx, cluster.id, patch))) {
          updated++;
          continue;
        }
        await this.insertCluster(trx, cluster);
        inserted++;
      }
      await this.uow.audit(trx, actor, 'import', 'cluster', null, {
        source: options.source,
        mode: options.mode,
        inserted,
        updated,
        ids: rows.map((r) => r.cluster.id),
        // What each updated row changed, so the audit log says which fields an upsert touched.
        patches: options.mode === 'upsert' ? rows.map((r) => ({ id: r.cluster.id, ...r.patch })) : undefined,
      });
      return { inserted, updated };
    });
  }

  /** Applies an import row's fields to an existing cluster, key figures merged by year; false when there is no such cluster. */
  private async mergeClusterPatch(trx: Executor, id: string, patch: ClusterPatch): Promise<boolean> {
    const row = await trx
      .selectFrom('clusters')
      .select('key_figures')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return false;
    const merged: ClusterPatch = { ...patch };
    if (patch.keyFigures) {
      const given = new Set(patch.keyFigures.map((f) => f.year));
      const kept = ((row.key_figures as KeyFigures[] | null) ?? []).filter((f) => !given.has(f.year));
      merged.keyFigures = [...kept, ...patch.keyFigures].sort((a, b) => a.year - b.year);
    }
    await sql`update clusters set ${setClause(merged, clusterPatchColumns)} where id = ${id}`.execute(trx);
    return true;
  }
}
