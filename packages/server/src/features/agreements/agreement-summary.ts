/**
 * The "mapping, balance and systematisation" of the register (EU-LAC report §8.2): counts by
 * country pair, sector relation, instrument, scope and start year, and the map of links
 * (registered parties as nodes, one edge per pair of parties of an agreement). Pure.
 */
import type { AgreementRecord, PartyOrganisation } from '@polos/store';
import { z } from 'zod';

const countSchema = z.object({ key: z.string(), count: z.number().int() });

export const agreementSummarySchema = z
  .object({
    total: z.number().int(),
    byCountryPair: z
      .array(z.object({ countries: z.array(z.string()), count: z.number().int() }))
      .describe(
        'Each unordered pair of distinct countries among an agreement’s registered parties, once per agreement; [c, c] when all are in c. Agreements without a registered party are left out.',
      ),
    bySectorRelation: z.array(countSchema).describe('`unknown` when the register does not say.'),
    byInstrument: z.array(countSchema),
    byScope: z.array(countSchema),
    byYear: z
      .array(z.object({ year: z.number().int().nullable(), count: z.number().int() }))
      .describe('By start year; null when the register gives no year.'),
  })
  .meta({ id: 'AgreementSummary' });
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;

export const agreementLinksSchema = z
  .object({
    nodes: z.array(z.object({ id: z.string(), name: z.string(), country: z.string() })),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        agreementId: z.string(),
        instrument: z.string(),
        sectorRelation: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'AgreementLinks' });
export type AgreementLinks = z.infer<typeof agreementLinksSchema>;

function tally(keys: string[]): Array<{ key: string; count: number }> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The registered parties' ids of an agreement, each once, in order. */
const partyIds = (a: AgreementRecord): string[] => [
  ...new Set(a.parties.flatMap((p) => (p.organisationId === null ? [] : [p.organisationId]))),
];

export function summariseAgreements(
  agreements: readonly AgreementRecord[],
  organisations: readonly PartyOrganisation[],
): AgreementSummary {
  const countryOf = new Map(organisations.map((o) => [o.id, o.country]));
  const pairs: string[] = [];
  for (const a of agreements) {
    const countries = [...new Set(partyIds(a).flatMap((id) => countryOf.get(id) ?? []))].sort();
    if (countries.length === 1) pairs.push(`${countries[0]}|${countries[0]}`);
    for (let i = 0; i < countries.length; i++)
      for (let j = i + 1; j < countries.length; j++) pairs.push(`${countries[i]}|${countries[j]}`);
  }
  const years = new Map<number | null, number>();
  for (const a of agreements) years.set(a.startYear, (years.get(a.startYear) ?? 0) + 1);
  return {
    total: agreements.length,
    byCountryPair: tally(pairs).map(({ key, count }) => ({ countries: key.split('|'), count })),
    bySectorRelation: tally(agreements.map((a) => a.sectorRelation ?? 'unknown')),
    byInstrument: tally(agreements.map((a) => a.instrument)),
    byScope: tally(agreements.map((a) => a.scope)),
    byYear: [...years]
      .map(([year, count]) => ({ year, count }))
      .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity)),
  };
}

export function agreementLinks(
  agreements: readonly AgreementRecord[],
  organisations: readonly PartyOrganisation[],
): AgreementLinks {
  const edges: AgreementLinks['edges'] = [];
  for (const a of agreements) {
    const ids = partyIds(a);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        edges.push({
          source: ids[i]!,
          target: ids[j]!,
          agreementId: a.id,
          instrument: a.instrument,
          sectorRelation: a.sectorRelation,
        });
  }
  return { nodes: [...organisations], edges };
}
