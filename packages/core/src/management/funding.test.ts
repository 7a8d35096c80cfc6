import { describe, expect, it } from 'vitest';
import { readDataCsv } from '../../test/read-data-csv';
import {
  escaReference,
  exitPathSchema,
  leastSquaresSlope,
  sustainability,
  yearFundingSchema,
  type FundingYear,
} from './funding';

const zero = {
  publicRegional: 0,
  publicNational: 0,
  publicEuMultilateral: 0,
  membershipFees: 0,
  paidServices: 0,
  competitiveProjects: 0,
  other: 0,
};
const year = (y: number, sources: Partial<typeof zero>, currency = 'EUR'): FundingYear => ({
  year: y,
  currency,
  sources: { ...zero, ...sources },
});

// Public share 0.6, 0.5, 0.4 of a total of 1000 each year.
const threeYears = [
  year(2023, {
    publicRegional: 200,
    publicNational: 100,
    publicEuMultilateral: 100,
    membershipFees: 300,
    paidServices: 200,
    competitiveProjects: 100,
  }),
  year(2021, {
    publicRegional: 300,
    publicNational: 200,
    publicEuMultilateral: 100,
    membershipFees: 200,
    paidServices: 100,
    competitiveProjects: 100,
  }),
  year(2022, {
    publicRegional: 250,
    publicNational: 150,
    publicEuMultilateral: 100,
    membershipFees: 250,
    paidServices: 150,
    competitiveProjects: 100,
  }),
];

describe('sustainability of a funding mix', () => {
  it('gives each year its total, public share (public sources / total) and source shares, by year', () => {
    const s = sustainability(threeYears);
    expect(s.years.map((y) => y.year)).toEqual([2021, 2022, 2023]);
    expect(s.years[0]).toMatchObject({ year: 2021, currency: 'EUR', total: 1000 });
    expect(s.years.map((y) => y.publicShare)).toEqual([0.6, 0.5, 0.4]);
    expect(s.years[0]!.shares.publicRegional).toBeCloseTo(0.3, 12);
    expect(s.years[2]!.shares.membershipFees).toBeCloseTo(0.3, 12);
    expect(s.years[2]!.shares.other).toBe(0);
  });

  it('has no shares for a year whose total is 0, and leaves it out of the trend', () => {
    const s = sustainability([...threeYears, year(2024, {})]);
    expect(s.years[3]).toMatchObject({ total: 0, publicShare: null });
    expect(s.years[3]!.shares.paidServices).toBeNull();
    expect(s.trend.years).toBe(3);
  });

  it('trends the public share by its least-squares slope per year: 0.6, 0.5, 0.4 → −0.1', () => {
    const s = sustainability(threeYears);
    expect(s.trend.publicSharePerYear).toBeCloseTo(-0.1, 12);
    // Uneven years: points (2019, 0.8), (2020, 0.7), (2023, 0.4) → slope −0.1 as well.
    expect(leastSquaresSlope([2019, 2020, 2023], [0.8, 0.7, 0.4])).toBeCloseTo(-0.1, 12);
    // (1,1), (2,3), (3,2): x̄ = 2, ȳ = 2, Sxy = 1, Sxx = 2 → 0.5.
    expect(leastSquaresSlope([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12);
    expect(sustainability(threeYears.slice(0, 1)).trend.publicSharePerYear).toBeNull();
  });

  it('is on track in an exit-path year when the actual public share is at most the target', () => {
    const s = sustainability(threeYears, [
      { year: 2024, publicShare: 0.3 },
      { year: 2023, publicShare: 0.35 },
      { year: 2022, publicShare: 0.5 },
    ]);
    expect(s.exitPath).toEqual([
      { year: 2022, target: 0.5, actual: 0.5, onTrack: true },
      { year: 2023, target: 0.35, actual: 0.4, onTrack: false },
      { year: 2024, target: 0.3, actual: null, onTrack: null },
    ]);
  });

  it('alerts when one source is ≥ 50 % of the total in 3 or more consecutive years, not 2, not across a gap', () => {
    const fees = (y: number, share: number) =>
      year(y, { membershipFees: share * 100, paidServices: (1 - share) * 100 });
    const s = sustainability([
      fees(2017, 0.9),
      fees(2018, 0.5),
      fees(2019, 0.7),
      fees(2020, 0.2),
      fees(2021, 0.6),
      fees(2022, 0.6),
      fees(2024, 0.8),
    ]);
    expect(s.alerts).toEqual([
      {
        source: 'membershipFees',
        fromYear: 2017,
        toYear: 2019,
        years: 3,
        rule: 'one source ≥ 50 % of the total in 3 or more consecutive years',
      },
    ]);
    expect(sustainability(threeYears).alerts).toEqual([]);
  });

  it('compares with ESCA’s public shares, ≈ 60 % in 2010–12 and ≈ 40 % in 2016–17, as the data rows give them', () => {
    const rows = new Map(readDataCsv('eu-lac-collaboration/sustainability_facts.csv').map((r) => [r.id, r]));
    expect(sustainability([]).reference).toEqual(escaReference);
    for (const ref of escaReference) {
      const row = rows.get(ref.factId)!;
      expect(row.topic).toBe('funding_mix');
      expect(Number(row.value) / 100).toBe(ref.publicShare);
      expect(row.period).toBe(ref.period);
    }
  });
});

describe('funding input', () => {
  const valid = { currency: 'EUR', sources: { ...zero, publicRegional: 10 } };

  it('takes an ISO 4217 currency and seven non-negative finite amounts', () => {
    expect(yearFundingSchema.safeParse(valid).success).toBe(true);
    const path = (input: unknown) =>
      yearFundingSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(path({ ...valid, currency: 'eur' })).toEqual(['currency']);
    expect(path({ ...valid, currency: 'XYZ' })).toEqual(['currency']);
    expect(path({ ...valid, sources: { ...zero, paidServices: -1 } })).toEqual(['sources.paidServices']);
    expect(path({ ...valid, sources: { ...zero, other: Infinity } })).toEqual(['sources.other']);
    const { other: _other, ...six } = zero;
    expect(path({ ...valid, sources: six })).toEqual(['sources.other']);
    expect(path({ ...valid, sources: { ...zero, grants: 1 } })).toEqual(['sources']);
  });

  it('takes an exit path with each year once and shares between 0 and 1', () => {
    expect(exitPathSchema.safeParse({ targets: [{ year: 2025, publicShare: 0.4 }] }).success).toBe(true);
    expect(exitPathSchema.safeParse({ targets: [{ year: 2025, publicShare: 1.2 }] }).success).toBe(false);
    const twice = exitPathSchema.safeParse({
      targets: [
        { year: 2025, publicShare: 0.4 },
        { year: 2025, publicShare: 0.3 },
      ],
    });
    expect(twice.error?.issues[0]?.path).toEqual(['targets']);
  });
});
