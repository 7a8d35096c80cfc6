/**
 * Cooperation programmes and funding instruments (seeded from
 * data/eu-lac-collaboration/cooperation_programmes.csv) and their calls (issue 12 point 6).
 */
import { z } from 'zod';
import { countryCodeSchema, httpUrlSchema, slugSchema } from '../domain/common';
import { programmeLevelSchema, programmeTargetSchema } from './vocabularies';

export const programmeSchema = z
  .object({
    id: slugSchema,
    name: z.string().trim().min(2).max(300),
    acronym: z.string().max(60).nullable(),
    funder: z.string().max(1000).nullable(),
    period: z.string().max(300).nullable().describe('As printed.'),
    targets: z.array(programmeTargetSchema),
    what: z.string().max(2000).nullable(),
    countriesRegions: z.string().max(1000).nullable().describe('As printed.'),
    level: programmeLevelSchema,
    source: z.string().max(3000).nullable(),
    notes: z.string().max(2000).nullable(),
  })
  .meta({ id: 'Programme' });
export type Programme = z.infer<typeof programmeSchema>;

export const programmeCallSchema = z
  .object({
    id: slugSchema,
    programmeId: slugSchema,
    title: z.string().trim().min(3).max(300),
    opensOn: z.iso.date({ error: 'use a date as YYYY-MM-DD' }).nullable(),
    deadline: z.iso.datetime({
      offset: true,
      error: 'use a date and time with its offset, e.g. 2027-03-01T17:00:00+01:00',
    }),
    eligibleCountries: z.array(countryCodeSchema).describe('Empty: not restricted by country.'),
    url: httpUrlSchema.nullable(),
  })
  .meta({ id: 'ProgrammeCall' });
export type ProgrammeCall = z.infer<typeof programmeCallSchema>;

/** Whether an organisation of `country` may apply (an empty list restricts nobody). */
export function isEligibleForCall(call: Pick<ProgrammeCall, 'eligibleCountries'>, country: string): boolean {
  return call.eligibleCountries.length === 0 || call.eligibleCountries.includes(country);
}
