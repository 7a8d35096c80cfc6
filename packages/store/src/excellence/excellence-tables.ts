/** The excellence area's tables as Kysely sees them (migration 015; decision 086). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationEligibilityInputsTable {
  organisation_id: string;
  content: unknown;
  updated_at: Timestamp;
}

export interface SelfAssessmentsTable {
  id: Generated<string>;
  organisation_id: string;
  /** A date column: pg hands back a Date, PGlite a Date too; written as 'YYYY-MM-DD'. */
  assessed_on: ColumnType<Date | string, string, string>;
  scores: unknown;
  note: string | null;
  created_at: Timestamp;
}

export interface OrganisationSharedValueTable {
  organisation_id: string;
  content: unknown;
  updated_at: Timestamp;
}

export interface OrganisationExcellencePublicationTable {
  organisation_id: string;
  published: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: Timestamp;
}

export interface ExcellenceTables {
  organisation_eligibility_inputs: OrganisationEligibilityInputsTable;
  self_assessments: SelfAssessmentsTable;
  organisation_shared_value: OrganisationSharedValueTable;
  organisation_excellence_publication: OrganisationExcellencePublicationTable;
}
