/**
 * Closed vocabularies of EU–LAC collaboration (issue 12; DOMAIN.md §7): cooperation
 * agreements (the register of the EU-LAC report, data/eu-lac-collaboration), partner-search
 * posts (ECCP, Enterprise Europe Network), cluster labels (ESCA) and value-chain positions.
 * Each list gives a zod enum and labels in English, Spanish and Portuguese (the labels are
 * data: labels/vocabulary-labels.json).
 */
import { z } from 'zod';
import * as lists from '../domain/vocabulary-lists';
import labels from './labels/vocabulary-labels.json';
import {
  clusterLabelLevels,
  collaborationOrganisationKinds,
  partnerSearchKinds,
} from '../domain/vocabulary-lists';

export { clusterLabelLevels, collaborationOrganisationKinds, partnerSearchKinds };

export {
  agreementInstruments,
  agreementScopes,
  agreementStatuses,
  programmeLevels,
  programmeTargets,
  sectorRelations,
} from '../domain/vocabulary-lists';

export const collaborationLanguages = ['en', 'es', 'pt'] as const;
export type CollaborationLanguage = (typeof collaborationLanguages)[number];
export const collaborationLanguageSchema = z.enum(collaborationLanguages);

/** A label in the three languages of polos. */
export type Label = Readonly<Record<CollaborationLanguage, string>>;

export const agreementScopeSchema = z.enum(lists.agreementScopes).meta({ id: 'AgreementScope' });
export type AgreementScope = z.infer<typeof agreementScopeSchema>;

/** The report's framing (§7.3.1–7.3.2); the CSV writes `cross_sector_complementary`. */
export const sectorRelationSchema = z.enum(lists.sectorRelations).meta({ id: 'SectorRelation' });
export type SectorRelation = z.infer<typeof sectorRelationSchema>;

export const agreementInstrumentSchema = z
  .enum(lists.agreementInstruments)
  .meta({ id: 'AgreementInstrument' });
export type AgreementInstrument = z.infer<typeof agreementInstrumentSchema>;

export const agreementStatusSchema = z.enum(lists.agreementStatuses).meta({ id: 'AgreementStatus' });
export type AgreementStatus = z.infer<typeof agreementStatusSchema>;

/** Enterprise Europe Network: an offer or a request ("which way does the money flow"). */
export const partnerSearchDirections = ['offer', 'request'] as const;
export const partnerSearchDirectionSchema = z
  .enum(partnerSearchDirections)
  .meta({ id: 'PartnerSearchDirection' });
export type PartnerSearchDirection = z.infer<typeof partnerSearchDirectionSchema>;

export const partnerSearchKindSchema = z.enum(partnerSearchKinds).meta({ id: 'PartnerSearchKind' });
export type PartnerSearchKind = z.infer<typeof partnerSearchKindSchema>;

export const partnerSearchStatuses = ['open', 'matched', 'closed'] as const;
export const partnerSearchStatusSchema = z.enum(partnerSearchStatuses).meta({ id: 'PartnerSearchStatus' });
export type PartnerSearchStatus = z.infer<typeof partnerSearchStatusSchema>;

/** European Secretariat for Cluster Analysis (ESCA) cluster management excellence labels. */
export const clusterLabelLevelSchema = z.enum(clusterLabelLevels).meta({ id: 'ClusterLabelLevel' });
export type ClusterLabelLevel = z.infer<typeof clusterLabelLevelSchema>;

/**
 * Positions along a value chain, upstream to downstream; `research_and_development` and
 * `services` are support functions that are not on the line (docs/methods/matchmaking.md).
 */
export const valueChainPositions = [
  'raw_materials',
  'processing',
  'components',
  'assembly',
  'distribution',
  'end_use',
  'research_and_development',
  'services',
] as const;
export const valueChainPositionSchema = z.enum(valueChainPositions).meta({ id: 'ValueChainPosition' });
export type ValueChainPosition = z.infer<typeof valueChainPositionSchema>;

export const programmeLevelSchema = z.enum(lists.programmeLevels).meta({ id: 'ProgrammeLevel' });
export type ProgrammeLevel = z.infer<typeof programmeLevelSchema>;

export const programmeTargetSchema = z.enum(lists.programmeTargets).meta({ id: 'ProgrammeTarget' });
export type ProgrammeTarget = z.infer<typeof programmeTargetSchema>;

export const collaborationOrganisationKindSchema = z
  .enum(collaborationOrganisationKinds)
  .meta({ id: 'CollaborationOrganisationKind' });
export type CollaborationOrganisationKind = z.infer<typeof collaborationOrganisationKindSchema>;

export const scopeLabels: Record<AgreementScope, Label> = labels.scopeLabels;

export const sectorRelationLabels: Record<SectorRelation, Label> = labels.sectorRelationLabels;

export const instrumentLabels: Record<AgreementInstrument, Label> = labels.instrumentLabels;

export const agreementStatusLabels: Record<AgreementStatus, Label> = labels.agreementStatusLabels;

export const partnerSearchDirectionLabels: Record<PartnerSearchDirection, Label> =
  labels.partnerSearchDirectionLabels;

export const partnerSearchKindLabels: Record<PartnerSearchKind, Label> = labels.partnerSearchKindLabels;

export const clusterLabelLevelLabels: Record<ClusterLabelLevel, Label> = labels.clusterLabelLevelLabels;

export const valueChainPositionLabels: Record<ValueChainPosition, Label> = labels.valueChainPositionLabels;
