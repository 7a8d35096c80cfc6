/**
 * The one implementation of the `Store` contract, on Kysely. It runs unchanged on
 * PGlite and on a PostgreSQL server; the dialect is chosen by `createStore`.
 *
 * Every write runs in a transaction that also appends its audit row, so a write and
 * its audit entry land together or not at all.
 */
import { Migrator, sql, type Kysely, type Transaction } from 'kysely';
import type {
  Assessment,
  AssessmentInputParsed,
  AssessmentSummary,
  Cluster,
  ClusterInputParsed,
  ClusterListQuery,
  ClusterPatch,
  Intermediary,
  KeyFigures,
  Member,
  Organisation,
  OrganisationInputParsed,
  OrganisationListQuery,
  OrganisationPatch,
  Page,
  Role,
  Scores,
  User,
  ValueChain,
} from '@polos/core';
import { collectiveEfficiency } from '@polos/core';
import { migrations } from './migrations/index';
import * as sessions from './sessions-tokens';
import type { SessionTokenContext } from './sessions-tokens';
import {
  ConflictError,
  NotFoundError,
  type Actor,
  type AuditEntry,
  type ClusterImportRow,
  type ClusterSummary,
  type ImportResult,
  type MapDataset,
  type MapDatasetInfo,
  type MapDatasetInput,
  type Store,
  type UserWithSecret,
} from './store';

// Kysely is used through `sql` templates: the queries are plain PostgreSQL, readable
// in one place, and identical on both dialects.
type Db = Kysely<unknown>;
type Executor = Db | Transaction<unknown>;
type Row = Record<string, unknown>;

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));
const json = (v: unknown) => sql`${JSON.stringify(v ?? null)}::jsonb`;

/** Turn free text into a prefix tsquery over folded words: "medellín tex" → "medellin:* & tex:*". */
export function toPrefixQuery(q: string): string | undefined {
  const words = q
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 10);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : undefined;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23503';
}

/** Runs a statement that references a cluster; a missing cluster becomes NotFoundError. */
async function referencingCluster<T>(
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

function toMember(r: Row): Member {
  return {
    id: r.id as string,
    clusterId: r.cluster_id as string,
    name: r.name as string,
    kind: r.kind as Member['kind'],
    sizeClass: (r.size_class as Member['sizeClass']) ?? null,
    sme: (r.sme as boolean | null) ?? null,
    country: (r.country as string | null) ?? null,
    joined: (r.joined as number | null) ?? null,
  };
}

function toIntermediary(r: Row): Intermediary {
  return {
    id: r.id as string,
    clusterId: r.cluster_id as string,
    name: r.name as string,
    kind: r.kind as Intermediary['kind'],
    roles: (r.roles as Intermediary['roles']) ?? [],
    leads: r.leads as boolean,
  };
}

function toValueChain(r: Row): ValueChain {
  return {
    id: r.id as string,
    clusterId: r.cluster_id as string,
    name: r.name as string,
    leadFirms: (r.lead_firms as string[]) ?? [],
    endMarket: r.end_market as ValueChain['endMarket'],
    scope: r.scope as ValueChain['scope'],
    governance: r.governance as ValueChain['governance'],
    shareOfOutput: (r.share_of_output as number | null) ?? null,
    localFunctions: (r.local_functions as ValueChain['localFunctions']) ?? [],
  };
}

function toCluster(r: Row): Cluster {
  return {
    id: r.id as string,
    name: r.name as string,
    country: r.country as string,
    region: (r.region as string | null) ?? null,
    location: (r.location as string | null) ?? null,
    sector: r.sector as string,
    sectorGroup: r.sector_group as Cluster['sectorGroup'],
    lifeCycleStage: (r.life_cycle_stage as Cluster['lifeCycleStage']) ?? null,
    description: (r.description as string | null) ?? null,
    isPublic: r.is_public as boolean,
    keyFigures: (r.key_figures as KeyFigures[]) ?? [],
    source: (r.source as string | null) ?? null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

function toOrganisation(r: Row): Organisation {
  return {
    id: r.id as string,
    clusterId: (r.cluster_id as string | null) ?? null,
    name: r.name as string,
    acronym: (r.acronym as string | null) ?? null,
    country: r.country as string,
    legalForm: (r.legal_form as Organisation['legalForm']) ?? null,
    founded: (r.founded as number | null) ?? null,
    staffFte: (r.staff_fte as number | null) ?? null,
    governanceBodies: (r.governance_bodies as Organisation['governanceBodies']) ?? [],
    structureType: (r.structure_type as Organisation['structureType']) ?? null,
    website: (r.website as string | null) ?? null,
    email: (r.email as string | null) ?? null,
    isPublic: r.is_public as boolean,
    source: (r.source as string | null) ?? null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** Readers who may not see private records do not learn a private cluster's id from its organisation. */
function withVisibleCluster(o: Organisation, r: Row, options: { includePrivate: boolean }): Organisation {
  return options.includePrivate || r.cluster_is_public !== false ? o : { ...o, clusterId: null };
}

function toAssessmentSummary(r: Row): AssessmentSummary {
  return {
    id: r.id as string,
    clusterId: r.cluster_id as string,
    assessedOn: r.assessed_on_text as string,
    assessor: r.assessor as string,
    method: r.method as Assessment['method'],
    aggregation: r.aggregation as Assessment['aggregation'],
    scores: r.scores as Scores,
    respondentCount: r.respondent_count as number,
    governance: (r.governance as Assessment['governance']) ?? [],
    source: (r.source as string | null) ?? null,
    notes: (r.notes as string | null) ?? null,
    createdBy: (r.created_by as string | null) ?? null,
    createdAt: iso(r.created_at),
  };
}

function toAssessment(r: Row): Assessment {
  return { ...toAssessmentSummary(r), respondents: (r.respondents as Assessment['respondents']) ?? [] };
}

/** Every column of an assessment but the respondents' answers (lists never read them). */
const assessmentSummaryColumns = sql`id, cluster_id, assessed_on::text as assessed_on_text, assessor, method,
  aggregation, scores, respondent_count, governance, source, notes, created_by, created_at`;

const clusterColumns: Array<[keyof ClusterPatch, string]> = [
  ['name', 'name'],
  ['country', 'country'],
  ['region', 'region'],
  ['location', 'location'],
  ['sector', 'sector'],
  ['sectorGroup', 'sector_group'],
  ['lifeCycleStage', 'life_cycle_stage'],
  ['description', 'description'],
  ['isPublic', 'is_public'],
  ['keyFigures', 'key_figures'],
  ['source', 'source'],
];
const organisationColumns: Array<[keyof OrganisationPatch, string]> = [
  ['clusterId', 'cluster_id'],
  ['name', 'name'],
  ['acronym', 'acronym'],
  ['country', 'country'],
  ['legalForm', 'legal_form'],
  ['founded', 'founded'],
  ['staffFte', 'staff_fte'],
  ['governanceBodies', 'governance_bodies'],
  ['structureType', 'structure_type'],
  ['website', 'website'],
  ['email', 'email'],
  ['isPublic', 'is_public'],
  ['source', 'source'],
];
const jsonColumns = new Set(['key_figures', 'governance_bodies']);

/** `set a = $1, b = $2::jsonb, updated_at = now()` for the fields present in a patch. */
function setClause(patch: Record<string, unknown>, columns: Array<[string, string]>) {
  const parts = columns
    .filter(([key]) => patch[key] !== undefined)
    .map(([key, column]) =>
      jsonColumns.has(column)
        ? sql`${sql.ref(column)} = ${json(patch[key])}`
        : sql`${sql.ref(column)} = ${patch[key] ?? null}`,
    );
  parts.push(sql`updated_at = now()`);
  return sql.join(parts, sql`, `);
}

export class SqlStore implements Store {
  constructor(
    private readonly db: Db,
    readonly kind: 'pglite' | 'postgres',
  ) {}

  async migrate(): Promise<string[]> {
    const migrator = new Migrator({
      db: this.db,
      provider: { getMigrations: async () => migrations },
      migrationTableName: 'polos_migrations',
      migrationLockTableName: 'polos_migrations_lock',
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  /** One transaction; inside an outer transaction (seeding), joins it instead. */
  private tx<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.db.isTransaction ? work(this.db) : this.db.transaction().execute(work);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  private async audit(
    trx: Executor,
    actor: Actor,
    action: AuditEntry['action'],
    entity: string,
    entityId: string | null,
    detail: unknown,
  ): Promise<void> {
    await sql`insert into audit_log (user_id, actor_label, action, entity, entity_id, detail)
      values (${actor.userId}, ${actor.label}, ${action}, ${entity}, ${entityId}, ${json(detail)})`.execute(
      trx,
    );
  }

  // Clusters ---------------------------------------------------------------------

  /** The WHERE condition of the cluster list's filters (shared by the page, the summaries and the counts). */
  private async clusterCondition(
    query: Omit<ClusterListQuery, 'limit' | 'offset'>,
    options: { includePrivate: boolean },
  ) {
    const where = [sql`true`];
    if (!options.includePrivate) where.push(sql`is_public`);
    if (query.country) where.push(sql`country = ${query.country}`);
    if (query.sector_group) where.push(sql`sector_group = ${query.sector_group}`);
    if (query.region) where.push(sql`region = ${query.region}`);
    if (query.degree) {
      // The degree is the core's (collectiveEfficiency of the latest assessment), not SQL's.
      const ids = [...(await this.latestAssessments())]
        .filter(([, a]) => collectiveEfficiency(a.scores, { unknown: 'zero' }).degree === query.degree)
        .map(([id]) => id);
      where.push(ids.length ? sql`id in (${sql.join(ids)})` : sql`false`);
    }
    const tsquery = query.q ? toPrefixQuery(query.q) : undefined;
    if (tsquery) where.push(sql`search @@ to_tsquery('simple', ${tsquery})`);
    return sql.join(where, sql` and `);
  }

  async listClusters(query: ClusterListQuery, options: { includePrivate: boolean }): Promise<Page<Cluster>> {
    const condition = await this.clusterCondition(query, options);
    const { rows } = await sql<Row>`select *, count(*) over ()::int as total from clusters where ${condition}
      order by name, id limit ${query.limit} offset ${query.offset}`.execute(this.db);
    let total = rows.length ? (rows[0]!.total as number) : 0;
    if (!rows.length && query.offset > 0) {
      const counted = await sql<{
        n: number;
      }>`select count(*)::int as n from clusters where ${condition}`.execute(this.db);
      total = counted.rows[0]?.n ?? 0;
    }
    return { items: rows.map(toCluster), total, limit: query.limit, offset: query.offset };
  }

  async clusterSummaries(
    query: Omit<ClusterListQuery, 'limit' | 'offset'>,
    options: { includePrivate: boolean },
  ): Promise<ClusterSummary[]> {
    const condition = await this.clusterCondition(query, options);
    const { rows } = await sql<Row>`select id, name, country, region, sector_group from clusters
      where ${condition} order by name, id`.execute(this.db);
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      country: r.country as string,
      region: (r.region as string | null) ?? null,
      sectorGroup: r.sector_group as Cluster['sectorGroup'],
    }));
  }

  async getCluster(id: string): Promise<Cluster | undefined> {
    const { rows } = await sql<Row>`select * from clusters where id = ${id}`.execute(this.db);
    return rows[0] ? toCluster(rows[0]) : undefined;
  }

  private async insertCluster(trx: Executor, c: ClusterInputParsed & { id: string }): Promise<Cluster> {
    try {
      const { rows } = await sql<Row>`insert into clusters
        (id, name, country, region, location, sector, sector_group, life_cycle_stage, description, is_public, key_figures, source)
        values (${c.id}, ${c.name}, ${c.country}, ${c.region ?? null}, ${c.location ?? null}, ${c.sector}, ${c.sectorGroup},
          ${c.lifeCycleStage ?? null}, ${c.description ?? null}, ${c.isPublic}, ${json(c.keyFigures)}, ${c.source ?? null})
        returning *`.execute(trx);
      return toCluster(rows[0]!);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(`a cluster with id "${c.id}" exists`, 'cluster', c.id);
      throw error;
    }
  }

  async createCluster(input: ClusterInputParsed & { id: string }, actor: Actor): Promise<Cluster> {
    return this.tx(async (trx) => {
      const cluster = await this.insertCluster(trx, input);
      await this.audit(trx, actor, 'create', 'cluster', cluster.id, input);
      return cluster;
    });
  }

  async updateCluster(id: string, patch: ClusterPatch, actor: Actor): Promise<Cluster | undefined> {
    return this.tx(async (trx) => {
      const { rows } =
        await sql<Row>`update clusters set ${setClause(patch, clusterColumns)} where id = ${id} returning *`.execute(
          trx,
        );
      if (!rows[0]) return undefined;
      await this.audit(trx, actor, 'update', 'cluster', id, patch);
      return toCluster(rows[0]);
    });
  }

  async deleteCluster(id: string, actor: Actor): Promise<boolean> {
    return this.tx(async (trx) => {
      const { rows } = await sql<Row>`delete from clusters where id = ${id} returning id, name`.execute(trx);
      if (!rows[0]) return false;
      await this.audit(trx, actor, 'delete', 'cluster', id, { name: rows[0].name });
      return true;
    });
  }

  async importClusters(
    rows: readonly ClusterImportRow[],
    actor: Actor,
    options: { mode: 'insert' | 'upsert'; source: string },
  ): Promise<ImportResult> {
    return this.tx(async (trx) => {
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
      await this.audit(trx, actor, 'import', 'cluster', null, {
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
    const { rows } = await sql<Row>`select key_figures from clusters where id = ${id} for update`.execute(
      trx,
    );
    if (!rows[0]) return false;
    const merged: ClusterPatch = { ...patch };
    if (patch.keyFigures) {
      const given = new Set(patch.keyFigures.map((f) => f.year));
      const kept = ((rows[0].key_figures as KeyFigures[] | null) ?? []).filter((f) => !given.has(f.year));
      merged.keyFigures = [...kept, ...patch.keyFigures].sort((a, b) => a.year - b.year);
    }
    await sql`update clusters set ${setClause(merged, clusterColumns)} where id = ${id}`.execute(trx);
    return true;
  }

  // Organisations ----------------------------------------------------------------

  async listOrganisations(
    query: OrganisationListQuery,
    options: { includePrivate: boolean },
  ): Promise<Page<Organisation>> {
    const where = [sql`true`];
    if (!options.includePrivate) where.push(sql`o.is_public`);
    if (query.country) where.push(sql`o.country = ${query.country}`);
    if (query.cluster_id) {
      where.push(sql`o.cluster_id = ${query.cluster_id}`);
      // Asking for the organisations of a private cluster tells nothing about it.
      if (!options.includePrivate) where.push(sql`c.is_public`);
    }
    const tsquery = query.q ? toPrefixQuery(query.q) : undefined;
    if (tsquery) where.push(sql`o.search @@ to_tsquery('simple', ${tsquery})`);
    const condition = sql.join(where, sql` and `);
    const { rows } =
      await sql<Row>`select o.*, c.is_public as cluster_is_public, count(*) over ()::int as total
      from organisations o left join clusters c on c.id = o.cluster_id where ${condition}
      order by o.name, o.id limit ${query.limit} offset ${query.offset}`.execute(this.db);
    let total = rows.length ? (rows[0]!.total as number) : 0;
    if (!rows.length && query.offset > 0) {
      const counted = await sql<{ n: number }>`select count(*)::int as n
        from organisations o left join clusters c on c.id = o.cluster_id where ${condition}`.execute(this.db);
      total = counted.rows[0]?.n ?? 0;
    }
    const items = rows.map((r) => withVisibleCluster(toOrganisation(r), r, options));
    return { items, total, limit: query.limit, offset: query.offset };
  }

  async getOrganisation(
    id: string,
    options: { includePrivate: boolean } = { includePrivate: true },
  ): Promise<Organisation | undefined> {
    const { rows } = await sql<Row>`select o.*, c.is_public as cluster_is_public
      from organisations o left join clusters c on c.id = o.cluster_id where o.id = ${id}`.execute(this.db);
    return rows[0] ? withVisibleCluster(toOrganisation(rows[0]), rows[0], options) : undefined;
  }

  async createOrganisation(o: OrganisationInputParsed & { id: string }, actor: Actor): Promise<Organisation> {
    return this.tx(async (trx) => {
      let rows: Row[];
      try {
        ({ rows } = await referencingCluster(o.clusterId, () =>
          sql<Row>`insert into organisations
          (id, cluster_id, name, acronym, country, legal_form, founded, staff_fte, governance_bodies, structure_type, website, email, is_public, source)
          values (${o.id}, ${o.clusterId ?? null}, ${o.name}, ${o.acronym ?? null}, ${o.country}, ${o.legalForm ?? null},
            ${o.founded ?? null}, ${o.staffFte ?? null}, ${json(o.governanceBodies)}, ${o.structureType ?? null},
            ${o.website ?? null}, ${o.email ?? null}, ${o.isPublic}, ${o.source ?? null})
          returning *`.execute(trx),
        ));
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ConflictError(`an organisation with id "${o.id}" exists`, 'organisation', o.id);
        throw error;
      }
      await this.audit(trx, actor, 'create', 'organisation', o.id, o);
      return toOrganisation(rows[0]!);
    });
  }

  async updateOrganisation(
    id: string,
    patch: OrganisationPatch,
    actor: Actor,
  ): Promise<Organisation | undefined> {
    return this.tx(async (trx) => {
      const { rows } = await referencingCluster(patch.clusterId, () =>
        sql<Row>`update organisations set ${setClause(patch, organisationColumns)} where id = ${id}
        returning *`.execute(trx),
      );
      if (!rows[0]) return undefined;
      await this.audit(trx, actor, 'update', 'organisation', id, patch);
      return toOrganisation(rows[0]);
    });
  }

  async deleteOrganisation(id: string, actor: Actor): Promise<boolean> {
    return this.tx(async (trx) => {
      const { rows } = await sql<Row>`delete from organisations where id = ${id} returning id, name`.execute(
        trx,
      );
      if (!rows[0]) return false;
      await this.audit(trx, actor, 'delete', 'organisation', id, { name: rows[0].name });
      return true;
    });
  }

  // Assessments ------------------------------------------------------------------

  async createAssessment(
    clusterId: string,
    a: AssessmentInputParsed & { scores: Scores },
    actor: Actor,
  ): Promise<Assessment> {
    const respondents = a.respondents ?? [];
    return this.tx(async (trx) => {
      const { rows } = await referencingCluster(clusterId, () =>
        sql<Row>`insert into assessments
        (cluster_id, assessed_on, assessor, method, aggregation, scores, respondents, respondent_count, governance,
          source, notes, created_by)
        values (${clusterId}, ${a.assessedOn}::date, ${a.assessor}, ${a.method}, ${a.aggregation}, ${json(a.scores)},
          ${json(respondents)}, ${respondents.length}, ${json(a.governance)}, ${a.source ?? null}, ${a.notes ?? null},
          ${actor.userId})
        returning *, assessed_on::text as assessed_on_text`.execute(trx),
      );
      const assessment = toAssessment(rows[0]!);
      await this.audit(trx, actor, 'create', 'assessment', assessment.id, {
        clusterId,
        assessedOn: a.assessedOn,
        method: a.method,
      });
      return assessment;
    });
  }

  async getAssessment(clusterId: string, id: string): Promise<Assessment | undefined> {
    if (!isUuid(id)) return undefined;
    const { rows } = await sql<Row>`select *, assessed_on::text as assessed_on_text from assessments
      where cluster_id = ${clusterId} and id = ${id}::uuid`.execute(this.db);
    return rows[0] ? toAssessment(rows[0]) : undefined;
  }

  async deleteAssessment(clusterId: string, id: string, actor: Actor): Promise<boolean> {
    if (!isUuid(id)) return false;
    return this.tx(async (trx) => {
      const { rows } =
        await sql<Row>`delete from assessments where cluster_id = ${clusterId} and id = ${id}::uuid
        returning id, assessed_on::text as assessed_on_text, method, respondent_count`.execute(trx);
      if (!rows[0]) return false;
      await this.audit(trx, actor, 'delete', 'assessment', id, {
        clusterId,
        assessedOn: rows[0].assessed_on_text,
        method: rows[0].method,
        respondentCount: rows[0].respondent_count,
      });
      return true;
    });
  }

  async listAssessments(clusterId: string): Promise<AssessmentSummary[]> {
    const { rows } = await sql<Row>`select ${assessmentSummaryColumns} from assessments
      where cluster_id = ${clusterId} order by assessed_on desc, created_at desc, id`.execute(this.db);
    return rows.map(toAssessmentSummary);
  }

  async latestAssessments(clusterIds?: string[]): Promise<Map<string, AssessmentSummary>> {
    const filter = clusterIds ? sql`where cluster_id = any(${clusterIds}::text[])` : sql``;
    const { rows } = await sql<Row>`select distinct on (cluster_id) ${assessmentSummaryColumns}
      from assessments ${filter} order by cluster_id, assessed_on desc, created_at desc, id`.execute(this.db);
    return new Map(rows.map((r) => [r.cluster_id as string, toAssessmentSummary(r)]));
  }

  // Members, intermediaries, value chains ---------------------------------------------

  /** Insert a row owned by a cluster, with its audit row; maps key violations to Conflict/NotFound. */
  private async insertChild(
    entity: 'member' | 'intermediary' | 'value_chain',
    clusterId: string,
    id: string,
    actor: Actor,
    detail: unknown,
    insert: (trx: Executor) => Promise<Row>,
  ): Promise<Row> {
    return this.tx(async (trx) => {
      let row: Row;
      try {
        row = await referencingCluster(clusterId, () => insert(trx));
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ConflictError(`cluster "${clusterId}" already has a ${entity} "${id}"`, entity, id);
        throw error;
      }
      await this.audit(trx, actor, 'create', entity, `${clusterId}/${id}`, detail);
      return row;
    });
  }

  private async deleteChild(
    table: 'members' | 'intermediaries' | 'value_chains',
    entity: string,
    clusterId: string,
    id: string,
    actor: Actor,
  ): Promise<boolean> {
    return this.tx(async (trx) => {
      const { rows } = await sql<Row>`delete from ${sql.table(table)}
        where cluster_id = ${clusterId} and id = ${id} returning name`.execute(trx);
      if (!rows[0]) return false;
      await this.audit(trx, actor, 'delete', entity, `${clusterId}/${id}`, { name: rows[0].name });
      return true;
    });
  }

  private async listChildren(table: 'members' | 'intermediaries' | 'value_chains', clusterId: string) {
    const { rows } = await sql<Row>`select * from ${sql.table(table)} where cluster_id = ${clusterId}
      order by name, id`.execute(this.db);
    return rows;
  }

  async createMember(m: Member, actor: Actor): Promise<Member> {
    const row = await this.insertChild('member', m.clusterId, m.id, actor, m, async (trx) => {
      const { rows } =
        await sql<Row>`insert into members (cluster_id, id, name, kind, size_class, sme, country, joined)
        values (${m.clusterId}, ${m.id}, ${m.name}, ${m.kind}, ${m.sizeClass ?? null}, ${m.sme ?? null},
          ${m.country ?? null}, ${m.joined ?? null}) returning *`.execute(trx);
      return rows[0]!;
    });
    return toMember(row);
  }

  async listMembers(clusterId: string): Promise<Member[]> {
    return (await this.listChildren('members', clusterId)).map(toMember);
  }

  async deleteMember(clusterId: string, id: string, actor: Actor): Promise<boolean> {
    return this.deleteChild('members', 'member', clusterId, id, actor);
  }

  async createIntermediary(i: Intermediary, actor: Actor): Promise<Intermediary> {
    const row = await this.insertChild('intermediary', i.clusterId, i.id, actor, i, async (trx) => {
      const { rows } = await sql<Row>`insert into intermediaries (cluster_id, id, name, kind, roles, leads)
        values (${i.clusterId}, ${i.id}, ${i.name}, ${i.kind}, ${json(i.roles)}, ${i.leads}) returning *`.execute(
        trx,
      );
      return rows[0]!;
    });
    return toIntermediary(row);
  }

  async listIntermediaries(clusterId: string): Promise<Intermediary[]> {
    return (await this.listChildren('intermediaries', clusterId)).map(toIntermediary);
  }

  async deleteIntermediary(clusterId: string, id: string, actor: Actor): Promise<boolean> {
    return this.deleteChild('intermediaries', 'intermediary', clusterId, id, actor);
  }

  async createValueChain(v: ValueChain, actor: Actor): Promise<ValueChain> {
    const row = await this.insertChild('value_chain', v.clusterId, v.id, actor, v, async (trx) => {
      const { rows } = await sql<Row>`insert into value_chains
          (cluster_id, id, name, lead_firms, end_market, scope, governance, share_of_output, local_functions)
        values (${v.clusterId}, ${v.id}, ${v.name}, ${json(v.leadFirms)}, ${v.endMarket}, ${v.scope}, ${v.governance},
          ${v.shareOfOutput ?? null}, ${json(v.localFunctions)}) returning *`.execute(trx);
      // DOMAIN.md §3: the chains of one cluster cannot take more than all of its output.
      const { rows: sum } = await sql<{
        total: number;
      }>`select coalesce(sum(share_of_output), 0)::float8 as total
        from value_chains where cluster_id = ${v.clusterId}`.execute(trx);
      const total = sum[0]?.total ?? 0;
      if (total > 1 + 1e-9)
        throw new ConflictError(
          `the shares of output of cluster "${v.clusterId}"'s value chains would add up to ${(total * 100).toFixed(1)} % (> 100 %)`,
          'value_chain',
          v.id,
        );
      return rows[0]!;
    });
    return toValueChain(row);
  }

  async listValueChains(clusterId: string): Promise<ValueChain[]> {
    return (await this.listChildren('value_chains', clusterId)).map(toValueChain);
  }

  async deleteValueChain(clusterId: string, id: string, actor: Actor): Promise<boolean> {
    return this.deleteChild('value_chains', 'value_chain', clusterId, id, actor);
  }

  // Users ------------------------------------------------------------------------

  // Map datasets -----------------------------------------------------------------

  async createMapDataset(input: MapDatasetInput, actor: Actor): Promise<MapDatasetInfo> {
    if (input.values.length !== input.regions.length * input.industries.length)
      throw new Error('createMapDataset: cells do not match regions × industries');
    // Little-endian float64 bytes (every platform polos runs on); NaN survives the round trip.
    // Sent as hex text: PGlite's own bytea parameter encoding took 1.4–2.7 s for 2 MB, on the
    // server's thread (bench/upload-limits.bench.ts); decode() does it in SQL.
    const cells = Buffer.from(input.values.buffer, input.values.byteOffset, input.values.byteLength).toString(
      'hex',
    );
    return this.tx(async (trx) => {
      const { rows } = await sql<Row>`insert into map_datasets
          (name, geography, unit, source_file, rows, regions, industries, cells, created_by)
        values (${input.name}, ${input.geography}, ${input.unit}, ${input.sourceFile}, ${input.rows},
          ${json(input.regions)}, ${json(input.industries)}, decode(${cells}, 'hex'), ${actor.userId})
        returning ${MAP_DATASET_INFO}`.execute(trx);
      const info = toMapDatasetInfo(rows[0]!);
      await this.audit(trx, actor, 'import', 'map_dataset', info.id, {
        name: info.name,
        file: info.sourceFile,
        regions: info.regionCount,
        industries: info.industryCount,
      });
      return info;
    });
  }

  async listMapDatasets(): Promise<MapDatasetInfo[]> {
    const { rows } = await sql<Row>`select ${MAP_DATASET_INFO} from map_datasets
      order by created_at desc, name`.execute(this.db);
    return rows.map(toMapDatasetInfo);
  }

  async getMapDatasetInfo(id: string): Promise<MapDatasetInfo | undefined> {
    if (!UUID.test(id)) return undefined;
    const { rows } = await sql<Row>`select ${MAP_DATASET_INFO} from map_datasets where id = ${id}`.execute(
      this.db,
    );
    return rows[0] ? toMapDatasetInfo(rows[0]) : undefined;
  }

  async getMapDataset(id: string): Promise<MapDataset | undefined> {
    if (!UUID.test(id)) return undefined;
    // As hex text, decoded natively: PGlite's own bytea parsing is a slow loop on the server's thread.
    const { rows } =
      await sql<Row>`select ${MAP_DATASET_INFO}, regions, industries, encode(cells, 'hex') as cells
      from map_datasets where id = ${id}`.execute(this.db);
    const row = rows[0];
    if (!row) return undefined;
    // Copy into a fresh (aligned) buffer: Buffers are views into larger pools.
    const values = new Float64Array(Uint8Array.from(Buffer.from(row.cells as string, 'hex')).buffer);
    return {
      ...toMapDatasetInfo(row),
      regions: parseJson(row.regions) as string[],
      industries: parseJson(row.industries) as string[],
      values,
    };
  }

  async deleteMapDataset(id: string, actor: Actor): Promise<boolean> {
    if (!UUID.test(id)) return false;
    return this.tx(async (trx) => {
      const { rows } = await sql<Row>`delete from map_datasets where id = ${id} returning name`.execute(trx);
      if (!rows[0]) return false;
      await this.audit(trx, actor, 'delete', 'map_dataset', id, { name: rows[0].name });
      return true;
    });
  }

  async countUsers(): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from users`.execute(this.db);
    return rows[0]?.n ?? 0;
  }

  private async userById(trx: Executor, id: string): Promise<User | undefined> {
    const { rows } = await sql<Row>`select u.*, coalesce(array_agg(g.cluster_id order by g.cluster_id)
        filter (where g.cluster_id is not null), '{}') as grants
      from users u left join user_grants g on g.user_id = u.id where u.id = ${id}::uuid group by u.id`.execute(
      trx,
    );
    return rows[0] ? toUser(rows[0]) : undefined;
  }

  async createUser(
    input: { email: string; name: string; role: Role; passwordHash: string; grants: string[] },
    actor: Actor,
  ): Promise<User> {
    const email = input.email.toLowerCase();
    return this.tx(async (trx) => {
      let id: string;
      try {
        const { rows } = await sql<{ id: string }>`insert into users (email, name, role, password_hash)
          values (${email}, ${input.name}, ${input.role}, ${input.passwordHash}) returning id`.execute(trx);
        id = rows[0]!.id;
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ConflictError(`a user with e-mail ${email} exists`, 'user', email);
        throw error;
      }
      await this.writeGrants(trx, id, input.grants);
      await this.audit(trx, actor, 'create', 'user', id, { email, role: input.role, grants: input.grants });
      return (await this.userById(trx, id))!;
    });
  }

  private async writeGrants(trx: Executor, userId: string, grants: string[]): Promise<void> {
    await sql`delete from user_grants where user_id = ${userId}::uuid`.execute(trx);
    for (const clusterId of new Set(grants)) {
      await referencingCluster(clusterId, () =>
        sql`insert into user_grants (user_id, cluster_id) values (${userId}::uuid, ${clusterId})`.execute(
          trx,
        ),
      );
    }
  }

  async getUser(id: string): Promise<User | undefined> {
    if (!isUuid(id)) return undefined;
    return this.userById(this.db, id);
  }

  async findUserByEmail(email: string): Promise<UserWithSecret | undefined> {
    const { rows } = await sql<{ id: string; password_hash: string }>`select id, password_hash from users
      where email = ${email.toLowerCase()}`.execute(this.db);
    if (!rows[0]) return undefined;
    const user = await this.userById(this.db, rows[0].id);
    return user && { ...user, passwordHash: rows[0].password_hash };
  }

  async listUsers(): Promise<User[]> {
    const { rows } = await sql<Row>`select u.*, coalesce(array_agg(g.cluster_id order by g.cluster_id)
        filter (where g.cluster_id is not null), '{}') as grants
      from users u left join user_grants g on g.user_id = u.id group by u.id order by u.email`.execute(
      this.db,
    );
    return rows.map(toUser);
  }

  async updateUser(
    id: string,
    patch: { role?: Role; grants?: string[]; name?: string },
    actor: Actor,
  ): Promise<User | undefined> {
    if (!isUuid(id)) return undefined;
    return this.tx(async (trx) => {
      const { rows } = await sql<{ id: string }>`update users set
          role = coalesce(${patch.role ?? null}, role), name = coalesce(${patch.name ?? null}, name)
        where id = ${id}::uuid returning id`.execute(trx);
      if (!rows[0]) return undefined;
      if (patch.grants) await this.writeGrants(trx, id, patch.grants);
      await this.audit(trx, actor, patch.grants ? 'grant' : 'update', 'user', id, patch);
      return this.userById(trx, id);
    });
  }

  async setPassword(id: string, passwordHash: string, actor: Actor): Promise<void> {
    await this.tx(async (trx) => {
      await sql`update users set password_hash = ${passwordHash} where id = ${id}::uuid`.execute(trx);
      await sql`delete from sessions where user_id = ${id}::uuid`.execute(trx);
      await this.audit(trx, actor, 'update', 'user', id, { password: 'changed' });
    });
  }

  // Sessions and tokens (SQL in sessions-tokens.ts) ------------------------------

  private get sessionsAndTokens(): SessionTokenContext {
    return {
      db: this.db,
      tx: (work) => this.tx(work),
      userById: (trx, id) => this.userById(trx, id),
      audit: (...args) => this.audit(...args),
    };
  }

  async createSession(userId: string, tokenHash: string, csrfToken: string, expiresAt: Date): Promise<void> {
    await sql`insert into sessions (token_hash, user_id, csrf_token, expires_at)
      values (${tokenHash}, ${userId}::uuid, ${csrfToken}, ${expiresAt.toISOString()}::timestamptz)`.execute(
      this.db,
    );
  }

  getSession(tokenHash: string, now: Date, options: { idleMs?: number } = {}) {
    return sessions.getSession(this.sessionsAndTokens, tokenHash, now, options.idleMs);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await sql`delete from sessions where token_hash = ${tokenHash}`.execute(this.db);
  }

  deleteUserSessions(userId: string, actor: Actor) {
    return sessions.deleteUserSessions(this.sessionsAndTokens, userId, actor);
  }

  purgeExpiredSessions(now: Date, options: { idleMs?: number } = {}) {
    return sessions.purgeExpiredSessions(this.sessionsAndTokens, now, options.idleMs);
  }

  createApiToken(userId: string, name: string, tokenHash: string, actor: Actor, expiresAt: Date) {
    return sessions.createApiToken(this.sessionsAndTokens, { userId, name, tokenHash, expiresAt }, actor);
  }

  findApiToken(tokenHash: string, now: Date) {
    return sessions.findApiToken(this.sessionsAndTokens, tokenHash, now);
  }

  listApiTokens(userId: string) {
    return sessions.listApiTokens(this.sessionsAndTokens, userId);
  }

  getApiToken(id: string) {
    return sessions.getApiToken(this.sessionsAndTokens, id);
  }

  revokeApiToken(id: string, actor: Actor) {
    return sessions.revokeApiToken(this.sessionsAndTokens, id, actor);
  }

  revokeApiTokenByHash(tokenHash: string, actor: Actor) {
    return sessions.revokeApiTokenByHash(this.sessionsAndTokens, tokenHash, actor);
  }

  revokeUserApiTokens(userId: string, actor: Actor) {
    return sessions.revokeUserApiTokens(this.sessionsAndTokens, userId, actor);
  }

  // Audit --------------------------------------------------------------------------

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
      where ${condition} order by id desc limit ${query.limit} offset ${query.offset}`.execute(this.db);
    let total = rows.length ? (rows[0]!.total as number) : 0;
    if (!rows.length && query.offset > 0) {
      const counted = await sql<{
        n: number;
      }>`select count(*)::int as n from audit_log where ${condition}`.execute(this.db);
      total = counted.rows[0]?.n ?? 0;
    }
    return {
      items: rows.map((r) => ({
        id: Number(r.id),
        at: iso(r.at),
        userId: (r.user_id as string | null) ?? null,
        actorLabel: r.actor_label as string,
        action: r.action as AuditEntry['action'],
        entity: r.entity as string,
        entityId: (r.entity_id as string | null) ?? null,
        detail: r.detail,
      })),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async recordAudit(
    entry: Omit<AuditEntry, 'id' | 'at' | 'userId' | 'actorLabel'>,
    actor: Actor,
  ): Promise<void> {
    await this.audit(this.db, actor, entry.action, entry.entity, entry.entityId, entry.detail);
  }

  // Seed bookkeeping (used by seedDemoData) -------------------------------------------

  /** Runs `work` in one transaction unless the seed `name` already ran; returns whether it ran. */
  async seedOnce(name: string, work: (store: SqlStore) => Promise<unknown>): Promise<boolean> {
    return this.tx(async (trx) => {
      const { rows } =
        await sql`insert into seed_runs (name) values (${name}) on conflict (name) do nothing returning name`.execute(
          trx,
        );
      if (!rows.length) return false;
      const detail = await work(new SqlStore(trx as unknown as Db, this.kind));
      await sql`update seed_runs set detail = ${json(detail)} where name = ${name}`.execute(trx);
      return true;
    });
  }
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

function toUser(r: Row): User {
  return {
    id: r.id as string,
    email: r.email as string,
    name: r.name as string,
    role: r.role as Role,
    grants: (r.grants as string[]) ?? [],
    createdAt: iso(r.created_at),
  };
}

/** The columns of a dataset's description (not its cells). */
const MAP_DATASET_INFO = sql.raw(`id, name, geography, unit, source_file, rows, created_by, created_at,
  jsonb_array_length(regions) as region_count, jsonb_array_length(industries) as industry_count`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

function toMapDatasetInfo(row: Row): MapDatasetInfo {
  return {
    id: String(row.id),
    name: String(row.name),
    geography: String(row.geography),
    unit: String(row.unit ?? ''),
    sourceFile: String(row.source_file),
    rows: Number(row.rows),
    regionCount: Number(row.region_count),
    industryCount: Number(row.industry_count),
    createdBy: row.created_by === null || row.created_by === undefined ? null : String(row.created_by),
    createdAt: new Date(row.created_at as string).toISOString(),
  };
}
