/**
 * Closed vocabularies of the polos domain (DOMAIN.md §1–3), each as a zod enum
 * so the same list gives the TypeScript type, validation and the OpenAPI document.
 */
import { z } from 'zod';
import * as lists from './vocabulary-lists';

export * from './vocabulary-lists';

export const sectorGroupSchema = z.enum(lists.sectorGroups).meta({
  id: 'SectorGroup',
  description:
    'Sector group of the IDB study (after Pavitt): traditional manufacturing, natural-resource-based, complex product systems (COPS), specialised suppliers.',
});
export type SectorGroup = z.infer<typeof sectorGroupSchema>;

export const lifeCycleStageSchema = z.enum(lists.lifeCycleStages).meta({
  id: 'LifeCycleStage',
  description: 'Life-cycle stage of a cluster (general cycle, and IDB Table 20 stages).',
});
export type LifeCycleStage = z.infer<typeof lifeCycleStageSchema>;

export const governanceTypeSchema = z.enum(lists.governanceTypes).meta({
  id: 'GovernanceType',
  description:
    "Value-chain governance (Humphrey & Schmitz): market (arm's length), network (cooperation between equals), quasi-hierarchy (a lead firm sets product and process), hierarchy (vertical integration).",
});
export type GovernanceType = z.infer<typeof governanceTypeSchema>;

export const gvcGovernanceTypeSchema = z.enum(lists.gvcGovernanceTypes).meta({ id: 'GvcGovernanceType' });
export type GvcGovernanceType = z.infer<typeof gvcGovernanceTypeSchema>;

export const endMarketSchema = z.enum(lists.endMarkets).meta({ id: 'EndMarket' });
export type EndMarket = z.infer<typeof endMarketSchema>;

export const memberKindSchema = z.enum(lists.memberKinds).meta({ id: 'MemberKind' });
export type MemberKind = z.infer<typeof memberKindSchema>;

export const sizeClassSchema = z.enum(lists.sizeClasses).meta({ id: 'SizeClass' });
export type SizeClass = z.infer<typeof sizeClassSchema>;

export const intermediaryRoleSchema = z.enum(lists.intermediaryRoles).meta({ id: 'IntermediaryRole' });
export type IntermediaryRole = z.infer<typeof intermediaryRoleSchema>;

export const legalFormSchema = z.enum(lists.legalForms).meta({ id: 'LegalForm' });
export type LegalForm = z.infer<typeof legalFormSchema>;

export const governanceBodySchema = z.enum(lists.governanceBodies).meta({ id: 'GovernanceBody' });
export type GovernanceBody = z.infer<typeof governanceBodySchema>;

export const structureTypeSchema = z.enum(lists.structureTypes).meta({ id: 'StructureType' });
export type StructureType = z.infer<typeof structureTypeSchema>;

export const roleSchema = z.enum(lists.roles).meta({ id: 'Role' });
export type Role = z.infer<typeof roleSchema>;
