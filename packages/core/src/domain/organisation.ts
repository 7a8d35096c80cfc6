/**
 * Cluster initiative / cluster management organisation (CMO): the organised body that
 * manages a cluster (DOMAIN.md §1; EU-LAC report §6).
 */
import { z } from 'zod';
import { countryCodeSchema, httpUrlSchema, slugSchema, yearSchema } from './common';
import { governanceBodySchema, legalFormSchema, structureTypeSchema } from './vocabularies';
import { collaborationProfileSchema, wiodSectorSchema } from '../collaboration/profile';
import { collaborationOrganisationKindSchema } from '../collaboration/vocabularies';
import { seedSectorGroups } from '../collaboration/organisation-rows';

/** draft → submitted (by who acts for it) → published (by admins and analysts); decision 076. */
export const publicationStatuses = ['draft', 'submitted', 'published'] as const;
export const publicationStatusSchema = z.enum(publicationStatuses).meta({ id: 'PublicationStatus' });
export type PublicationStatus = z.infer<typeof publicationStatusSchema>;

const profile = collaborationProfileSchema.shape;

/** The collaboration profile (issue 12 point 1), one definition: core/src/collaboration/profile.ts. */
const directoryFields = {
  kind: collaborationOrganisationKindSchema.nullish(),
  region: z.string().trim().max(300).nullish().describe('The region, as named (free text).'),
  nuts2: z
    .string()
    .regex(/^[A-Z]{2}[0-9A-Z]{2}$/, 'use a NUTS 2 code, e.g. "ES21"')
    .nullish()
    .describe('NUTS 2 (EU) or an equivalent region code.'),
  sectorDescription: z
    .string()
    .trim()
    .max(300)
    .nullish()
    .describe('The sector in words, as the organisation puts it.'),
  sectorGroup: z
    .enum(seedSectorGroups)
    .nullish()
    .describe('The IDB sector group, or `services` / `other` (as in the EU–LAC dataset).'),
  naceDivisions: profile.naceDivisions,
  wiodSectors: z.array(wiodSectorSchema).describe('WIOD 2016 sectors (for input–output complementarity).'),
  technologies: profile.technologies,
  valueChainPositions: profile.valueChainPositions,
  smartSpecialisationPriorities: profile.smartSpecialisationPriorities,
  targetMarkets: profile.targetMarkets,
  languages: profile.languages,
  labels: profile.labels,
  members: profile.members,
  lookingForPartners: profile.lookingForPartners,
  recognisedByProgramme: profile.recognisedByProgramme.optional(),
  visibleActivity: profile.visibleActivity.optional(),
  newlyFounded: z.boolean().describe('Newly founded: the ECCP criteria wait.'),
};
const directoryDefaults = {
  naceDivisions: directoryFields.naceDivisions.default([]),
  wiodSectors: directoryFields.wiodSectors.default([]),
  technologies: directoryFields.technologies.default([]),
  valueChainPositions: directoryFields.valueChainPositions.default([]),
  smartSpecialisationPriorities: directoryFields.smartSpecialisationPriorities.default([]),
  targetMarkets: directoryFields.targetMarkets.default([]),
  languages: directoryFields.languages.default([]),
  labels: directoryFields.labels.default([]),
  members: directoryFields.members.default([]),
  lookingForPartners: directoryFields.lookingForPartners.default(false),
  newlyFounded: directoryFields.newlyFounded.default(false),
};

const organisationFields = {
  id: slugSchema,
  clusterId: slugSchema.nullish().describe('The cluster this organisation manages.'),
  name: z.string().trim().min(2).max(200),
  acronym: z.string().max(40).nullish(),
  country: countryCodeSchema,
  legalForm: legalFormSchema.nullish(),
  founded: yearSchema.nullish().describe('Year founded.'),
  staffFte: z.number().min(0).max(10000).nullish().describe('Staff in full-time equivalents.'),
  governanceBodies: z.array(governanceBodySchema),
  structureType: structureTypeSchema.nullish(),
  website: httpUrlSchema.nullish(),
  email: z.email().nullish(),
  isPublic: z.boolean().describe('Visible to anonymous users.'),
  source: z.string().max(500).nullish(),
  ...directoryFields,
};

export const organisationSchema = z
  .object({
    ...organisationFields,
    publicationStatus: publicationStatusSchema.describe(
      'Anonymous users see only published public organisations.',
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

/** What a client sends to create an organisation. Only creation has defaults (public, no governance bodies). */
export const organisationInputSchema = z
  .object({
    ...organisationFields,
    id: organisationFields.id.optional(),
    governanceBodies: organisationFields.governanceBodies.default([]),
    ...directoryDefaults,
    publicationStatus: publicationStatusSchema
      .optional()
      .describe(
        'Admins and analysts may create a published organisation (their default); others create drafts.',
      ),
    isPublic: organisationFields.isPublic
      .default(true)
      .describe('Visible to anonymous users. __Default:__ `true`.'),
  })
  .meta({ id: 'OrganisationInput' });
export type OrganisationInput = z.input<typeof organisationInputSchema>;
export type OrganisationInputParsed = z.output<typeof organisationInputSchema>;

/** A partial update (`PATCH`) with **no defaults**: a field not sent is not touched. */
export const organisationPatchSchema = z
  .object(organisationFields)
  .omit({ id: true })
  .partial()
  .meta({ id: 'OrganisationPatch' });
export type OrganisationPatch = z.infer<typeof organisationPatchSchema>;
