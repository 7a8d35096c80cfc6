/**
 * The collective shared value a cluster organisation creates (issue 13 point 5; decision 086;
 * docs/methods/shared-value.md). After Grimbert, Wilson, Amores Bravo & Pezzi (Competitiveness
 * Review: cluster management organisations as intermediaries for their members' shared
 * value): the societal challenges the cluster takes on, the collective capabilities it
 * builds, and its economic, social and environmental impacts by year; after Ramirez (SPRU,
 * 2011; data/eu-lac-collaboration source 000, policy_recommendations.csv rec-082): the five
 * roles of a knowledge intermediary, each with what the organisation did. Pure functions.
 */
import { z } from 'zod';
import type { Label } from '../collaboration/vocabularies';
import { yearSchema } from '../domain/common';
import { leastSquaresSlope } from './funding';

export const impactKinds = ['economic', 'social', 'environmental'] as const;
export type ImpactKind = (typeof impactKinds)[number];

/** Ramirez's roles of knowledge intermediaries (transfer and diffusion taken as one). */
export const intermediaryRoleKeys = [
  'transfer_and_diffusion',
  'joint_investment',
  'network_building',
  'inclusion_of_small_firms',
  'agenda_setting',
] as const;
export type IntermediaryRoleKey = (typeof intermediaryRoleKeys)[number];

/** A label in the three languages, in the order en, es, pt. */
const tri = (en: string, es: string, pt: string): Label => ({ en, es, pt });

export const intermediaryRoleLabels: Record<IntermediaryRoleKey, Label> = {
  transfer_and_diffusion: tri(
    'Knowledge transfer and diffusion',
    'Transferencia y difusión de conocimiento',
    'Transferência e difusão de conhecimento',
  ),
  joint_investment: tri('Joint investment', 'Inversión conjunta', 'Investimento conjunto'),
  network_building: tri('Network building', 'Construcción de redes', 'Construção de redes'),
  inclusion_of_small_firms: tri(
    'Inclusion of small firms',
    'Inclusión de pequeñas empresas',
    'Inclusão de pequenas empresas',
  ),
  agenda_setting: tri('Agenda setting', 'Definición de agenda', 'Definição de agenda'),
};

export const impactKindLabels: Record<ImpactKind, Label> = {
  economic: tri('Economic', 'Económico', 'Econômico'),
  social: tri('Social', 'Social', 'Social'),
  environmental: tri('Environmental', 'Ambiental', 'Ambiental'),
};

/** Where the framework comes from (shown with the answer and in the report). */
export const sharedValueSources = [
  'Grimbert, Wilson, Amores Bravo & Pezzi, Competitiveness Review: cluster management organisations and shared value (data/eu-lac-collaboration/PROVENANCE.md: read, no rows)',
  'Ramirez (SPRU, 2011), The role of intermediaries in the upgrading of incipient developing clusters (source 000; policy_recommendations.csv rec-082; cluster_organisations.csv pe-mango-cluster)',
  'policy_recommendations.csv rec-077: value chains, technology transfer and SME inclusion',
] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const named = (field: 'challenge' | 'capability') =>
  z.object({ [field]: text(300), description: text(2000).nullable().default(null) }).strict();

export const impactSchema = z
  .object({
    kind: z.enum(impactKinds),
    indicator: text(300),
    value: z.number().finite().min(-1e15).max(1e15),
    unit: text(50),
    year: yearSchema,
    evidence: text(2000).describe('Where the figure comes from (a survey, accounts, a report).'),
  })
  .strict();
export type Impact = z.infer<typeof impactSchema>;

/** What the organisation enters (PUT replaces it all). */
export const sharedValueInputSchema = z
  .object({
    challenges: z.array(named('challenge')).max(50).default([]),
    capabilities: z.array(named('capability')).max(50).default([]),
    impacts: z
      .array(impactSchema)
      .max(2000)
      .default([])
      .superRefine((impacts, ctx) => {
        const seen = new Set<string>();
        impacts.forEach((i, n) => {
          const key = `${i.kind}\u0000${i.indicator}\u0000${i.year}`;
          if (seen.has(key))
            ctx.addIssue({
              code: 'custom',
              path: [n, 'year'],
              message: `"${i.indicator}" (${i.kind}) already has a value for ${i.year}`,
            });
          seen.add(key);
        });
      }),
    roles: z
      .strictObject(
        Object.fromEntries(
          intermediaryRoleKeys.map((k) => [k, text(4000).nullable().default(null)]),
        ) as Record<IntermediaryRoleKey, z.ZodDefault<z.ZodNullable<z.ZodString>>>,
      )
      .describe('What the organisation did in each intermediary role; null: nothing stated.')
      .default(
        Object.fromEntries(intermediaryRoleKeys.map((k) => [k, null])) as Record<IntermediaryRoleKey, null>,
      ),
  })
  .strict()
  .meta({ id: 'SharedValueInput' });
export type SharedValueInput = z.infer<typeof sharedValueInputSchema>;

export interface ImpactSeries {
  indicator: string;
  unit: string;
  values: Array<{ year: number; value: number; evidence: string }>;
  /** Last value − first value (null with one year). */
  change: number | null;
  /** Least-squares slope per year (null with one year). */
  slopePerYear: number | null;
  direction: 'up' | 'down' | 'flat' | null;
}

/** Impacts grouped by kind, then by indicator and unit, years in order, with their trend. */
export function impactsByKind(impacts: readonly Impact[]): Record<ImpactKind, ImpactSeries[]> {
  const out = { economic: [], social: [], environmental: [] } as Record<ImpactKind, ImpactSeries[]>;
  const series = new Map<string, { kind: ImpactKind; s: ImpactSeries }>();
  for (const i of impacts) {
    const key = `${i.kind}\u0000${i.indicator}\u0000${i.unit}`;
    let entry = series.get(key);
    if (!entry) {
      entry = {
        kind: i.kind,
        s: {
          indicator: i.indicator,
          unit: i.unit,
          values: [],
          change: null,
          slopePerYear: null,
          direction: null,
        },
      };
      series.set(key, entry);
      out[i.kind].push(entry.s);
    }
    entry.s.values.push({ year: i.year, value: i.value, evidence: i.evidence });
  }
  for (const { s } of series.values()) {
    s.values.sort((a, b) => a.year - b.year);
    if (s.values.length < 2) continue;
    s.change = s.values[s.values.length - 1]!.value - s.values[0]!.value;
    s.slopePerYear = leastSquaresSlope(
      s.values.map((v) => v.year),
      s.values.map((v) => v.value),
    );
    s.direction =
      s.slopePerYear === null ? null : s.slopePerYear > 0 ? 'up' : s.slopePerYear < 0 ? 'down' : 'flat';
  }
  return out;
}

/** The answer of `GET …/shared-value`: what was entered, impacts by kind with trends, the sources. */
export function sharedValue(input: SharedValueInput) {
  return {
    ...input,
    impactsByKind: impactsByKind(input.impacts),
    rolesStated: intermediaryRoleKeys.filter((k) => input.roles[k] !== null).length,
    sources: [...sharedValueSources],
  };
}
