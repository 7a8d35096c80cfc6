/**
 * A cluster organisation's funding mix and its sustainability (issue 13 point 1; decision
 * 083; docs/methods/sustainability.md): the seven sources of a year's funding, the public
 * share and its trend, progress against a planned exit path, alerts when one source
 * dominates for years, and ESCA's reference figures for European cluster organisations.
 * Pure functions: no I/O.
 */
import { z } from 'zod';

/** The seven sources, in the order the report and the API list them. */
export const fundingSources = [
  'publicRegional',
  'publicNational',
  'publicEuMultilateral',
  'membershipFees',
  'paidServices',
  'competitiveProjects',
  'other',
] as const;
export type FundingSource = (typeof fundingSources)[number];

/** The sources counted as public funding (regional, national, EU or multilateral). */
export const publicSources: readonly FundingSource[] = [
  'publicRegional',
  'publicNational',
  'publicEuMultilateral',
];

/** Years a funding record or an exit-path target may name. */
export const fundingYearSchema = z.number().int().min(1900).max(2100);

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 alphabetic code the runtime knows (EUR, USD, COP, BRL, …). */
export const currencySchema = z
  .string()
  .refine((code) => knownCurrencies.has(code), 'an ISO 4217 currency code in capitals, e.g. EUR');

const amountSchema = z
  .number()
  .finite()
  .min(0, 'an amount is zero or more')
  .max(1e15, 'an amount is at most 10^15');

/** One year's funding: the currency and the amount of each of the seven sources (all required). */
export const yearFundingSchema = z.strictObject({
  currency: currencySchema,
  sources: z.strictObject(
    Object.fromEntries(fundingSources.map((s) => [s, amountSchema])) as Record<
      FundingSource,
      typeof amountSchema
    >,
  ),
});
export type YearFunding = z.infer<typeof yearFundingSchema>;
export type FundingYear = YearFunding & { year: number };

/** A planned exit path: the target public share (0–1) by year, each year once. */
export const exitPathSchema = z.strictObject({
  targets: z
    .array(z.strictObject({ year: fundingYearSchema, publicShare: z.number().min(0).max(1) }))
    .max(100)
    .refine((t) => new Set(t.map((x) => x.year)).size === t.length, 'name each year at most once'),
});
export type ExitTarget = z.infer<typeof exitPathSchema>['targets'][number];

/**
 * ESCA's public share of European cluster organisations' funding, as the EU-LAC report
 * quotes it (sustainability_facts.csv rows fact-050 and fact-051).
 */
export interface EscaReference {
  /** The row of sustainability_facts.csv. */
  factId: string;
  period: string;
  publicShare: number;
  statement: string;
  source: string;
}

export const escaReference: readonly EscaReference[] = [
  {
    factId: 'fact-050',
    period: '2010-2012',
    publicShare: 0.6,
    statement: 'Public share of financing of European cluster structures (earlier period), approx. 60 %',
    source:
      'ESCA (2017) Sustainable Financing of Cluster Initiatives, quoted in the EU-LAC report 003 §6.2.1 L970',
  },
  {
    factId: 'fact-051',
    period: '2016-2017',
    publicShare: 0.4,
    statement: 'Public share of financing of European cluster structures (later period), approx. 40 %',
    source:
      'ESCA (2017) Sustainable Financing of Cluster Initiatives, quoted in the EU-LAC report 003 §6.2.1 L970',
  },
];

/** A source counts as dominant in a year when it is at least this share of the total. */
export const DOMINANT_SHARE = 0.5;
/** …and an alert is raised when it is dominant in at least this many consecutive years. */
export const DOMINANT_YEARS = 3;

export interface YearSustainability {
  year: number;
  currency: string;
  total: number;
  /** Public sources / total; null when the total is 0. */
  publicShare: number | null;
  /** Each source / total; null when the total is 0. */
  shares: Record<FundingSource, number | null>;
}

export interface ExitPathProgress {
  year: number;
  target: number;
  /** The year's public share; null when the year has no funding recorded (or a zero total). */
  actual: number | null;
  /** actual ≤ target; null without an actual. */
  onTrack: boolean | null;
}

export interface DependenceAlert {
  source: FundingSource;
  fromYear: number;
  toYear: number;
  years: number;
  rule: string;
}

export interface Sustainability {
  years: YearSustainability[];
  /** Least-squares slope of the public share per year; null with fewer than two years. */
  trend: { publicSharePerYear: number | null; years: number };
  exitPath: ExitPathProgress[];
  alerts: DependenceAlert[];
  reference: EscaReference[];
}

/**
 * Ordinary least-squares slope of y on x: Σ(x−x̄)(y−ȳ) / Σ(x−x̄)² (e.g. Montgomery, Peck &
 * Vining, Introduction to Linear Regression Analysis, 5th ed., §2.2). Undefined
 * (null) with fewer than two points or when every x is the same.
 */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n !== y.length) throw new Error(`leastSquaresSlope: x has ${n} values and y has ${y.length}`);
  if (n < 2) return null;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}

function yearFigures(f: FundingYear): YearSustainability {
  const total = fundingSources.reduce((sum, s) => sum + f.sources[s], 0);
  const share = (amount: number) => (total === 0 ? null : amount / total);
  const publicAmount = publicSources.reduce((sum, s) => sum + f.sources[s], 0);
  const shares = Object.fromEntries(fundingSources.map((s) => [s, share(f.sources[s])])) as Record<
    FundingSource,
    number | null
  >;
  return { year: f.year, currency: f.currency, total, publicShare: share(publicAmount), shares };
}

/** Runs of ≥ DOMINANT_YEARS consecutive calendar years in which one source is ≥ DOMINANT_SHARE. */
function dependenceAlerts(years: readonly YearSustainability[]): DependenceAlert[] {
  const rule = `one source ≥ ${DOMINANT_SHARE * 100} % of the total in ${DOMINANT_YEARS} or more consecutive years`;
  const alerts: DependenceAlert[] = [];
  for (const source of fundingSources) {
    let run: number[] = [];
    const close = () => {
      if (run.length >= DOMINANT_YEARS)
        alerts.push({ source, fromYear: run[0]!, toYear: run.at(-1)!, years: run.length, rule });
      run = [];
    };
    for (const y of years) {
      const dominant = (y.shares[source] ?? 0) >= DOMINANT_SHARE;
      if (!dominant || (run.length > 0 && y.year !== run.at(-1)! + 1)) close();
      if (dominant) run.push(y.year);
    }
    close();
  }
  return alerts.sort((a, b) => a.fromYear - b.fromYear || a.source.localeCompare(b.source));
}

/**
 * The sustainability of an organisation's funding over the years given (any order; each
 * year once; one currency, which the caller enforces) against an optional exit path.
 */
export function sustainability(
  funding: readonly FundingYear[],
  exitPath: readonly ExitTarget[] = [],
): Sustainability {
  const years = [...funding].sort((a, b) => a.year - b.year).map(yearFigures);
  const withShare = years.filter((y) => y.publicShare !== null);
  const byYear = new Map(years.map((y) => [y.year, y]));
  return {
    years,
    trend: {
      publicSharePerYear: leastSquaresSlope(
        withShare.map((y) => y.year),
        withShare.map((y) => y.publicShare!),
      ),
      years: withShare.length,
    },
    exitPath: [...exitPath]
      .sort((a, b) => a.year - b.year)
      .map(({ year, publicShare: target }) => {
        const actual = byYear.get(year)?.publicShare ?? null;
        return { year, target, actual, onTrack: actual === null ? null : actual <= target };
      }),
    alerts: dependenceAlerts(years),
    reference: escaReference.map((r) => ({ ...r })),
  };
}
