import { describe, expect, it } from 'vitest';
import { collectiveEfficiency } from '../diagnosis/collective-efficiency';
import { portfolio } from '../diagnosis/portfolio';
import type { Scores } from '../domain/assessment';
import { portfolioResultSchema } from '../domain/portfolio-result';
import { assessmentIndices, portfolioAnalysis, PortfolioOptionsError } from './portfolio-analysis';

const scores = (ee: number | null, ja: number | null, up: number | null): Scores => ({
  externalEconomies: {
    specialisedLabourMarket: ee,
    availabilityOfInputs: 2,
    easyAccessToInformation: 1,
    marketAccess: 2,
  },
  jointAction: {
    backwardVerticalLinkages: ja,
    forwardVerticalLinkages: 1,
    horizontalBilateralLinkages: 2,
    horizontalMultilateralLinkages: 0,
  },
  upgrading: { process: up, product: 1, functional: 0, intersectoral: 2 },
});
const clusters = [
  {
    clusterId: 'a',
    name: 'Alpha',
    country: 'BR',
    sectorGroup: 'traditional_manufacturing' as const,
    scores: scores(3, 2, 1),
  },
  {
    clusterId: 'b',
    name: 'Beta',
    country: 'MX',
    sectorGroup: 'traditional_manufacturing' as const,
    scores: scores(null, 3, null),
  },
  {
    clusterId: 'c',
    name: 'Gamma',
    country: 'CL',
    sectorGroup: 'natural_resource_based' as const,
    scores: scores(1, 0, 3),
  },
];
/** JSON without undefined, as the API and `polos portfolio` write it. */
const json = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v)));

describe('portfolioAnalysis (the portfolio pipeline)', () => {
  it('gives the analysis of diagnosis/portfolio.ts in JSON, with the ids and one point per cluster, parsing with portfolioResultSchema', () => {
    for (const unknown of ['zero', 'skip'] as const) {
      const result = portfolioAnalysis(clusters, { unknown });
      const { clusters: ids, points, kinds, ...analysis } = result;
      expect(analysis).toEqual(json(portfolio(clusters, { unknown })));
      expect(kinds).toEqual(['published_study', 'expert', 'self_assessment', 'survey']);
      expect(ids).toEqual(['a', 'b', 'c']);
      expect(portfolioResultSchema.safeParse(result).success).toBe(true);
      expect(points.map((p) => [p.clusterId, p.name, p.country])).toEqual([
        ['a', 'Alpha', 'BR'],
        ['b', 'Beta', 'MX'],
        ['c', 'Gamma', 'CL'],
      ]);
    }
  });

  it("gives each point the study's indices, none under `skip` for a cluster with unknown items, and its upgrading", () => {
    const zero = portfolioAnalysis(clusters).points[1]!;
    const ce = collectiveEfficiency(clusters[1]!.scores, { unknown: 'zero' });
    expect(zero).toMatchObject({ eei: ce.eei, jai: ce.jai, ice: ce.ice, degree: ce.degree });
    expect(zero.upgrading.process).toBe(0);
    const skip = portfolioAnalysis(clusters, { unknown: 'skip' }).points[1]!;
    expect(skip).toMatchObject({ eei: null, jai: null, ice: null, degree: ce.degree });
    expect(skip.upgrading.process).toBeNull();
    expect(portfolioAnalysis(clusters, { unknown: 'skip' }).points[0]!.ice).toBe(
      collectiveEfficiency(clusters[0]!.scores).ice,
    );
  });

  it('labels a point with its id when the cluster has no name or country (a folder of the study)', () => {
    const [point] = portfolioAnalysis([
      { clusterId: 'x', sectorGroup: 'natural_resource_based', scores: scores(1, 1, 1) },
    ]).points;
    expect([point!.name, point!.country]).toEqual(['x', '']);
  });

  it("echoes the kinds chosen and gives each point its assessment's kind and date (null when not given)", () => {
    const assessment = {
      kind: 'published_study' as const,
      assessedOn: '2004-01-01',
      datePrecision: 'year' as const,
    };
    const result = portfolioAnalysis([{ ...clusters[0]!, assessment }, clusters[1]!], {
      kinds: ['published_study', 'expert'],
    });
    expect(result.kinds).toEqual(['published_study', 'expert']);
    expect(result.points.map((p) => [p.kind, p.assessedOn, p.datePrecision])).toEqual([
      ['published_study', '2004-01-01', 'year'],
      [null, null, null],
    ]);
    expect(portfolioResultSchema.safeParse(result).success).toBe(true);
  });

  it('names the option or the cluster field that is wrong', () => {
    const fields = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(PortfolioOptionsError);
        return (error as PortfolioOptionsError).issues.map((i) => i.field);
      }
      return [];
    };
    expect(fields(() => portfolioAnalysis(clusters, { unknown: 'rescale' as 'zero' }))).toEqual(['unknown']);
    expect(fields(() => portfolioAnalysis(clusters, { kinds: ['guess' as 'expert'] }))).toEqual(['kinds.0']);
    const wrong = [clusters[0]!, { ...clusters[1]!, sectorGroup: 'space' as 'natural_resource_based' }];
    expect(fields(() => portfolioAnalysis(wrong))).toEqual(['clusters.1.sectorGroup']);
  });
});

describe('assessmentIndices (what the store keeps with an assessment)', () => {
  it("gives collective efficiency under the study's convention, null for none", () => {
    const s = scores(null, 3, 1);
    const ce = collectiveEfficiency(s, { unknown: 'zero' });
    expect(assessmentIndices(s)).toEqual({
      eei: ce.eei,
      jai: ce.jai,
      ice: ce.ice,
      degree: ce.degree,
      unknownItems: 1,
    });
    const none: Scores = {
      ...s,
      externalEconomies: {
        specialisedLabourMarket: null,
        availabilityOfInputs: null,
        easyAccessToInformation: null,
        marketAccess: null,
      },
    };
    expect(assessmentIndices(none, { unknown: 'rescale' })).toMatchObject({
      eei: null,
      ice: null,
      degree: null,
    });
    expect(assessmentIndices(none).eei).toBe(0);
  });
});
