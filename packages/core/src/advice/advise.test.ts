import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GovernanceObservation, Scores } from '../domain/assessment';
import type { LifeCycleStage, SectorGroup } from '../domain/vocabularies';
import { uniformScores } from '../domain/uniform-scores';
import { diagnose, type DiagnosisInput } from '../diagnosis/diagnose';
import { parseAdviceKnowledge } from './advice-rules';
import { advise, evaluateRule } from './advise';
import { diagnosisFacts } from './diagnosis-facts';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../data/policy-knowledge/${name}`, import.meta.url), 'utf8'));
const { rules, menu } = parseAdviceKnowledge(read('advice-rules.json'), read('policy_menu.json'));

/** A strong cluster on which no rule fires: every item high, joint action ≥ external economies, no quasi-hierarchy, mature. */
function baseline(): DiagnosisInput & { scores: Scores; governance: GovernanceObservation[] } {
  return {
    clusterId: 'baseline',
    sectorGroup: 'specialized_suppliers',
    lifeCycleStage: 'maturity',
    scores: uniformScores(3),
    governance: [
      { governanceType: 'market', code: 1 },
      { governanceType: 'network', code: 1 },
      { governanceType: 'quasi_hierarchy', code: 0 },
      { governanceType: 'hierarchy', code: 0 },
    ],
  };
}

type Input = ReturnType<typeof baseline>;
/** The joint-action items in the questionnaire's order: backward, forward, bilateral, multilateral. */
const jointAction = (
  backward: number,
  forward: number,
  bilateral: number,
  multilateral: number,
): Scores['jointAction'] => ({
  backwardVerticalLinkages: backward,
  forwardVerticalLinkages: forward,
  horizontalBilateralLinkages: bilateral,
  horizontalMultilateralLinkages: multilateral,
});
const lowAll = (s: Scores) => {
  for (const k of Object.keys(s.externalEconomies) as Array<keyof Scores['externalEconomies']>)
    s.externalEconomies[k] = 1;
  for (const k of Object.keys(s.jointAction) as Array<keyof Scores['jointAction']>) s.jointAction[k] = 1;
};

/** For each rule: how to make a baseline cluster trigger it (and only through its own conditions). */
const triggers: Record<string, (d: Input) => void> = {
  'low-collective-efficiency-trust': (d) => lowAll(d.scores),
  'joint-action-lags-external-economies': (d) => {
    // JAI 2 + 1.5 + 1.5 + 1 = 6 ≤ 6, and below EEI 12
    d.scores.jointAction = jointAction(2, 1.5, 1.5, 1);
  },
  'weak-multilateral-linkages': (d) => void (d.scores.jointAction.horizontalMultilateralLinkages = 1),
  'weak-labour-market': (d) => void (d.scores.externalEconomies.specialisedLabourMarket = 0.5),
  'weak-inputs-or-information': (d) => void (d.scores.externalEconomies.easyAccessToInformation = 1),
  'weak-market-access': (d) => void (d.scores.externalEconomies.marketAccess = 0),
  'quasi-hierarchy-blocks-functional-upgrading': (d) => {
    d.governance[2] = { governanceType: 'quasi_hierarchy', code: 2 };
    d.scores.upgrading.functional = 1;
  },
  'cops-weak-backward-linkages': (d) => {
    d.sectorGroup = 'complex_product_systems';
    d.scores.jointAction.backwardVerticalLinkages = 1.5;
  },
  'low-degree-without-leaders': (d) => {
    d.sectorGroup = 'complex_product_systems';
    lowAll(d.scores);
  },
  'process-or-product-gap': (d) => void (d.scores.upgrading.product = 1),
  'weak-forward-linkages': (d) => void (d.scores.jointAction.forwardVerticalLinkages = 1),
  'global-chains-need-standards': (d) => {
    d.sectorGroup = 'natural_resource_based';
    d.governance[0] = { governanceType: 'market', code: 3 };
  },
  'early-stage-technology-transfer': (d) => void (d.lifeCycleStage = 'initial_learning'),
  'maturing-stage-promotion': (d) => void (d.lifeCycleStage = 'maturing'),
  // baseline stage 'maturity' → phase globalisation (life-cycle.ts); process 2 ≤ 2
  'globalisation-stage-productivity': (d) => void (d.scores.upgrading.process = 2),
};

/** A change that breaks the rule's trigger while keeping the rest (the "not without it" half). */
const nearMisses: Record<string, (d: Input) => void> = {
  'low-collective-efficiency-trust': (d) => {
    lowAll(d.scores);
    d.scores.externalEconomies.specialisedLabourMarket = 3; // ICE 5.5 → medium
    d.scores.externalEconomies.marketAccess = 2;
  },
  'joint-action-lags-external-economies': (d) => {
    d.scores.jointAction = jointAction(2, 2, 2, 1.5); // JAI 7.5 > 6
  },
  'weak-multilateral-linkages': (d) => void (d.scores.jointAction.horizontalMultilateralLinkages = 1.5),
  'weak-labour-market': (d) => void (d.scores.externalEconomies.specialisedLabourMarket = null), // unknown ≠ weak
  'weak-inputs-or-information': (d) => void (d.scores.externalEconomies.easyAccessToInformation = 1.5),
  'weak-market-access': (d) => void (d.scores.externalEconomies.marketAccess = 2),
  'quasi-hierarchy-blocks-functional-upgrading': (d) => {
    d.governance[2] = { governanceType: 'quasi_hierarchy', code: 2 };
    d.scores.upgrading.functional = 2; // functional upgrading happens despite the chain
  },
  'cops-weak-backward-linkages': (d) => void (d.scores.jointAction.backwardVerticalLinkages = 1.5), // not COPS
  'low-degree-without-leaders': (d) => {
    d.sectorGroup = 'traditional_manufacturing';
    lowAll(d.scores);
  },
  'process-or-product-gap': (d) => void (d.scores.upgrading.functional = 0), // a functional gap is not a process/product gap
  'weak-forward-linkages': (d) => void (d.scores.jointAction.forwardVerticalLinkages = 1.5),
  'global-chains-need-standards': (d) => void (d.governance[0] = { governanceType: 'market', code: 3 }), // software
  'early-stage-technology-transfer': (d) => void (d.lifeCycleStage = 'globalisation'),
  'maturing-stage-promotion': (d) => void (d.lifeCycleStage = 'decline'),
  'globalisation-stage-productivity': (d) => {
    d.scores.upgrading.process = 2;
    d.lifeCycleStage = 'growth'; // phase maturing, not globalisation
  },
};

function fires(ruleId: string, input: Input): boolean {
  const rule = rules.rules.find((r) => r.id === ruleId)!;
  return evaluateRule(rule, diagnosisFacts(diagnose(input))) !== undefined;
}

describe('advice rules (data/policy-knowledge/advice-rules.json)', () => {
  it('every rule names an action of the menu and has a trigger test and a near-miss test here', () => {
    expect(rules.rules.map((r) => r.id).sort()).toEqual(Object.keys(triggers).sort());
    expect(Object.keys(nearMisses).sort()).toEqual(Object.keys(triggers).sort());
  });

  it('no rule fires on the strong baseline cluster', () => {
    expect(advise(diagnose(baseline()), rules, menu).recommendations).toEqual([]);
  });

  for (const id of Object.keys(triggers)) {
    it(`${id}: fires on its trigger and not without it`, () => {
      const on = baseline();
      triggers[id]!(on);
      expect(fires(id, on)).toBe(true);
      const off = baseline();
      nearMisses[id]!(off);
      expect(fires(id, off)).toBe(false);
    });
  }
});

describe('advise(diagnosis, rules, menu)', () => {
  it('explains each recommendation: triggers with observed facts, rationale and sources', () => {
    const input = baseline();
    input.sectorGroup = 'traditional_manufacturing' as SectorGroup;
    triggers['quasi-hierarchy-blocks-functional-upgrading']!(input);
    const [rec] = advise(diagnose(input), rules, menu).recommendations;
    expect(rec?.action).toBe('new_markets_and_chains');
    expect(rec?.priority).toBe('high');
    expect(rec?.triggers.map((t) => t.text)).toEqual([
      'Serves quasi-hierarchical value chains: yes (rule: is yes)',
      'Functional upgrading: 1 (rule: at most 1)',
    ]);
    expect(rec?.sectorPriority?.id).toBe('additional_value_chains');
    expect(rec?.sources.map((s) => s.section)).toContain(
      "Executive Summary; Ch. 4 'Promote Access to New Markets and Value Chains'",
    );
    expect(rec?.sources[0]?.title).toBe(
      'Upgrading in Clusters and Value Chains in Latin America: The Role of Policies',
    );
  });

  it('raises an action that serves a priority of the sector group by one level', () => {
    const input = baseline();
    triggers['weak-multilateral-linkages']!(input); // business_associations, medium
    expect(advise(diagnose(input), rules, menu).recommendations[0]?.priority).toBe('medium');
    input.sectorGroup = 'traditional_manufacturing'; // priority "interfirm_linkages"
    const rec = advise(diagnose(input), rules, menu).recommendations[0];
    expect(rec?.priority).toBe('high');
    expect(rec?.sectorPriority?.label).toBe('Promote linkages between firms');
  });

  it('is selective: at most five recommendations, the rest listed as also considered', () => {
    const input = baseline();
    input.sectorGroup = 'complex_product_systems';
    input.lifeCycleStage = 'initial_learning' as LifeCycleStage;
    input.scores.externalEconomies = {
      specialisedLabourMarket: 0,
      availabilityOfInputs: 0,
      easyAccessToInformation: 1,
      marketAccess: 1,
    };
    input.scores.jointAction = {
      backwardVerticalLinkages: 0,
      forwardVerticalLinkages: 1,
      horizontalBilateralLinkages: 0,
      horizontalMultilateralLinkages: 0,
    };
    input.scores.upgrading = { process: 1, product: 1, functional: 0, intersectoral: 0 };
    const advice = advise(diagnose(input), rules, menu);
    expect(advice.recommendations).toHaveLength(5);
    expect(advice.alsoConsidered.length).toBeGreaterThan(0);
    const priorities = advice.recommendations.map((r) => r.priority);
    expect(
      priorities.indexOf('medium') === -1 || priorities.lastIndexOf('high') < priorities.indexOf('medium'),
    ).toBe(true);
  });

  it('takes the life-cycle stage from the context when the diagnosis has none, and a tighter limit', () => {
    const input = baseline();
    input.lifeCycleStage = null;
    expect(advise(diagnose(input), rules, menu).recommendations).toEqual([]);
    const advice = advise(diagnose(input), rules, menu, { lifeCycleStage: 'emergence' });
    expect(advice.recommendations.map((r) => r.rules)).toEqual([['early-stage-technology-transfer']]);
    lowAll(input.scores); // low degree: several rules fire
    const limited = advise(diagnose(input), rules, menu, { maxRecommendations: 2 });
    expect(limited.recommendations).toHaveLength(2);
    expect(limited.selectivity.maxRecommendations).toBe(2);
    expect(() => advise(diagnose(input), rules, menu, { maxRecommendations: 0 })).toThrow(
      'maxRecommendations',
    );
  });

  it('refuses a rule that names an action missing from the menu', () => {
    const broken = read('advice-rules.json');
    broken.rules[0].action = 'no_such_action';
    expect(() => parseAdviceKnowledge(broken, read('policy_menu.json'))).toThrow(
      'unknown action "no_such_action"',
    );
  });
});
