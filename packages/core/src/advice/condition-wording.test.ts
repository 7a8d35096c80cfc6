import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, type DiagnosisInput } from '../diagnosis/diagnose';
import { externalEconomyItems, jointActionItems, upgradingTypes } from '../domain/assessment';
import { governanceTypes, lifeCycleStages, sectorGroups } from '../domain/vocabularies';
import { parseAdviceKnowledge, type SimpleCondition } from './advice-rules';
import { conditionText, englishConditionWording, type ConditionWording } from './condition-wording';
import { diagnosisFacts } from './diagnosis-facts';
import { adviceTranslationSchema } from './localise';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../data/policy-knowledge/${name}`, import.meta.url), 'utf8'));
const { rules } = parseAdviceKnowledge(read('advice-rules.json'), read('policy_menu.json'));
const wordings: Record<'en' | 'es' | 'pt', ConditionWording> = {
  en: englishConditionWording,
  es: { ...adviceTranslationSchema.parse(read('translations/es.json')), numberLocale: 'es' },
  pt: { ...adviceTranslationSchema.parse(read('translations/pt.json')), numberLocale: 'pt-BR' },
};

const conditions: SimpleCondition[] = rules.rules.flatMap((r) =>
  r.when.flatMap((c) => ('any' in c ? c.any : [c])),
);
/** An observed value that meets the condition (what a fired rule shows). */
const observedFor = (c: SimpleCondition) =>
  c.op === 'in' && Array.isArray(c.value) ? (c.value[0] ?? null) : c.value;

const facts = Object.keys(
  diagnosisFacts(
    diagnose({
      clusterId: 'x',
      sectorGroup: 'traditional_manufacturing',
      scores: {
        externalEconomies: Object.fromEntries(externalEconomyItems.map((i) => [i, null])),
        jointAction: Object.fromEntries(jointActionItems.map((i) => [i, null])),
        upgrading: Object.fromEntries(upgradingTypes.map((t) => [t, null])),
      } as DiagnosisInput['scores'],
    }),
  ),
);
const values = [
  'true',
  'false',
  ...sectorGroups,
  ...upgradingTypes,
  ...lifeCycleStages,
  ...governanceTypes,
  ...externalEconomyItems,
  ...jointActionItems,
];

describe.each(['en', 'es', 'pt'] as const)('conditions in words (%s)', (lang) => {
  const wording = wordings[lang];

  it('names every fact and value the diagnosis can produce', () => {
    expect(facts.length).toBeGreaterThan(20);
    expect(facts.filter((f) => !wording.facts[f])).toEqual([]);
    expect(values.filter((v) => !wording.values[v])).toEqual([]);
  });

  it('leaves no raw fact id, value id, symbol or true/false in any condition of the shipped rules', () => {
    expect(conditions.length).toBeGreaterThan(14);
    for (const c of conditions) {
      const text = conditionText({ ...c, observed: observedFor(c) }, wording);
      expect(text, `${c.fact} ${c.op}`).toContain(wording.facts[c.fact]);
      expect(text, text).not.toMatch(/\b(true|false)\b|[≤≥<>=_{}]|[a-z]\.[a-z]|[a-z][A-Z]/);
    }
  });
});

describe('conditionText', () => {
  it('says a condition in the language, numbers in its format', () => {
    const c = { fact: 'item.backwardVerticalLinkages', op: 'lte', value: 1.5, observed: 1.25 } as const;
    expect(conditionText(c, wordings.en)).toBe('Backward vertical linkages: 1.25 (rule: at most 1.5)');
    expect(conditionText(c, wordings.es)).toBe(
      'Vínculos verticales hacia atrás: 1,25 (condición: como máximo 1,5)',
    );
    const served = {
      fact: 'governance.quasi_hierarchy.served',
      op: 'eq',
      value: true,
      observed: true,
    } as const;
    expect(conditionText(served, wordings.en)).toBe(
      'Serves quasi-hierarchical value chains: yes (rule: is yes)',
    );
    expect(conditionText(served, wordings.pt)).toMatch(/: sim \(condição: é sim\)$/);
  });

  it('says "unknown" for a missing observation and a dash for an empty list', () => {
    expect(conditionText({ fact: 'ice', op: 'lt', value: 0.5, observed: null }, wordings.en)).toBe(
      'Collective efficiency (ICE): unknown (rule: below 0.5)',
    );
    expect(
      conditionText(
        { fact: 'upgradingGaps', op: 'includesAny', value: ['process'], observed: [] },
        wordings.en,
      ),
    ).toBe('Upgrading gaps: — (rule: includes process)');
  });
});
