/**
 * Organisations (cluster management organisations): the filtered list, one organisation
 * and its writes. Readers who may not see private records do not learn a private
 * cluster's id from its organisation.
 */
import { sql, type Selectable } from 'kysely';
import type {
  Organisation,
  OrganisationInputParsed,
  OrganisationListQuery,
  OrganisationPatch,
  Page,
} from '@polos/core';
import type { OrganisationsTable } from '../database';
import { ConflictError, type Actor } from '../store';
import { iso, json, pageOf, setClause, toPrefixQuery, type PatchColumns, type Row } from './sql-values';
import { referencingCluster, uniqueOr, type UnitOfWork } from './unit-of-work';

type OrganisationRow = Omit<Selectable<OrganisationsTable>, 'search'>;

function toOrganisation(r: OrganisationRow): Organisation {
  return {
    id: r.id,
    clusterId: r.cluster_id ?? null,
    name: r.name,
    acronym: r.acronym ?? null,
    country: r.country,
    legalForm: (r.legal_form as Organisation['legalForm']) ?? null,
    founded: r.founded ?? null,
    staffFte: r.staff_fte ?? null,
    governanceBodies: r.governance_bodies ?? [],
    structureType: (r.structure_type as Organisation['structureType']) ?? null,
    website: r.website ?? null,
    email: r.email ?? null,
    isPublic: r.is_public,
    source: r.source ?? null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** A row read with its cluster's `is_public`: the cluster id is hidden when that cluster is private. */
function toVisibleOrganisation(r: Row, options: { includePrivate: boolean }): Organisation {
  const o = toOrganisation(r as OrganisationRow);
  return options.includePrivate || r.cluster_is_public !== false ? o : { ...o, clusterId: null };
}

const organisationPatchColumns: PatchColumns<OrganisationPatch> = [
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

export class OrganisationsRepository {
  constructor(private readonly uow: UnitOfWork) {}

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
      order by o.name, o.id limit ${query.limit} offset ${query.offset}`.execute(this.uow.db);
    return pageOf(
      rows,
      query,
      async () => {
        const { rows: counted } = await sql<{ n: number }>`select count(*)::int as n
          from organisations o left join clusters c on c.id = o.cluster_id where ${condition}`.execute(
          this.uow.db,
        );
        return counted[0]?.n ?? 0;
      },
      (r) => toVisibleOrganisation(r, options),
    );
  }

  async getOrganisation(
    id: string,
    options: { includePrivate: boolean } = { includePrivate: true },
  ): Promise<Organisation | undefined> {
    const { rows } = await sql<Row>`select o.*, c.is_public as cluster_is_public
      from organisations o left join clusters c on c.id = o.cluster_id where o.id = ${id}`.execute(
      this.uow.db,
    );
    return rows[0] && toVisibleOrganisation(rows[0], options);
  }

  createOrganisation(o: OrganisationInputParsed & { id: string }, actor: Actor): Promise<Organisation> {
    return this.uow.tx(async (trx) => {
      const row = await uniqueOr(
        () => new ConflictError(`an organisation with id "${o.id}" exists`, 'organisation', o.id),
        () =>
          referencingCluster(o.clusterId, () =>
            trx
              .insertInto('organisations')
              .values({
                id: o.id,
                cluster_id: o.clusterId ?? null,
                name: o.name,
                acronym: o.acronym ?? null,
                country: o.country,
                legal_form: o.legalForm ?? null,
                founded: o.founded ?? null,
                staff_fte: o.staffFte ?? null,
                governance_bodies: json(o.governanceBodies),
                structure_type: o.structureType ?? null,
                website: o.website ?? null,
                email: o.email ?? null,
                is_public: o.isPublic,
                source: o.source ?? null,
              })
              .returningAll()
              .executeTakeFirstOrThrow(),
          ),
      );
      await this.uow.audit(trx, actor, 'create', 'organisation', o.id, o);
      return toOrganisation(row);
    });
  }

  updateOrganisation(id: string, patch: OrganisationPatch, actor: Actor): Promise<Organisation | undefined> {
    return this.uow.tx(async (trx) => {
      const { rows } = await referencingCluster(patch.clusterId, () =>
        sql<OrganisationRow>`update organisations set ${setClause(patch, organisationPatchColumns)}
          where id = ${id} returning *`.execute(trx),
      );
      if (!rows[0]) return undefined;
      await this.uow.audit(trx, actor, 'update', 'organisation', id, patch);
      return toOrganisation(rows[0]);
    });
  }

  deleteOrganisation(id: string, actor: Actor): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      const row = await trx
        .deleteFrom('organisations')
        .where('id', '=', id)
        .returning(['id', 'name'])
        .executeTakeFirst();
      if (!row) return false;
      await this.uow.audit(trx, actor, 'delete', 'organisation', id, { name: row.name });
      return true;
    });
  }
}
