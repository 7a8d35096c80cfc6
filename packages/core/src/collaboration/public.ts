/**
 * The public surface of the EU–LAC collaboration area (issue 12; decisions 074, 078):
 * vocabularies, schemas, the ECCP checklist, row parsers, WIOD coefficients, the explained
 * matchmaking score and matchmaking events — each export named, re-exported by the core's
 * index.
 */
// --- EU–LAC collaboration and explained matchmaking (issue 12 points 1, 3, 5, 6; decision 074) ---
export {
  type AgreementInstrument,
  agreementInstruments,
  agreementInstrumentSchema,
  type AgreementScope,
  agreementScopes,
  agreementScopeSchema,
  type AgreementStatus,
  agreementStatuses,
  agreementStatusLabels,
  agreementStatusSchema,
  type ClusterLabelLevel,
  clusterLabelLevelLabels,
  clusterLabelLevels,
  clusterLabelLevelSchema,
  type CollaborationLanguage,
  collaborationLanguages,
  collaborationLanguageSchema,
  type CollaborationOrganisationKind,
  collaborationOrganisationKinds,
  collaborationOrganisationKindSchema,
  instrumentLabels,
  type Label,
  type PartnerSearchDirection,
  partnerSearchDirectionLabels,
  partnerSearchDirections,
  partnerSearchDirectionSchema,
  type PartnerSearchKind,
  partnerSearchKindLabels,
  partnerSearchKinds,
  partnerSearchKindSchema,
  type PartnerSearchStatus,
  partnerSearchStatuses,
  partnerSearchStatusSchema,
  type ProgrammeLevel,
  programmeLevels,
  programmeLevelSchema,
  type ProgrammeTarget,
  programmeTargets,
  programmeTargetSchema,
  scopeLabels,
  type SectorRelation,
  sectorRelationLabels,
  sectorRelations,
  sectorRelationSchema,
  type ValueChainPosition,
  valueChainPositionLabels,
  valueChainPositions,
  valueChainPositionSchema,
} from './vocabularies';
export {
  type AgreementOutcome,
  type AgreementParty,
  type AgreementSponsor,
  agreementOrganisationIds,
  agreementOutcomeSchema,
  agreementPartySchema,
  agreementSponsorSchema,
  type CooperationAgreement,
  cooperationAgreementSchema,
} from './agreement';
export { isPartnerSearchOpen, type PartnerSearchPost, partnerSearchPostSchema } from './partner-search';
export {
  isEligibleForCall,
  type Programme,
  type ProgrammeCall,
  programmeCallSchema,
  programmeSchema,
} from './programme';
export {
  type ClusterLabel,
  clusterLabelSchema,
  type CollaborationProfile,
  collaborationProfileSchema,
  languageCodeSchema,
  type MemberCount,
  memberCountSchema,
  naceDivisionSchema,
  validLabels,
  wiodSectorSchema,
} from './profile';
export {
  type CriterionKey,
  type CriterionResult,
  type CriterionStatus,
  defaultEccpChecklistConfig,
  eccpChecklist,
  type EccpChecklistConfig,
  type EccpChecklistInput,
  type EccpChecklistResult,
} from './eccp-checklist';
export { type CsvRow, type RowError, type RowsResult } from './csv-rows';
export {
  type CollaborationOrganisation,
  collaborationOrganisationSchema,
  type OrganisationSectors,
  organisationSectorsSchema,
  parseOrganisationRows,
  parseOrganisationSectorRows,
  seedSectorGroups,
} from './organisation-rows';
export { parseAgreementRows, parseProgrammeRows } from './agreement-rows';
export {
  ioCoefficientTables,
  type IoTable,
  type IoTables,
  meanTable,
  type NiotCell,
  parseNiotRows,
} from './matchmaking/io-coefficients';
export { countryLanguages, ioTableKey, wiodCountries } from './matchmaking/countries';
export { wiodSectorLabel, wiodSectorLabels } from './matchmaking/sector-labels';
// The matchmaking model is public as a whole: its profiles, weights, components and results.
export * from './matchmaking/model';
export {
  bestIndices,
  buildMatchmaking,
  type Matchmaking,
  type MatchmakingInput,
} from './matchmaking/matchmaking';
export { matchAgreements, matchProfilesFromSeed } from './matchmaking/from-seed';
export { type Evaluation, type HeldOutPair, leaveOneOut, type PairOutcome } from './matchmaking/evaluate';

// --- Matchmaking events (issue 12 point 4; decision 078) ---
export * from './events';
