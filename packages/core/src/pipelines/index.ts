/** The analysis pipelines of @polos/core (`@polos/core/pipelines`): one entry point per method. */
export { MappingOptionsError, mapRegionIndustry, regionOpportunities } from './map-region-industry';
export {
  type MappingConventions,
  type MappingMeasure,
  mappingMeasures,
  type MapRegionIndustryOptions,
  mapRegionIndustryOptionsSchema,
} from './map-options';
export { type MapRegionIndustryHooks } from './map-phases';
export {
  mappingWarningSchema,
  type MapRegionIndustryResult,
  mapRegionIndustryResultSchema,
  clusterOpportunitySchema,
} from './map-result';
export {
  AdviceOptionsError,
  adviseCluster,
  type AdviseClusterOptions,
  adviseClusterOptionsSchema,
  type AdviseClusterResult,
  adviseClusterResultSchema,
  assessmentScores,
  diagnoseCluster,
  type DiagnoseClusterOptions,
  diagnoseClusterOptionsSchema,
} from './advise-cluster';
export {
  type AssessmentIndices,
  assessmentIndices,
  portfolioAnalysis,
  type PortfolioAnalysisCluster,
  type PortfolioAnalysisOptions,
  portfolioAnalysisOptionsSchema,
  PortfolioOptionsError,
} from './portfolio-analysis';
export {
  networkBackbone,
  type NetworkBackboneOptions,
  type NetworkLink,
  NetworkOptionsError,
} from './network';
export {
  parsePolicyKnowledge,
  type PolicyKnowledge,
  type PolicyKnowledgeFiles,
  policyKnowledgeSchema,
} from '../advice/knowledge-schema';
