import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advise } from '../advice/advise';
import { parsePolicyKnowledge } from '../advice/knowledge-schema';
import { localiseAdvice } from '../advice/localise';
import { diagnose } from '../diagnosis/diagnose';
import type { GovernanceObservation, Scores } from '../domain/assessment';
import {
  AdviceOptionsError,
  adviseCluster,
  adviseClusterResultSchema,
  assessmentScores,
  diagnoseCluster,
} from './advise-cluster';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../data/policy-knowledge/${name}`, import.meta.url), 'utf8'));
const knowledge = parsePolicyKnowledge({
  rules: read('advice-rules.json'),
  menu: read('policy_menu.json'),
  translations: { es: read('translations/es.json'), pt: read('translations/pt.json') },
});

/** A weak traditional cluster in a captive chain: several rules fire. */
const scores: Scores = {
  externalEconomies: {
    specialisedLabourMarket: 2,
    availabilityOfInputs: 1,
    easyAccessToInformation: null,
    marketAccess: 1,
  },
  jointAction: {
    backwardVerticalLinkages: 1,
    forwardVerticalLinkages: 0,
    horizontalBilateralLinkages: 1,
    horizontalMultilateralLinkages: 0,
  },
  upgrading: { process: 2, product: 1, functional: 0, intersectoral: null },
};
const governance: GovernanceObservation[] = [
  { governanceType: 'market', code: 1 },
  { governanceType: 'quasi_hierarchy', code: 2 },
];
const cluster = { id: 'tm_test', sectorGroup: 'traditional_manufacturing' as const, lifeCycleStage: null };
const plain = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, (_k, x: unknown) => (x === undefined ? null : x)));

describe('adviseCluster', () => {
  it.each(['en', 'es', 'pt'] as const)(
    'equals the chain the server and polos advise ran before (diagnose → advise → localise, %s)',
    (language) => {
      const result = adviseCluster({
        cluster,
        assessment: { scores, governance },
        knowledge,
        language,
        unknown: 'rescale',
      });
      const diagnosis = diagnose(
        {
          clusterId: 'tm_test',
          sectorGroup: 'traditional_manufacturing',
          lifeCycleStage: null,
          scores,
          governance,
        },
        { unknown: 'rescale' },
      );
      const advice = localiseAdvice(
        advise(diagnosis, knowledge.rules, knowledge.menu),
        language,
        knowledge.translations,
      );
      expect(result).toEqual({ diagnosis: plain(diagnosis), advice: plain(advice) });
      expect(JSON.stringify(result.advice)).toBe(JSON.stringify(plain(advice)));
      expect(result.advice.language).toBe(language);
      expect(result.advice.recommendations.length).toBeGreaterThan(0);
    },
  );

  it('the result parses with adviseClusterResultSchema (JSON: null, never undefined)', () => {
    const result = adviseCluster({ cluster, assessment: { scores }, knowledge });
    expect(adviseClusterResultSchema.parse(result)).toEqual(result);
    expect(result.diagnosis.lifeCycleStage).toBeNull();
  });

  it('options that fail the schema are refused, the error naming each field', () => {
    const fields = (options: object) => {
      try {
        adviseCluster({ cluster, assessment: { scores }, knowledge, ...options } as never);
      } catch (error) {
        expect(error).toBeInstanceOf(AdviceOptionsError);
        return (error as AdviceOptionsError).issues.map((i) => i.field);
      }
      throw new Error('not refused');
    };
    expect(fields({ language: 'fr' })).toEqual(['language']);
    expect(fields({ cluster: { ...cluster, sectorGroup: 'farming' } })).toEqual(['cluster.sectorGroup']);
    expect(fields({ unknown: 'skip', maxRecommendations: 0 })).toEqual(['unknown', 'maxRecommendations']);
    expect(fields({ knowledge: { rules: 'x' } })).toEqual(['knowledge']);
    expect(
      fields({ assessment: { scores: { ...scores, upgrading: { ...scores.upgrading, process: 9 } } } }),
    ).toEqual(['assessment.scores.upgrading.process']);
  });

  it('maxRecommendations overrides the selectivity limit', () => {
    const result = adviseCluster({
      cluster,
      assessment: { scores, governance },
      knowledge,
      maxRecommendations: 1,
    });
    expect(result.advice.recommendations).toHaveLength(1);
    expect(result.advice.selectivity.maxRecommendations).toBe(1);
  });

  it('diagnoseCluster gives the diagnosis alone, as JSON', () => {
    expect(diagnoseCluster({ cluster, assessment: { scores, governance } })).toEqual(
      plain(diagnose({ clusterId: 'tm_test', sectorGroup: 'traditional_manufacturing', scores, governance })),
    );
  });

  it('assessmentScores: expert scores as given, a survey aggregated per item, a missing part named', () => {
    expect(assessmentScores({ method: 'expert', scores })).toBe(scores);
    const other = { ...scores, upgrading: { process: 0, product: 3, functional: 2, intersectoral: null } };
    const mean = assessmentScores({
      method: 'survey',
      aggregation: 'mean',
      respondents: [{ scores }, { scores: other }],
    });
    expect(mean.upgrading).toEqual({ process: 1, product: 2, functional: 1, intersectoral: null });
    expect(() => assessmentScores({ method: 'survey', respondents: [] })).toThrow(/respondents/);
    expect(() => assessmentScores({ method: 'expert' })).toThrow(/scores/);
  });
});

describe('parsePolicyKnowledge', () => {
  it('names the translation file that fails its schema', () => {
    expect(() =>
      parsePolicyKnowledge({
        rules: read('advice-rules.json'),
        menu: read('policy_menu.json'),
        translations: { pt: { language: 'pt' } },
      }),
    ).toThrow(/^translations\/pt\.json: /);
  });

  it('leaves a language without its file in English', () => {
    const k = parsePolicyKnowledge({
      rules: read('advice-rules.json'),
      menu: read('policy_menu.json'),
      translations: {},
    });
    expect(k.translations).toEqual({});
    const result = adviseCluster({
      cluster,
      assessment: { scores, governance },
      knowledge: k,
      language: 'es',
    });
    expect(result.advice.language).toBe('en');
  });
});
