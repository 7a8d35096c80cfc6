/** Query parameters of list endpoints: filters and pagination. */
import { z } from 'zod';
import { collectiveEfficiencyDegrees } from './vocabulary-lists';
import { sectorGroupSchema } from './vocabularies';
import { clusterLabelLevelSchema, collaborationOrganisationKindSchema } from '../collaboration/vocabularies';

export const paginationSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Page size, 1–500. __Default:__ 50.'),
  offset: z.coerce.number().int().min(0).default(0).describe('Rows to skip. __Default:__ 0.'),
});

export const clusterListQuerySchema = paginationSchema.extend({
  q: z.string().trim().max(200).optional().describe('Full-text search over name and location.'),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((c) => c.toUpperCase())
    .optional()
    .describe('ISO 3166-1 alpha-2 country code.'),
  sector_group: sectorGroupSchema.optional(),
  region: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe('Region code as stored on the cluster (NUTS for Europe, e.g. ES21), exact match.'),
  statistical_region: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .optional()
    .describe('The region code of the cluster’s statistical codes (ES21, 4313409, 26 …), exact match.'),
  statistical_system: z
    .string()
    .trim()
    .max(30)
    .optional()
    .describe('With `statistical_region`: its code system (nuts2, ibge-municipality, fips-state …).'),
  degree: z
    .enum(collectiveEfficiencyDegrees)
    .optional()
    .describe(
      'Degree of collective efficiency of the latest assessment (unknown items as 0, as the study); unassessed clusters are left out.',
    ),
});
export type ClusterListQuery = z.infer<typeof clusterListQuerySchema>;

export const organisationListQuerySchema = paginationSchema.extend({
  q: z.string().trim().max(200).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((c) => c.toUpperCase())
    .optional(),
  cluster_id: z.string().optional(),
  region: z.string().trim().max(300).optional().describe('Region name (case-insensitive) or NUTS 2 code.'),
  sector: z
    .string()
    .regex(/^[A-Ua-u]\d{2}$/, 'use a NACE Rev. 2 division, e.g. "C30"')
    .transform((s) => s.toUpperCase())
    .optional()
    .describe('A NACE Rev. 2 division the organisation works in.'),
  technology: z.string().trim().max(120).optional().describe('A technology (case-insensitive, whole entry).'),
  label: clusterLabelLevelSchema.optional().describe('Holds an ESCA label of this level.'),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'use an ISO 639-1 language code, e.g. "es"')
    .optional(),
  kind: collaborationOrganisationKindSchema.optional(),
  lookingForPartners: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

/** A page of results. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
