/** Public surface of @polos/core: pure domain schemas and analytics, named one by one. */
export {
  type AssessmentKind,
  assessmentKinds,
  collectiveEfficiencyDegrees,
  type DatePrecision,
  datePrecisions,
  defaultAnalysisKinds,
  type EndMarket,
  endMarkets,
  endMarketSchema,
  governanceBodies,
  type GovernanceBody,
  governanceBodySchema,
  type GovernanceType,
  governanceTypes,
  governanceTypeSchema,
  type GvcGovernanceType,
  gvcGovernanceTypes,
  gvcGovernanceTypeSchema,
  type IntermediaryRole,
  intermediaryRoles,
  intermediaryRoleSchema,
  type LegalForm,
  legalForms,
  legalFormSchema,
  type LifeCycleStage,
  lifeCycleStages,
  lifeCycleStageSchema,
  type MemberKind,
  memberKinds,
  memberKindSchema,
  type Role,
  roles,
  roleSchema,
  type SectorGroup,
  sectorGroups,
  sectorGroupSchema,
  type SizeClass,
  sizeClasses,
  sizeClassSchema,
  type StructureType,
  structureTypes,
  structureTypeSchema,
} from './domain/vocabularies';
export {
  countryCodeSchema,
  currencyCodeSchema,
  httpUrlSchema,
  maybeScoreSchema,
  scoreSchema,
  slugify,
  slugSchema,
  yearSchema,
} from './domain/common';
export {
  type Cluster,
  type ClusterInput,
  type ClusterInputParsed,
  clusterInputSchema,
  type ClusterPatch,
  clusterPatchSchema,
  clusterSchema,
  type KeyFigures,
  keyFiguresSchema,
} from './domain/cluster';
export {
  INDUSTRY_SYSTEMS,
  type IndustryCode,
  type IndustrySystem,
  industryCodeSchema,
  NO_STATISTICAL_CODES,
  REGION_SYSTEMS,
  type RegionCode,
  type RegionSystem,
  regionCodeSchema,
  type StatisticalCodes,
  statisticalCodesSchema,
} from './domain/statistical-codes';
export {
  type Organisation,
  type OrganisationInput,
  type OrganisationInputParsed,
  organisationInputSchema,
  type OrganisationPatch,
  organisationPatchSchema,
  organisationSchema,
  type PublicationStatus,
  publicationStatuses,
  publicationStatusSchema,
} from './domain/organisation';
export { type Intermediary, intermediarySchema, type Member, memberSchema } from './domain/member';
export {
  type ValueChain,
  valueChainFunctions,
  valueChainSchema,
  valueChainsSchema,
} from './domain/value-chain';
export {
  type Assessment,
  assessmentKindSchema,
  assessmentKindsQuerySchema,
  datePrecisionSchema,
  type AssessmentInput,
  type AssessmentInputParsed,
  assessmentInputSchema,
  assessmentSchema,
  type AssessmentSummary,
  assessmentSummarySchema,
  externalEconomiesSchema,
  type ExternalEconomyItem,
  externalEconomyItems,
  type GovernanceObservation,
  governanceObservationSchema,
  type JointActionItem,
  jointActionItems,
  jointActionSchema,
  MAX_RESPONDENTS,
  type Respondent,
  respondentSchema,
  type Scores,
  scoresSchema,
  upgradingSchema,
  type UpgradingType,
  upgradingTypes,
} from './domain/assessment';
export { FIELD_RULES, type FieldRule, fieldRuleOf } from './domain/field-rules';
export {
  emailSchema,
  loginSchema,
  passwordSchema,
  type User,
  type UserInput,
  userInputSchema,
  userLanguageSchema,
  userSchema,
  type UserStatus,
  userStatusSchema,
} from './domain/user';
export {
  type ClusterListQuery,
  clusterListQuerySchema,
  type OrganisationListQuery,
  organisationListQuerySchema,
  type Page,
  paginationSchema,
} from './domain/list-query';
export { findUnsafeText, type UnsafeTextIssue, unsafeTextProblem } from './domain/unsafe-text';
export { averageRanks, mean, median, pearson, spearman } from './diagnosis/statistics';
export {
  collectiveEfficiency,
  type CollectiveEfficiency,
  collectiveEfficiencyDegree,
  type CollectiveEfficiencyDegree,
  externalEconomiesIndex,
  HIGH_ICE,
  type IndexValue,
  jointActionIndex,
  LOW_ICE,
  sumOfItems,
  type UnknownPolicy,
} from './diagnosis/collective-efficiency';
export {
  type AggregatedScores,
  aggregateRespondents,
  type Aggregation,
} from './diagnosis/aggregate-respondents';
export {
  type ChainScope,
  type ChainServed,
  compatibleGvcGovernance,
  decodeGovernanceCode,
  type GovernanceSummary,
  summariseGovernance,
  toFiveTypeGovernance,
} from './diagnosis/governance';
export { summariseUpgrading, UPGRADING_GAP, type UpgradingSummary } from './diagnosis/upgrading';
export {
  type CollectiveEfficiencyItem,
  diagnose,
  type Diagnosis,
  type DiagnosisInput,
  weakestItems,
} from './diagnosis/diagnose';
export {
  type Correlation,
  type GroupAnalysis,
  portfolio,
  type Portfolio,
  type PortfolioCluster,
  type PortfolioOptions,
} from './diagnosis/portfolio';
export {
  type AdviceRule,
  type AdviceRules,
  adviceRulesSchema,
  type Condition,
  conditionOps,
  conditionSchema,
  parseAdviceKnowledge,
  type PolicyMenu,
  policyMenuSchema,
  type SimpleCondition,
} from './advice/advice-rules';
export { diagnosisFacts, type FactValue } from './advice/diagnosis-facts';
export {
  type Advice,
  type AdviceContext,
  advise,
  evaluateRule,
  type Priority,
  type Recommendation,
  type SourceCitation,
  type Trigger,
} from './advice/advise';
export {
  type AdviceLanguage,
  adviceLanguageFromHeader,
  adviceLanguages,
  type AdviceTranslation,
  type AdviceTranslations,
  adviceTranslationSchema,
  localiseAdvice,
  type LocalisedAdvice,
  localiseTrigger,
  missingTranslations,
  triggerPlaceholders,
} from './advice/localise';
export { regionIndustryMatrix, type RegionIndustryMatrix } from './mapping/region-industry-matrix';
export { type MappingWarning, mappingWarnings } from './mapping/mapping-warnings';
export {
  type DataNote,
  type DataNoteCode,
  type NoteLanguage,
  dataNote,
  listed,
  noteText,
} from './mapping/data-notes';
export {
  diversityAndUbiquity,
  locationQuotient,
  type LocationQuotientOptions,
  locationQuotientWithPresence,
  presence,
} from './mapping/location-quotient';
export { proximity, type ProximityOptions } from './mapping/proximity';
export {
  type EigenResult,
  jacobiEigen,
  secondEigenvector,
  tridiagonalTopEigen,
} from './mapping/symmetric-eigen';
export {
  economicComplexity,
  type EconomicComplexity,
  type EconomicComplexityOptions,
} from './mapping/economic-complexity';
export { complexityOutlook } from './mapping/complexity-outlook';
export { percentile } from './mapping/percentile';
export {
  type ClusterDefinition,
  clusterEmployment,
  clusterStrength,
  type ClusterStrength,
  type ClusterTable,
} from './mapping/cluster-measures';
export { growth, type Growth } from './mapping/growth';
export { regionIndices, type RegionIndices } from './mapping/specialisation';
export { similarRegions, type SimilarRegion } from './mapping/region-similarity';
export { diversificationOpportunities, type Opportunity } from './mapping/diversification-opportunities';
export { industryCommunities, type IndustryCommunities } from './mapping/industry-communities';
export {
  nearestNeighbourGraph,
  relatedIndustryClusters,
  type RelatedClusterOptions,
} from './mapping/related-industry-clusters';
export { lifeCyclePhase, type LifeCyclePhase, salmonTableColumn } from './diagnosis/life-cycle';
export { neutraliseFormula } from './formats/spreadsheet-formula';
export { type Assert, type Equal, type PlainJson } from './domain/plain-json';
export {
  collectiveEfficiencyDegreeSchema,
  collectiveEfficiencyResultSchema,
  type DiagnosisResult,
  diagnosisResultSchema,
  governanceSummarySchema,
  upgradingSummarySchema,
} from './domain/diagnosis-result';
export {
  type AdviceResult,
  adviceResultSchema,
  adviceTriggerSchema,
  recommendationSchema,
  sourceCitationSchema,
} from './domain/advice-result';
export {
  correlationSchema,
  groupAnalysisSchema,
  portfolioPointSchema,
  type PortfolioResult,
  portfolioResultSchema,
} from './domain/portfolio-result';
// --- The analysis pipelines, one entry point per method, named one by one in pipelines/index.ts (decision 073) ---
export * from './pipelines/index';
// --- EU–LAC collaboration: named one by one in collaboration/public.ts (issue 12) ---
export * from './collaboration/public';
// --- Management of a cluster organisation: strategic and action plans, indicators (issue 13 point 3) ---
export * from './management/plan-schemas';
export * from './management/plans';
