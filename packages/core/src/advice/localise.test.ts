import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, type DiagnosisInput } from '../diagnosis/diagnose';
import { externalEconomyItems, jointActionItems, upgradingTypes } from '../domain/assessment';
import { governanceTypes, lifeCycleStages, sectorGroups } from '../domain/vocabularies';
import { parseAdviceKnowledge } from './advice-rules';
import { advise } from './advise';
import { diagnosisFacts } from './diagnosis-facts';
import {
  adviceLanguageFromHeader,
  adviceTranslationSchema,
  localiseAdvice,
  missingTranslations,
  triggerPlaceholders,
  type AdviceTranslation,
} from './localise';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../data/policy-knowledge/${name}`, import.meta.url), 'utf8'));
const { rules, menu } = parseAdviceKnowledge(read('advice-rules.json'), read('policy_menu.json'));
const translations = {
  es: adviceTranslationSchema.parse(read('translations/es.json')),
  pt: adviceTranslationSchema.parse(read('translations/pt.json')),
};

/** A weak, quasi-hierarchical COPS cluster in its initial learning stage: most rules fire. */
const weak: DiagnosisInput = {
  clusterId: 'weak',
  sectorGroup: 'complex_product_systems',
  lifeCycleStage: 'initial_learning',
  scores: {
    externalEconomies: {
      specialisedLabourMarket: 1,
      availabilityOfInputs: 0.5,
      easyAccessToInformation: 1,
      marketAccess: 0,
    },
    jointAction: {
      backwardVerticalLinkages: 1.5,
      forwardVerticalLinkages: 1,
      horizontalBilateralLinkages: 1,
      horizontalMultilateralLinkages: 0,
    },
    upgrading: { process: 1, product: 1, functional: 1, intersectoral: 0 },
  },
  governance: [
    { governanceType: 'market', code: 1 },
    { governanceType: 'network', code: 0 },
    { governanceType: 'quasi_hierarchy', code: 2 },
    { governanceType: 'hierarchy', code: 0 },
  ],
};
const advice = advise(diagnose(weak), rules, menu, { maxRecommendations: 6 });

/** Every fact name diagnosisFacts can produce, and every value a fact can take. */
const allFacts = Object.keys(diagnosisFacts(diagnose(weak)));
const allValues = [
  'true',
  'false',
  'high',
  'medium',
  'low',
  ...sectorGroups,
  ...upgradingTypes,
  ...lifeCycleStages,
  ...governanceTypes,
  ...externalEconomyItems,
  ...jointActionItems,
];

const placeholders = (s: string) => (s.match(/\{\{?\w+\}?\}/g) ?? []).sort();
const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();

describe.each(['es', 'pt'] as const)('advice translation %s', (lang) => {
  const tr: AdviceTranslation = translations[lang];

  it('translates every id of the English knowledge base (a new rule without translation fails here)', () => {
    expect(allFacts.length).toBeGreaterThan(20);
    expect(missingTranslations(tr, rules, menu, allFacts, allValues)).toEqual([]);
  });

  it('has nothing the English files no longer have', () => {
    const actions = menu.cluster_support_menu.objectives.flatMap((o) => o.actions.map((a) => a.id));
    expect(Object.keys(tr.actions).sort()).toEqual(actions.sort());
    expect(Object.keys(tr.rules).sort()).toEqual(rules.rules.map((r) => r.id).sort());
  });

  it('keeps placeholders and numbers of the English texts', () => {
    const pairs: Array<[string, string]> = [
      ...rules.rules.map((r): [string, string] => [r.rationale, tr.rules[r.id]!]),
      ...menu.cluster_support_menu.objectives.flatMap((o) =>
        o.actions.map((a): [string, string] => [a.description, tr.actions[a.id]!.description]),
      ),
    ];
    for (const [en, translated] of pairs) {
      expect(placeholders(translated), translated).toEqual(placeholders(en));
      expect(numbers(translated), translated).toEqual(numbers(en));
    }
    for (const p of triggerPlaceholders) expect(tr.templates.trigger.split(p)).toHaveLength(2);
  });

  it('localises labels, objectives, rationale, triggers and sector priority; ids and sources stay', () => {
    const localised = localiseAdvice(advice, lang, translations);
    expect(localised.language).toBe(lang);
    expect(localised.recommendations.length).toBe(advice.recommendations.length);
    for (const [k, r] of localised.recommendations.entries()) {
      const en = advice.recommendations[k]!;
      expect(r.action).toBe(en.action);
      expect(r.rules).toEqual(en.rules);
      expect(r.priority).toBe(en.priority);
      expect(r.sources).toEqual(en.sources);
      expect(r.actionLabel).toBe(tr.actions[r.action]!.label);
      expect(r.actionDescription).toBe(tr.actions[r.action]!.description);
      expect(r.objectiveLabel).toBe(tr.objectives[r.objective]);
      expect(r.rationale).toEqual(r.rules.map((id) => tr.rules[id]));
      expect(r.triggers.map((t) => t.observed)).toEqual(en.triggers.map((t) => t.observed));
      for (const t of r.triggers) {
        expect(t.text).toContain(tr.facts[t.fact]);
        expect(t.text).not.toMatch(/[{}]|observed/);
      }
    }
    const sp = localised.recommendations.find((r) => r.sectorPriority)?.sectorPriority;
    expect(sp && sp.label).toBe(sp && tr.sectorPriorities[sp.id]);
  });
});

describe('localiseAdvice', () => {
  it('writes triggers in the language, numbers in its format', () => {
    const es = localiseAdvice(advice, 'es', translations);
    const supplier = es.recommendations
      .concat(es.alsoConsidered)
      .find((r) => r.action === 'supplier_upgrading')!;
    expect(supplier.triggers.map((t) => t.text)).toEqual([
      'Grupo sectorial: sistemas de productos complejos (condición: es sistemas de productos complejos)',
      'Vínculos verticales hacia atrás: 1,5 (condición: como máximo 1,5)',
    ]);
    const pt = localiseAdvice(advice, 'pt', translations);
    const innovation = pt.recommendations.find((r) => r.action === 'promote_innovation')!;
    expect(innovation.actionLabel).toBe('Promover a inovação');
    expect(innovation.triggers.map((t) => t.text)).toEqual([
      'Lacunas de melhoria: intersetorial, processos, produtos, funcional (condição: inclui processos ou produtos)',
      'Etapa do ciclo de vida: aprendizagem inicial (condição: é emergência ou aprendizagem inicial)',
    ]);
  });

  it('returns English unchanged, also when a language has no translation', () => {
    expect(localiseAdvice(advice, 'en', translations)).toEqual({ ...advice, language: 'en' });
    expect(localiseAdvice(advice, 'pt', { es: translations.es })).toEqual({ ...advice, language: 'en' });
  });

  it('keeps the English text of an id the translation lacks', () => {
    const partial = { ...translations.es, rules: {} };
    const r = localiseAdvice(advice, 'es', { es: partial }).recommendations[0]!;
    expect(r.rationale).toEqual(advice.recommendations[0]!.rationale);
    expect(r.actionLabel).toBe(translations.es.actions[r.action]!.label);
  });
});

describe('adviceLanguageFromHeader', () => {
  it.each([
    ['es-ES,es;q=0.9,en;q=0.8', 'es'],
    ['pt-BR', 'pt'],
    ['fr-FR,fr;q=0.9,pt;q=0.5,en;q=0.7', 'en'],
    ['de, pt;q=0.1', 'pt'],
    ['en;q=0, es;q=0.2', 'es'],
    ['fr', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => {
    expect(adviceLanguageFromHeader(header)).toBe(expected);
  });
});
