/**
 * A partner-search post (issue 12 point 2): an offer or a request of a kind (Enterprise
 * Europe Network's technology / business / R&D offers and requests, plus supplier and
 * training), with the sectors and countries sought and an expiry date that can be renewed.
 */
import { z } from 'zod';
import { countryCodeSchema, slugSchema } from '../domain/common';
import { naceDivisionSchema } from './profile';
import {
  partnerSearchDirectionSchema,
  partnerSearchKindSchema,
  partnerSearchStatusSchema,
} from './vocabularies';

const isoDateSchema = z.iso.date({ error: 'use a date as YYYY-MM-DD' });

export const partnerSearchPostSchema = z
  .object({
    id: slugSchema,
    organisationId: slugSchema.describe('The organisation that posts.'),
    direction: partnerSearchDirectionSchema,
    kind: partnerSearchKindSchema,
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().min(1).max(5000),
    sectors: z.array(naceDivisionSchema).describe('NACE Rev. 2 divisions sought or offered.'),
    countriesSought: z.array(countryCodeSchema).describe('Empty: any country.'),
    language: z.enum(['en', 'es', 'pt']),
    publishedOn: isoDateSchema,
    expiresOn: isoDateSchema,
    status: partnerSearchStatusSchema,
  })
  .refine((p) => p.expiresOn >= p.publishedOn, {
    message: 'expiresOn is before publishedOn',
    path: ['expiresOn'],
  })
  .meta({ id: 'PartnerSearchPost' });
export type PartnerSearchPost = z.infer<typeof partnerSearchPostSchema>;

/** Open and not expired on `today` (YYYY-MM-DD; the caller passes the date, core reads no clock). */
export function isPartnerSearchOpen(
  post: Pick<PartnerSearchPost, 'status' | 'expiresOn'>,
  today: string,
): boolean {
  return post.status === 'open' && post.expiresOn >= today;
}
