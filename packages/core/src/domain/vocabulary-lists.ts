/**
 * The controlled vocabularies of polos as plain lists, without zod, so the web app can use
 * them at run time (`@polos/core/vocabulary-lists`) without bundling the schemas. The zod
 * enums are in vocabularies.ts.
 */
/**
 * Sector groups of the IDB study (Pietrobelli & Rabellotti 2004, ch. 2, after Pavitt 1984).
 * Spelling follows the study's data files (`specialized_suppliers`).
 */
export const sectorGroups = [
  'traditional_manufacturing',
  'natural_resource_based',
  'complex_product_systems',
  'specialized_suppliers',
] as const;

/**
 * Degrees of collective efficiency (Pietrobelli & Rabellotti 2004: ICE ≥ 9.5 high, ≤ 5
 * low; docs/methods/diagnosis.md), highest first.
 */
export const collectiveEfficiencyDegrees = ['high', 'medium', 'low'] as const;

/**
 * Life-cycle stages: the general cycle (emergence, growth, maturity, decline, renewal)
 * and the stages of the Chilean salmon cluster in the IDB study, Table 20
 * (initial learning → maturing → globalisation).
 */
export const lifeCycleStages = [
  'emergence',
  'initial_learning',
  'growth',
  'maturing',
  'maturity',
  'globalisation',
  'decline',
  'renewal',
] as const;

/** Value-chain governance after Humphrey & Schmitz (2002), as used by the IDB study. */
export const governanceTypes = ['market', 'network', 'quasi_hierarchy', 'hierarchy'] as const;

/** The five-type typology of Gereffi, Humphrey & Sturgeon (2005). */
export const gvcGovernanceTypes = ['market', 'modular', 'relational', 'captive', 'hierarchy'] as const;

/** End market of a value chain. */
export const endMarkets = ['local', 'national', 'regional', 'global'] as const;

/** Kinds of cluster member (DOMAIN.md §1). */
export const memberKinds = [
  'firm',
  'university',
  'research_centre',
  'technology_centre',
  'training_centre',
  'government_body',
  'business_association',
  'financial_institution',
  'other_intermediary',
] as const;

/** Firm size classes (EU Recommendation 2003/361/EC: micro < 10, small < 50, medium < 250 employees). */
export const sizeClasses = ['micro', 'small', 'medium', 'large'] as const;

/**
 * Roles a knowledge intermediary plays in a cluster (Ramirez, SPRU; Grimbert et al.,
 * Competitiveness Review).
 */
export const intermediaryRoles = [
  'knowledge_transfer',
  'knowledge_diffusion',
  'joint_investment',
  'network_building',
  'inclusion_of_small_firms',
  'agenda_setting',
] as const;

/** Legal forms of a cluster management organisation. */
export const legalForms = [
  'association',
  'foundation',
  'company',
  'public_body',
  'consortium',
  'other',
] as const;

/** Governance bodies of a cluster organisation (EU-LAC report §6). */
export const governanceBodies = ['general_assembly', 'board', 'management_core', 'advisory_board'] as const;

/**
 * Structure types of cluster organisations (EU-LAC report): a window for public
 * programmes, a secretariat relying on public funds, or a connector to non-specific programmes.
 */
export const structureTypes = [
  'public_programme_window',
  'public_funded_secretariat',
  'connector_to_non_specific_programmes',
] as const;

/** Platform roles (foundation issue): see docs/security.md. */
export const roles = ['admin', 'analyst', 'cluster_manager', 'coordinator', 'viewer'] as const;

/** Organisation kinds of the EU–LAC collaboration data (its PROVENANCE.md §3.1 gives the rules). */
export const collaborationOrganisationKinds = [
  'cluster_organisation',
  'cluster_initiative',
  'national_cluster_network',
  'technology_centre',
  'public_agency',
  'programme_body',
  'other',
] as const;

/** ESCA cluster management labels (European Secretariat for Cluster Analysis). */
export const clusterLabelLevels = ['bronze', 'silver', 'gold'] as const;

/** What a partner-search post offers or asks for (ECCP, Enterprise Europe Network). */
export const partnerSearchKinds = ['technology', 'business', 'rnd', 'supplier', 'training'] as const;
/** Cooperation agreements (issue 12 point 5; zod enums and labels in collaboration/vocabularies.ts). */
export const agreementScopes = ['local_national', 'international'] as const;
export const sectorRelations = [
  'same_sector',
  'cross_sector_complementarity',
  'same_value_chain',
  'policy_level',
] as const;
export const agreementInstruments = [
  'mou',
  'collaboration_agreement',
  'joint_project',
  'programme',
  'mission',
  'exchange',
  'other',
] as const;
export const agreementStatuses = ['in_preparation', 'signed', 'active', 'completed', 'lapsed'] as const;
/** Kinds of an agreement's later outcome (POST /api/agreements/{id}/outcomes). */
export const agreementOutcomeKinds = [
  'meeting',
  'joint_project',
  'funding',
  'commercial_agreement',
  'publication',
  'other',
] as const;

/** A matchmaking event's status (issue 12 point 4; decision 078): drafts are seen only by who edits them. */
export const eventStatuses = ['draft', 'open', 'closed'] as const;

/** Cooperation programmes (issue 12 point 6). */
export const programmeLevels = [
  'eu_lac',
  'ibero_american',
  'eu',
  'bilateral',
  'multilateral',
  'national',
  'subnational',
] as const;
export const programmeTargets = ['clusters', 'regions', 'SMEs', 'research', 'policy'] as const;

/**
 * Whose scores an assessment holds (issue 15; decision 100): the study's published scores,
 * an expert's (an analyst or consultant), the cluster's own self-assessment, or a survey of
 * its firms. The portfolio and the sector-group averages choose which kinds they use.
 */
export const assessmentKinds = ['published_study', 'expert', 'self_assessment', 'survey'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];
/**
 * The kinds the portfolio and the sector-group averages use unless asked otherwise: a
 * self-assessment or a survey never silently replaces the study's or an expert's score
 * (decision 100).
 */
export const defaultAnalysisKinds: readonly AssessmentKind[] = ['published_study', 'expert'];

/**
 * How much of an assessment's date is known: the `day`, or only the `year` (stored as
 * January 1 of that year, shown as the year alone; the study's scores carry its year).
 */
export const datePrecisions = ['year', 'day'] as const;
export type DatePrecision = (typeof datePrecisions)[number];
