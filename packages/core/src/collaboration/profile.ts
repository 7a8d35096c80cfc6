/**
 * The collaboration profile of a cluster organisation (issue 12 point 1): the fields the
 * European Cluster Collaboration Platform (ECCP) shows and validates, and what
 * matchmaking reads (sectors, value-chain positions, smart-specialisation priorities,
 * target markets, languages). It extends the organisation record of
 * packages/core/src/domain/organisation.ts; the store keeps them together later.
 */
import { z } from 'zod';
import { countryCodeSchema, slugSchema, yearSchema } from '../domain/common';
import { legalFormSchema, memberKindSchema, sizeClassSchema } from '../domain/vocabularies';
import { clusterLabelLevelSchema, valueChainPositionSchema } from './vocabularies';

/** A NACE Rev. 2 division with its section letter, as in data/wiod-2016-niot/wiod_sectors.csv: `C30`. */
export const naceDivisionSchema = z
  .string()
  .regex(/^[A-U]\d{2}$/, 'use a NACE Rev. 2 division with its section letter, e.g. "C30"');

/** A WIOD 2016 sector code (56 sectors), e.g. `C30`, `J62_J63`, `C10-C12`, `F`. */
export const wiodSectorSchema = z
  .string()
  .regex(
    /^(?:[A-U](?:\d{2}(?:[-_][A-U]?\d{2})?)?|R_S)$/,
    'use a WIOD 2016 sector code, e.g. "C30" or "J62_J63"',
  );

/** An ISO 639-1 language code in lower case (`es`, `pt`, `eu`). */
export const languageCodeSchema = z.string().regex(/^[a-z]{2}$/, 'use an ISO 639-1 language code, e.g. "es"');

export const clusterLabelSchema = z
  .object({
    level: clusterLabelLevelSchema,
    awardedOn: z.iso.date({ error: 'use a date as YYYY-MM-DD' }),
    validUntil: z.iso.date({ error: 'use a date as YYYY-MM-DD' }),
  })
  .refine((l) => l.validUntil >= l.awardedOn, {
    message: 'validUntil is before awardedOn',
    path: ['validUntil'],
  })
  .meta({ id: 'ClusterLabel' });
export type ClusterLabel = z.infer<typeof clusterLabelSchema>;

/** Members counted by kind and size class (e.g. 40 small firms, 3 universities). */
export const memberCountSchema = z
  .object({
    kind: memberKindSchema,
    sizeClass: sizeClassSchema.nullable().describe('Null for members that are not firms or of unknown size.'),
    count: z.number().int().min(0).max(1_000_000),
  })
  .meta({ id: 'MemberCount' });
export type MemberCount = z.infer<typeof memberCountSchema>;

export const collaborationProfileSchema = z
  .object({
    organisationId: slugSchema,
    legalForm: legalFormSchema.nullable(),
    founded: yearSchema.nullable(),
    staffFte: z
      .number()
      .min(0)
      .max(10_000)
      .nullable()
      .describe('Cluster management staff in full-time equivalents.'),
    members: z.array(memberCountSchema),
    naceDivisions: z.array(naceDivisionSchema),
    technologies: z.array(z.string().trim().min(1).max(120)),
    valueChainPositions: z.array(valueChainPositionSchema),
    smartSpecialisationPriorities: z
      .array(z.string().trim().min(1).max(120))
      .describe('Codes of the regional RIS3 priorities (e.g. NACE codes or EU S3 priority domains).'),
    targetMarkets: z.array(countryCodeSchema),
    languages: z.array(languageCodeSchema),
    labels: z.array(clusterLabelSchema),
    lookingForPartners: z.boolean(),
    recognisedByProgramme: z
      .string()
      .max(300)
      .nullable()
      .describe('The regional or national programme that recognises the organisation, if any.'),
    visibleActivity: z
      .boolean()
      .nullable()
      .describe('Whether the organisation shows activity (website, news, events); null if not checked.'),
  })
  .meta({ id: 'CollaborationProfile' });
export type CollaborationProfile = z.infer<typeof collaborationProfileSchema>;

/** A label that is valid on `today` (YYYY-MM-DD, passed by the caller). */
export function validLabels(labels: readonly ClusterLabel[], today: string): ClusterLabel[] {
  return labels.filter((l) => l.awardedOn <= today && today <= l.validUntil);
}
