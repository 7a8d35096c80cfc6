/**
 * The collaboration vocabularies the pages filter by, as run-time lists checked against
 * the API's types (core's zod enums in collaboration/vocabularies.ts are not bundled into
 * the web app). Their labels are texts of the `agreements` feature.
 */
import type { Schemas } from '../api-client';

export const agreementScopes = [
  'local_national',
  'international',
] as const satisfies readonly Schemas['AgreementScope'][];
export const sectorRelations = [
  'same_sector',
  'cross_sector_complementarity',
  'same_value_chain',
  'policy_level',
] as const satisfies readonly Schemas['SectorRelation'][];
export const agreementInstruments = [
  'mou',
  'collaboration_agreement',
  'joint_project',
  'programme',
  'mission',
  'exchange',
  'other',
] as const satisfies readonly Schemas['AgreementInstrument'][];
export const agreementStatuses = [
  'in_preparation',
  'signed',
  'active',
  'completed',
  'lapsed',
] as const satisfies readonly Schemas['AgreementStatus'][];
export const agreementOutcomeKinds = [
  'meeting',
  'joint_project',
  'funding',
  'commercial_agreement',
  'publication',
  'other',
] as const satisfies readonly Schemas['AgreementOutcomeInput']['kind'][];
export const programmeLevels = [
  'eu_lac',
  'ibero_american',
  'eu',
  'bilateral',
  'multilateral',
  'national',
  'subnational',
] as const satisfies readonly Schemas['ProgrammeLevel'][];
export const programmeTargets = [
  'clusters',
  'regions',
  'SMEs',
  'research',
  'policy',
] as const satisfies readonly Schemas['ProgrammeTarget'][];
