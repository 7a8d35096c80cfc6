/**
 * Cluster initiative / cluster management organisation (CMO): the organised body that
 * manages a cluster (DOMAIN.md §1; EU-LAC report §6).
 */
import { z } from 'zod';
import { countryCodeSchema, httpUrlSchema, slugSchema, yearSchema } from './common';
import { governanceBodySchema, legalFormSchema, structureTypeSchema } from './vocabularies';

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
};

export const organisationSchema = z
  .object({ ...organisationFields, createdAt: z.string(), updatedAt: z.string() })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

/** What a client sends to create an organisation. Only creation has defaults (public, no governance bodies). */
export const organisationInputSchema = z
  .object({
    ...organisationFields,
    id: organisationFields.id.optional(),
    governanceBodies: organisationFields.governanceBodies.default([]),
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
