import { describe, expect, it } from 'vitest';
import { readDataCsv } from '../../test/read-data-csv';
import {
  aggregateSurvey,
  analysePortfolio,
  answerProblems,
  portfolioSchema,
  ratingsOf,
  referenceServices,
  surveyAnswerSchema,
  type Portfolio,
  type StoredRating,
} from './services';

/** A withheld service's figures. */
const noFigures = { rated: null, notUsed: null, mean: null, distribution: null, willingnessToPay: null };

const portfolio: Portfolio = {
  currency: 'EUR',
  services: [
    // pays its way: 12 000 / 10 000 = 1.2
    { reference: 'tradeFairs', revenue: 12_000, cost: 10_000, membersServed: 20 },
    // valued (manager 4.5) and unpaid: 1 000 / 8 000 = 0.125
    { reference: 'training', revenue: 1_000, cost: 8_000, membersServed: 35, managerValuation: 4.5 },
    // unpaid (0.4) but valued only 3: not "valued but unpaid"
    { name: 'Legal desk', revenue: 2_000, cost: 5_000, membersServed: 6, managerValuation: 3 },
    // recovery exactly 0.5: not unpaid by the rule (< 0.5)
    { reference: 'publications', revenue: 500, cost: 1_000, membersServed: 40, managerValuation: 5 },
  ],
};

describe('the reference table', () => {
  it('equals data/eu-lac-clusters/cluster_services.csv cell by cell', () => {
    const rows = readDataCsv('eu-lac-clusters/cluster_services.csv');
    expect(rows).toHaveLength(15);
    expect(
      referenceServices.map((r) => ({
        row: String(r.row),
        service_type: r.name,
        level_of_extension_among_clusters: r.extension,
        level_of_financial_contribution: r.contribution,
        level_of_evaluation_by_members: r.evaluation,
      })),
    ).toEqual(rows);
    expect(new Set(referenceServices.map((r) => r.key)).size).toBe(15);
  });
});

describe('analysePortfolio', () => {
  const analysis = analysePortfolio(portfolio);

  it('works out net and cost recovery per service and in total', () => {
    expect(analysis.services.map((s) => [s.key, s.net, s.costRecovery])).toEqual([
      ['tradeFairs', 2_000, 1.2],
      ['training', -7_000, 0.125],
      ['own:Legal desk', -3_000, 0.4],
      ['publications', -500, 0.5],
    ]);
    // 15 500 / 24 000
    expect(analysis.totals).toEqual({
      revenue: 15_500,
      cost: 24_000,
      net: -8_500,
      costRecovery: 15_500 / 24_000,
    });
  });

  it('says which pay their way (revenue ≥ cost) and which are valued (≥ 4) but unpaid (recovery < 0.5)', () => {
    expect(analysis.paysItsWay).toEqual(['tradeFairs']);
    expect(analysis.valuedButUnpaid).toEqual(['training']);
    expect(analysis.services[1]!.valuation).toEqual({ value: 4.5, source: 'manager' });
    expect(analysis.services[0]!.valuation).toEqual({ value: null, source: null });
  });

  it('lists the Frequent and Habitual reference services not offered, with their reference facts', () => {
    // Frequent or Habitual: rows 1, 2, 3, 4, 5, 6, 8, 10, 15; offered: 2, 5, 10.
    expect(analysis.missingCommon.map((r) => r.row)).toEqual([1, 3, 4, 6, 8, 15]);
    expect(analysis.missingCommon[0]).toMatchObject({
      key: 'tradeMissions',
      contribution: 'Medium-High',
      evaluation: 'High',
    });
    expect(analysis.services[0]!.referenceFacts).toMatchObject({
      row: 2,
      contribution: 'High',
      evaluation: 'High',
    });
    expect(analysis.services[2]!.referenceFacts).toBeNull();
    expect(analysis.services[2]!.name).toBe('Legal desk');
  });

  it('treats a service without cost as paying its way, with no cost recovery and never unpaid', () => {
    const free = analysePortfolio({
      currency: 'EUR',
      services: [{ reference: 'b2bVisits', revenue: 0, cost: 0, membersServed: 3, managerValuation: 5 }],
    });
    expect(free.services[0]).toMatchObject({ costRecovery: null, paysItsWay: true, valuedButUnpaid: false });
    expect(free.totals.costRecovery).toBeNull();
  });

  it('prefers the survey mean over the manager’s estimate when at least 3 members rated the service', () => {
    const ratings: StoredRating[] = [
      // training rated 4, 5, 4 (mean 13/3); publications rated by only 2 → withheld
      ...[4, 5, 4].map((value) => ({ serviceKey: 'training', value, willingnessToPay: 'low' as const })),
      ...[2, 2].map((value) => ({ serviceKey: 'publications', value, willingnessToPay: 'none' as const })),
      { serviceKey: 'publications', value: null, willingnessToPay: null },
    ];
    const survey = aggregateSurvey(['training', 'publications'], 3, ratings);
    const withSurvey = analysePortfolio(portfolio, survey);
    expect(withSurvey.services[1]!.valuation).toEqual({ value: 13 / 3, source: 'survey' });
    expect(withSurvey.services[3]!.valuation).toEqual({ value: 5, source: 'manager' });
    expect(withSurvey.services[3]!.survey).toMatchObject({ withheld: true, mean: null });
    // A survey mean below 4 clears "valued but unpaid" even if the manager thought 4.5.
    const low = aggregateSurvey(
      ['training'],
      3,
      [1, 2, 3].map((value) => ({ serviceKey: 'training', value, willingnessToPay: 'none' as const })),
    );
    expect(analysePortfolio(portfolio, low).valuedButUnpaid).toEqual([]);
  });
});

describe('portfolioSchema', () => {
  it('refuses a service that is both or neither reference and own, an unknown key, and a service twice', () => {
    const base = { revenue: 1, cost: 1, membersServed: 1 };
    const problems = (services: unknown[]) =>
      portfolioSchema.safeParse({ currency: 'EUR', services }).error?.issues.map((i) => i.path.join('.'));
    expect(problems([{ ...base, reference: 'training', name: 'x' }])).toEqual(['services.0.reference']);
    expect(problems([{ ...base }])).toEqual(['services.0.reference']);
    expect(problems([{ ...base, reference: 'nope' }])).toEqual(['services.0.reference']);
    expect(
      problems([
        { ...base, name: 'A' },
        { ...base, name: 'A' },
      ]),
    ).toEqual(['services']);
    expect(problems([{ ...base, name: 'A', cost: -1 }])).toEqual(['services.0.cost']);
    expect(portfolioSchema.safeParse({ currency: 'EUR', services: [{ ...base, name: 'A' }] }).success).toBe(
      true,
    );
  });
});

describe('aggregateSurvey', () => {
  it('counts, averages and distributes ratings and willingness to pay, never showing fewer than 3', () => {
    const answers = [
      { ratings: { training: { value: 5, willingnessToPay: 'high' }, publications: 'notUsed' } },
      {
        ratings: {
          training: { value: 3, willingnessToPay: 'low' },
          publications: { value: 1, willingnessToPay: 'none' },
        },
      },
      { ratings: { training: { value: 4, willingnessToPay: 'low' }, publications: 'notUsed' } },
      { ratings: { training: 'notUsed', publications: 'notUsed' } },
    ].map((a) => surveyAnswerSchema.parse(a));
    const result = aggregateSurvey(['training', 'publications'], 4, answers.flatMap(ratingsOf));
    expect(result).toEqual({
      answers: 4,
      minimumAnswers: 3,
      withheld: false,
      services: [
        {
          key: 'training',
          withheld: false,
          rated: 3,
          notUsed: 1,
          mean: 4,
          distribution: [0, 0, 1, 1, 1],
          willingnessToPay: { none: 0, low: 2, medium: 0, high: 1 },
        },
        { key: 'publications', withheld: true, ...noFigures },
      ],
    });
  });

  it('withholds the whole survey below 3 answers', () => {
    const two = aggregateSurvey(
      ['training'],
      2,
      [5, 5, 5].map((value) => ({ serviceKey: 'training', value, willingnessToPay: 'high' as const })),
    );
    expect(two.withheld).toBe(true);
    expect(two.services[0]).toMatchObject({ withheld: true, mean: null, distribution: null });
  });

  it('says which services an answer leaves out or does not belong to the survey', () => {
    const answer = surveyAnswerSchema.parse({ ratings: { training: 'notUsed', extra: 'notUsed' } });
    expect(answerProblems(answer, ['training', 'publications']).map((p) => p.path)).toEqual([
      'ratings.extra',
      'ratings.publications',
    ]);
    expect(
      surveyAnswerSchema.safeParse({ ratings: { training: { value: 6, willingnessToPay: 'low' } } }).success,
    ).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`own:${i}`, 'notUsed']));
    expect(surveyAnswerSchema.safeParse({ ratings: many }).success).toBe(false);
  });
});
