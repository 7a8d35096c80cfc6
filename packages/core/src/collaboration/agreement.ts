/**
 * A cooperation agreement between clusters, regions or organisations (issue 12 point 5;
 * DOMAIN.md §7): the register the EU-LAC report asks for ("mapping, balance and
 * systematisation", §8.2), seeded from data/eu-lac-collaboration/cooperation_agreements.csv.
 */
import { z } from 'zod';
import { slugSchema, yearSchema } from '../domain/common';
import {
  agreementInstrumentSchema,
  agreementScopeSchema,
  agreementStatusSchema,
  sectorRelationSchema,
} from './vocabularies';

const isoDateSchema = z.iso.date({ error: 'use a date as YYYY-MM-DD' });

/** A party: a registered organisation (`organisationId`), or one described but not named. */
export const agreementPartySchema = z
  .object({
    organisationId: slugSchema.nullable(),
    description: z.string().trim().min(1).max(300).nullable(),
  })
  .refine((p) => p.organisationId !== null || p.description !== null, {
    message: 'a party needs an organisationId or a description',
  })
  .meta({ id: 'AgreementParty' });
export type AgreementParty = z.infer<typeof agreementPartySchema>;

/** A sponsor as printed, with its organisation id when the sponsor is registered. */
export const agreementSponsorSchema = z
  .object({ organisationId: slugSchema.nullable(), asPrinted: z.string().trim().min(1).max(500) })
  .meta({ id: 'AgreementSponsor' });
export type AgreementSponsor = z.infer<typeof agreementSponsorSchema>;

/** An outcome at a point in time (a meeting held, a project funded, a commercial agreement). */
export const agreementOutcomeSchema = z
  .object({
    date: isoDateSchema.nullable(),
    year: yearSchema.nullable(),
    description: z.string().trim().min(1).max(2000),
  })
  .meta({ id: 'AgreementOutcome' });
export type AgreementOutcome = z.infer<typeof agreementOutcomeSchema>;

export const cooperationAgreementSchema = z
  .object({
    id: slugSchema,
    parties: z.array(agreementPartySchema).min(1, 'an agreement has at least one party'),
    scope: agreementScopeSchema,
    sectorRelation: sectorRelationSchema.nullable().describe('Null when the sectors are unknown.'),
    instrument: agreementInstrumentSchema,
    objectives: z.string().max(2000).nullable(),
    areas: z.array(z.string().trim().min(1).max(200)),
    sponsors: z.array(agreementSponsorSchema),
    startYear: yearSchema.nullable(),
    endYear: yearSchema.nullable(),
    yearAsPrinted: z.string().max(40).nullable().describe('The year or period as the source prints it.'),
    signedOn: isoDateSchema.nullable(),
    endsOn: isoDateSchema.nullable(),
    status: agreementStatusSchema.nullable().describe('Null when the source states it only in words.'),
    statusAsReported: z.string().max(500).nullable(),
    outcomes: z.array(agreementOutcomeSchema),
    source: z.string().max(2000).nullable(),
    notes: z.string().max(2000).nullable(),
  })
  .refine((a) => a.startYear === null || a.endYear === null || a.endYear >= a.startYear, {
    message: 'endYear is before startYear',
    path: ['endYear'],
  })
  .meta({ id: 'CooperationAgreement' });
export type CooperationAgreement = z.infer<typeof cooperationAgreementSchema>;

/** The registered organisations an agreement links (named parties only, each once). */
export function agreementOrganisationIds(agreement: Pick<CooperationAgreement, 'parties'>): string[] {
  const ids: string[] = [];
  for (const p of agreement.parties) {
    if (p.organisationId !== null && !ids.includes(p.organisationId)) ids.push(p.organisationId);
  }
  return ids;
}
