/**
 * The one place where a rule's condition becomes words: "Backward vertical linkages: 1.5
 * (rule: at most 1.5)". `conditionText` fills a template with the fact's name, the observed
 * value and the condition, from a wording — English below (the knowledge base's language;
 * the fact names are polos's, from diagnosis-facts.ts), Spanish and Portuguese in
 * data/policy-knowledge/translations/{es,pt}.json. No fact id, operator symbol or raw
 * `true`/`false` reaches the text when the wording covers them (tested for every rule).
 */
import type { SimpleCondition } from './advice-rules';
import type { FactValue } from './diagnosis-facts';

/** What a condition needs to be said in one language. */
export interface ConditionWording {
  /** BCP 47 tag used to format numbers. */
  numberLocale: string;
  facts: Record<string, string>;
  values: Record<string, string>;
  ops: Record<SimpleCondition['op'], string>;
  templates: { trigger: string; unknown: string; listSeparator: string; orSeparator: string };
}

/** The parts of a trigger the text is made of. */
export interface ConditionParts {
  fact: string;
  op: SimpleCondition['op'];
  value: SimpleCondition['value'];
  observed: FactValue;
}

/**
 * @example conditionText({ fact: 'item.backwardVerticalLinkages', op: 'lte', value: 1.5, observed: 1 }, englishConditionWording)
 *   // 'Backward vertical linkages: 1 (rule: at most 1.5)'
 */
export function conditionText(trigger: ConditionParts, wording: ConditionWording): string {
  const numbers = new Intl.NumberFormat(wording.numberLocale, { maximumFractionDigits: 2 });
  const one = (v: unknown): string =>
    v === null || v === undefined
      ? wording.templates.unknown
      : typeof v === 'number'
        ? numbers.format(v)
        : (wording.values[String(v)] ?? String(v));
  const show = (v: FactValue | SimpleCondition['value'], separator: string) =>
    Array.isArray(v) ? (v.length ? v.map(one).join(separator) : '—') : one(v);
  const parts: Record<string, string> = {
    '{fact}': wording.facts[trigger.fact] ?? trigger.fact,
    '{observed}': show(trigger.observed, wording.templates.listSeparator),
    '{op}': wording.ops[trigger.op],
    '{value}': show(trigger.value, wording.templates.orSeparator),
  };
  return wording.templates.trigger.replace(/\{(fact|observed|op|value)\}/g, (p) => parts[p] ?? p);
}

const governanceNames = {
  market: 'market',
  network: 'network',
  quasi_hierarchy: 'quasi-hierarchical',
  hierarchy: 'hierarchical',
} as const;

/** English, written by polos for the facts of diagnosis-facts.ts and the values rules compare with. */
export const englishConditionWording: ConditionWording = {
  numberLocale: 'en',
  facts: {
    sectorGroup: 'Sector group',
    degree: 'Collective efficiency',
    ice: 'Collective efficiency (ICE)',
    eei: 'External economies (EEI)',
    jai: 'Joint action (JAI)',
    jaiBelowEei: 'Joint action (JAI) below external economies (EEI)',
    weakestItems: 'Weakest items',
    upgradingGaps: 'Upgrading gaps',
    servesGlobalChain: 'Serves a global value chain',
    'governance.dominant': 'Dominant governance',
    lifeCycleStage: 'Life-cycle stage',
    lifeCyclePhase: 'Life-cycle phase (Table 20)',
    'item.specialisedLabourMarket': 'Specialised labour market',
    'item.availabilityOfInputs': 'Availability of inputs',
    'item.easyAccessToInformation': 'Easy access to information',
    'item.marketAccess': 'Market access',
    'item.backwardVerticalLinkages': 'Backward vertical linkages',
    'item.forwardVerticalLinkages': 'Forward vertical linkages',
    'item.horizontalBilateralLinkages': 'Horizontal bilateral linkages',
    'item.horizontalMultilateralLinkages': 'Horizontal multilateral linkages',
    'upgrading.process': 'Process upgrading',
    'upgrading.product': 'Product upgrading',
    'upgrading.functional': 'Functional upgrading',
    'upgrading.intersectoral': 'Intersectoral upgrading',
    ...Object.fromEntries(
      Object.entries(governanceNames).flatMap(([id, name]) => [
        [`governance.${id}.served`, `Serves ${name} value chains`],
        [`governance.${id}.global`, `Serves global ${name} value chains`],
      ]),
    ),
  },
  values: {
    true: 'yes',
    false: 'no',
    high: 'high',
    medium: 'medium',
    low: 'low',
    traditional_manufacturing: 'traditional manufacturing',
    natural_resource_based: 'natural-resource based',
    complex_product_systems: 'complex product systems',
    specialized_suppliers: 'specialised suppliers',
    process: 'process',
    product: 'product',
    functional: 'functional',
    intersectoral: 'intersectoral',
    emergence: 'emergence',
    initial_learning: 'initial learning',
    growth: 'growth',
    maturing: 'maturing',
    maturity: 'maturity',
    globalisation: 'globalisation',
    decline: 'decline',
    renewal: 'renewal',
    market: 'market',
    network: 'network',
    quasi_hierarchy: 'quasi-hierarchy',
    hierarchy: 'hierarchy',
    specialisedLabourMarket: 'specialised labour market',
    availabilityOfInputs: 'availability of inputs',
    easyAccessToInformation: 'easy access to information',
    marketAccess: 'market access',
    backwardVerticalLinkages: 'backward vertical linkages',
    forwardVerticalLinkages: 'forward vertical linkages',
    horizontalBilateralLinkages: 'horizontal bilateral linkages',
    horizontalMultilateralLinkages: 'horizontal multilateral linkages',
  },
  ops: {
    eq: 'is',
    in: 'is',
    lte: 'at most',
    lt: 'below',
    gte: 'at least',
    gt: 'above',
    includesAny: 'includes',
  },
  templates: {
    trigger: '{fact}: {observed} (rule: {op} {value})',
    unknown: 'unknown',
    listSeparator: ', ',
    orSeparator: ' or ',
  },
};
