/** Funding, exit paths and their publication as Kysely sees them (migration 012; decision 083). */
import type { ColumnType } from 'kysely';

type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationFundingTable {
  organisation_id: string;
  year: number;
  currency: string;
  public_regional: number;
  public_national: number;
  public_eu_multilateral: number;
  membership_fees: number;
  paid_services: number;
  competitive_projects: number;
  other: number;
  updated_at: UpdatedAt;
}

export interface OrganisationExitPathTable {
  organisation_id: string;
  year: number;
  target_public_share: number;
}

export interface OrganisationSustainabilityPublicationTable {
  organisation_id: string;
  published: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: UpdatedAt;
}

export interface FundingTables {
  organisation_funding: OrganisationFundingTable;
  organisation_exit_path: OrganisationExitPathTable;
  organisation_sustainability_publication: OrganisationSustainabilityPublicationTable;
}
