/**
 * The organisation directory's part of the store (`store.organisationDirectory`; migration
 * 008, decision 076): publication status, bulk inserts (seeds, benches), the dataset id of
 * seeded organisations, and what matchmaking reads of every organisation. The list, read
 * and single writes stay on the store (organisations.repository.ts).
 */
import { sql } from 'kysely';
import {
  organisationInputSchema,
  type Organisation,
  type OrganisationInput,
  type PublicationStatus,
} from '@polos/core';
import type { Actor } from '../store';
import { type Row } from '../repositories/sql-values';
import {
  organisationValues,
  organisationWrite,
  organisationWrites,
  toOrganisation,
  type OrganisationRow,
} from '../repositories/organisation-rows';
import type { UnitOfWork } from '../repositories/unit-of-work';

/** What matchmaking and visibility need of one organisation. */
export interface DirectoryEntry {
  id: string;
  name: string;
  acronym: string | null;
  country: string;
  naceDivisions: string[];
  wiodSectors: string[];
  /** Its sector group, else that of the cluster it manages, if any. */
  sectorGroup: string | null;
  valueChainPositions: string[];
  smartSpecialisationPriorities: string[];
  targetMarkets: string[];
  languages: string[];
  isPublic: boolean;
  publicationStatus: PublicationStatus;
  /** Its id in data/eu-lac-collaboration/cluster_organisations.csv when seeded from it. */
  datasetId: string | null;
}

export interface NewDirectoryOrganisation {
  organisation: OrganisationInput & { id: string };
  datasetId?: string | null;
}

/** The store's part for the organisation directory. */
export interface OrganisationDirectory {
  /** Sets the publication status; undefined when there is no such organisation. */
  setPublicationStatus(
    id: string,
    status: PublicationStatus,
    actor: Actor,
  ): Promise<Organisation | undefined>;
  /** Inserts many organisations in one transaction with one audit row; returns how many. */
  insertMany(organisations: readonly NewDirectoryOrganisation[], actor: Actor): Promise<number>;
  /** Records that organisation `id` is `datasetId` of the EU–LAC dataset (a merged seed record). */
  setDatasetId(id: string, datasetId: string, actor: Actor): Promise<boolean>;
  /** Every organisation as matchmaking reads it, by id. */
  entries(): Promise<DirectoryEntry[]>;
  /** Changes whenever an organisation is created, updated or deleted (count and last update). */
  fingerprint(): Promise<string>;
  /** How many organisation writes this process has finished: cheap, but blind to other processes. */
  writesInProcess(): number;
}

const BATCH = 500;

export class OrganisationDirectoryRepository implements OrganisationDirectory {
  constructor(private readonly uow: UnitOfWork) {}

  setPublicationStatus(
    id: string,
    status: PublicationStatus,
    actor: Actor,
  ): Promise<Organisation | undefined> {
    return organisationWrite(() =>
      this.uow.tx(async (trx) => {
        const { rows } = await sql<OrganisationRow>`update organisations
        set publication_status = ${status}, updated_at = now() where id = ${id} returning *`.execute(trx);
        if (!rows[0]) return undefined;
        await this.uow.audit(trx, actor, 'update', 'organisation', id, { publicationStatus: status });
        return toOrganisation(rows[0]);
      }),
    );
  }

  insertMany(organisations: readonly NewDirectoryOrganisation[], actor: Actor): Promise<number> {
    const values = organisations.map(({ organisation, datasetId }) => {
      const o = organisationInputSchema.parse(organisation);
      return organisationValues(
        { ...o, id: organisation.id, publicationStatus: o.publicationStatus ?? 'published' },
        datasetId ?? null,
      );
    });
    return organisationWrite(() =>
      this.uow.tx(async (trx) => {
        for (let i = 0; i < values.length; i += BATCH) {
          await trx
            .insertInto('organisations')
            .values(values.slice(i, i + BATCH))
            .execute();
        }
        await this.uow.audit(trx, actor, 'create', 'organisation', null, {
          count: values.length,
          ids: values.length <= 200 ? values.map((v) => v.id) : undefined,
        });
        return values.length;
      }),
    );
  }

  setDatasetId(id: string, datasetId: string, actor: Actor): Promise<boolean> {
    return organisationWrite(() =>
      this.uow.tx(async (trx) => {
        const { rows } = await sql<Row>`update organisations set dataset_id = ${datasetId}
        where id = ${id} returning id`.execute(trx);
        if (!rows[0]) return false;
        await this.uow.audit(trx, actor, 'update', 'organisation', id, { datasetId });
        return true;
      }),
    );
  }

  async entries(): Promise<DirectoryEntry[]> {
    const { rows } = await sql<Row>`select o.id, o.name, o.acronym, o.country, o.nace_divisions,
        o.wiod_sectors, o.value_chain_positions, o.smart_specialisation_priorities, o.target_markets,
        o.languages, o.is_public, o.publication_status, o.dataset_id,
        coalesce(o.sector_group, c.sector_group) as sector_group
      from organisations o left join clusters c on c.id = o.cluster_id order by o.id`.execute(this.uow.db);
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      acronym: (r.acronym as string | null) ?? null,
      country: r.country as string,
      naceDivisions: (r.nace_divisions as string[] | null) ?? [],
      wiodSectors: (r.wiod_sectors as string[] | null) ?? [],
      sectorGroup: (r.sector_group as string | null) ?? null,
      valueChainPositions: (r.value_chain_positions as string[] | null) ?? [],
      smartSpecialisationPriorities: (r.smart_specialisation_priorities as string[] | null) ?? [],
      targetMarkets: (r.target_markets as string[] | null) ?? [],
      languages: (r.languages as string[] | null) ?? [],
      isPublic: r.is_public as boolean,
      publicationStatus: r.publication_status as PublicationStatus,
      datasetId: (r.dataset_id as string | null) ?? null,
    }));
  }

  writesInProcess(): number {
    return organisationWrites();
  }

  async fingerprint(): Promise<string> {
    const { rows } = await sql<Row>`select count(*)::int as n, max(updated_at)::text as at,
      max(created_at)::text as created from organisations`.execute(this.uow.db);
    const r = rows[0] ?? {};
    return `${String(r.n)}|${String(r.at)}|${String(r.created)}`;
  }
}
