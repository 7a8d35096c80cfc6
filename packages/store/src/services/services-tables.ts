/** Service portfolios and member surveys as Kysely sees them (migration 014; decision 085). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationServiceYearsTable {
  organisation_id: string;
  year: number;
  currency: string;
  updated_at: Timestamp;
}

export interface OrganisationServicesTable {
  organisation_id: string;
  year: number;
  position: number;
  key: string;
  name: string | null;
  revenue: number;
  cost: number;
  members_served: number;
  manager_valuation: number | null;
}

export interface ServiceSurveysTable {
  id: Generated<string>;
  organisation_id: string;
  year: number;
  services: unknown;
  code_count: number;
  created_at: Timestamp;
  closed_at: Timestamp | null;
}

export interface ServiceSurveyCodesTable {
  code_hash: string;
  survey_id: string;
  /** The day the code was used (no time of day); null while unused. */
  used_on: ColumnType<Date | null, string | null | undefined, string | null>;
}

/** One service's rating in one answer; no answer id, code or time (decision 085). */
export interface ServiceSurveyRatingsTable {
  survey_id: string;
  service_key: string;
  value: number | null;
  willingness: string | null;
}

export interface ServicesTables {
  organisation_service_years: OrganisationServiceYearsTable;
  organisation_services: OrganisationServicesTable;
  service_surveys: ServiceSurveysTable;
  service_survey_codes: ServiceSurveyCodesTable;
  service_survey_ratings: ServiceSurveyRatingsTable;
}
