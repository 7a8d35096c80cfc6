/**
 * Organisations (cluster management organisations): the filtered list, one organisation
 * and its writes. Readers who may not see private records do not learn a private
 * cluster's id from its organisation.
 */
import { sql } from 'kysely';
import {
  organisationInputSchema,
  type Organisation,
  type OrganisationInput,
  type OrganisationListQuery,
  type OrganisationPatch,
  type Page,
} from '@polos/core';
import { ConflictError, type Actor } from '../store';
import { pageOf, setClause, type PatchColumns, type Row } from './sql-values';
import {
  directoryConditions,
  organisationPatchColumns,
  organisationValues,
  patchWithJson,
  toOrganisation,
  type OrganisationRow,
} from './organisation-rows';
import { organisationWrite } from './organisation-rows';
import { referencingCluster, uniqueOr, type UnitOfWork } from './unit-of-work';

/** A row read with its cluster's `is_public`: the cluster id is hidden when that cluster is private. */
function toVisibleOrganisation(r: Row, options: { includePrivate: boolean }): Organisation {
  const o = toOrganisation(r as OrganisationRow);
  return options.includePrivate || r.cluster_is_public !== false ? o : { ...o, clusterId: null };
}

export class OrganisationsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async listOrganisations(
    query: OrganisationListQuery,
    options: { includePrivate: boolean },
  ): Promise<Page<Organisation>> {
    const where = directoryConditions(query, options);
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

  /** Creates an organisation; fields not given take the input schema's defaults (status `published`). */
  createOrganisation(input: OrganisationInput & { id: string }, actor: Actor): Promise<Organisation> {
    const o = { ...organisationInputSchema.parse(input), id: input.id };
    return organisationWrite(() =>
      this.uow.tx(async (trx) => {
        const row = await uniqueOr(
          () => new ConflictError(`an organisation with id "${o.id}" exists`, 'organisation', o.id),
          () =>
            referencingCluster(o.clusterId, () =>
              trx
                .insertInto('organisations')
                .values(organisationValues({ ...o, publicationStatus: o.publicationStatus ?? 'published' }))
                .returningAll()
                .executeTakeFirstOrThrow(),
            ),
        );
        await this.uow.audit(trx, actor, 'create', 'organisation', o.id, o);
        return toOrganisation(row);
      }),
    );
  }

  updateOrganisation(id: string, patch: OrganisationPatch, actor: Actor): Promise<Organisation | undefined> {
    return organisationWrite(() =>
      this.uow.tx(async (trx) => {
        const { rows } = await referencingCluster(patch.clusterId, () =>
          sql<OrganisationRow>`update organisations set ${setClause(patchWithJson(patch), organisationPatchColumns as PatchColumns<Record<string, unknown>>)}
          where id = ${id} returning *`.execute(trx),
        );
        if (!rows[0]) return undefined;
        await this.uow.audit(trx, actor, 'update', 'organisation', id, patch);
        return toOrganisation(rows[0]);
      }),
    );
  }

  deleteOrganisation(id: string, actor: Actor): Promise<boolean> {
    return organisationWrite(() =>
      this.uow.tx(async (trx) => {
        const row = await trx
          .deleteFrom('organisations')
          .where('id', '=', id)
          .returning(['id', 'name'])
          .executeTakeFirst();
        if (!row) return false;
        await this.uow.audit(trx, actor, 'delete', 'organisation', id, { name: row.name });
        return true;
      }),
    );
  }
}
