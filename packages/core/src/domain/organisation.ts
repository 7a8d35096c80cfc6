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
  governanceBodies: z.array(governanceBodySchema).default([]),
  structureType: structureTypeSchema.nullish(),
  website: httpUrlSchema.nullish(),
  email: z.email().nullish(),
  isPublic: z.boolean().default(true),
  source: z.string().max(500).nullish(),
};

export const organisationSchema = z
  .object({ ...organisationFields, createdAt: z.string(), updatedAt: z.string() })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationInputSchema = z
  .object({ ...organisationFields, id: organisationFields.id.optional() })
  .meta({ id: 'OrganisationInput' });
export type OrganisationInput = z.input<typeof organisationInputSchema>;
export type OrganisationInputParsed = z.output<typeof organisationInputSchema>;

export const organisationPatchSchema = z
  .object(organisationFields)
  .omit({ id: true })
  .partial()
  .meta({ id: 'OrganisationPatch' });
export type OrganisationPatch = z.infer<typeof organisationPatchSchema>;
