/**
 * Closed vocabularies of the polos domain (DOMAIN.md §1–3), each as a zod enum
 * so the same list gives the TypeScript type, validation and the OpenAPI document.
 */
import { z } from 'zod';

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
export const sectorGroupSchema = z.enum(sectorGroups).meta({
  id: 'SectorGroup',
  description:
    'Sector group of the IDB study (after Pavitt): traditional manufacturing, natural-resource-based, complex product systems (COPS), specialised suppliers.',
});
export type SectorGroup = z.infer<typeof sectorGroupSchema>;

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
export const lifeCycleStageSchema = z.enum(lifeCycleStages).meta({
  id: 'LifeCycleStage',
  description: 'Life-cycle stage of a cluster (general cycle, and IDB Table 20 stages).',
});
export type LifeCycleStage = z.infer<typeof lifeCycleStageSchema>;

/** Value-chain governance after Humphrey & Schmitz (2002), as used by the IDB study. */
export const governanceTypes = ['market', 'network', 'quasi_hierarchy', 'hierarchy'] as const;
export const governanceTypeSchema = z.enum(governanceTypes).meta({
  id: 'GovernanceType',
  description:
    "Value-chain governance (Humphrey & Schmitz): market (arm's length), network (cooperation between equals), quasi-hierarchy (a lead firm sets product and process), hierarchy (vertical integration).",
});
export type GovernanceType = z.infer<typeof governanceTypeSchema>;

/** The five-type typology of Gereffi, Humphrey & Sturgeon (2005). */
export const gvcGovernanceTypes = ['market', 'modular', 'relational', 'captive', 'hierarchy'] as const;
export const gvcGovernanceTypeSchema = z.enum(gvcGovernanceTypes).meta({ id: 'GvcGovernanceType' });
export type GvcGovernanceType = z.infer<typeof gvcGovernanceTypeSchema>;

/** End market of a value chain. */
export const endMarkets = ['local', 'national', 'regional', 'global'] as const;
export const endMarketSchema = z.enum(endMarkets).meta({ id: 'EndMarket' });
export type EndMarket = z.infer<typeof endMarketSchema>;

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
export const memberKindSchema = z.enum(memberKinds).meta({ id: 'MemberKind' });
export type MemberKind = z.infer<typeof memberKindSchema>;

/** Firm size classes (EU Recommendation 2003/361/EC: micro < 10, small < 50, medium < 250 employees). */
export const sizeClasses = ['micro', 'small', 'medium', 'large'] as const;
export const sizeClassSchema = z.enum(sizeClasses).meta({ id: 'SizeClass' });
export type SizeClass = z.infer<typeof sizeClassSchema>;

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
export const intermediaryRoleSchema = z.enum(intermediaryRoles).meta({ id: 'IntermediaryRole' });
export type IntermediaryRole = z.infer<typeof intermediaryRoleSchema>;

/** Legal forms of a cluster management organisation. */
export const legalForms = [
  'association',
  'foundation',
  'company',
  'public_body',
  'consortium',
  'other',
] as const;
export const legalFormSchema = z.enum(legalForms).meta({ id: 'LegalForm' });
export type LegalForm = z.infer<typeof legalFormSchema>;

/** Governance bodies of a cluster organisation (EU-LAC report §6). */
export const governanceBodies = ['general_assembly', 'board', 'management_core', 'advisory_board'] as const;
export const governanceBodySchema = z.enum(governanceBodies).meta({ id: 'GovernanceBody' });
export type GovernanceBody = z.infer<typeof governanceBodySchema>;

/**
 * Structure types of cluster organisations (EU-LAC report): a window for public
 * programmes, a secretariat relying on public funds, or a connector to non-specific programmes.
 */
export const structureTypes = [
  'public_programme_window',
  'public_funded_secretariat',
  'connector_to_non_specific_programmes',
] as const;
export const structureTypeSchema = z.enum(structureTypes).meta({ id: 'StructureType' });
export type StructureType = z.infer<typeof structureTypeSchema>;

/** Platform roles (foundation issue): see docs/security.md. */
export const roles = ['admin', 'analyst', 'cluster_manager', 'viewer'] as const;
export const roleSchema = z.enum(roles).meta({ id: 'Role' });
export type Role = z.infer<typeof roleSchema>;
