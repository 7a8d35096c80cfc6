/**
 * Advice in Spanish and Portuguese. The knowledge base (policy_menu.json, advice-rules.json)
 * is English; polos's translations live next to it in
 * data/policy-knowledge/translations/{es,pt}.json, keyed by objective, action, sector
 * priority, rule and fact id. `localiseAdvice` replaces the texts of an advice result —
 * action labels and descriptions, objective labels, sector-priority labels, rationales and
 * trigger texts — and leaves ids, numbers' values and sources (titles and sections as
 * published) unchanged. A text without a translation stays English.
 */
import { z } from 'zod';
import type { AdviceRules, PolicyMenu } from './advice-rules';
import type { Advice, Recommendation, Trigger } from './advise';
import { conditionText } from './condition-wording';

export const adviceLanguages = ['en', 'es', 'pt'] as const;
export type AdviceLanguage = (typeof adviceLanguages)[number];

/** Placeholders every trigger template must contain, each exactly once. */
export const triggerPlaceholders = ['{fact}', '{observed}', '{op}', '{value}'] as const;

export const adviceTranslationSchema = z.object({
  language: z.enum(['es', 'pt']),
  basedOn: z.record(z.string(), z.string()).optional(),
  objectives: z.record(z.string(), z.string()),
  actions: z.record(z.string(), z.object({ label: z.string(), description: z.string() })),
  sectorPriorities: z.record(z.string(), z.string()),
  rules: z.record(z.string(), z.string()),
  facts: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.string()),
  ops: z.object({
    eq: z.string(),
    in: z.string(),
    lte: z.string(),
    lt: z.string(),
    gte: z.string(),
    gt: z.string(),
    includesAny: z.string(),
  }),
  templates: z.object({
    trigger: z.string(),
    unknown: z.string(),
    listSeparator: z.string(),
    orSeparator: z.string(),
  }),
});
export type AdviceTranslation = z.infer<typeof adviceTranslationSchema>;
export type AdviceTranslations = Partial<Record<Exclude<AdviceLanguage, 'en'>, AdviceTranslation>>;

/** The advice with the language its texts are in. */
export type LocalisedAdvice = Advice & { language: AdviceLanguage };

/**
 * The ids of the English knowledge base that `translation` lacks, as `section:id`
 * (e.g. `rules:weak-labour-market`). `facts` are the fact names to cover (all that
 * `diagnosisFacts` can produce); values are every string a rule compares with plus `extraValues`.
 */
export function missingTranslations(
  translation: AdviceTranslation,
  rules: AdviceRules,
  menu: PolicyMenu,
  facts: readonly string[],
  extraValues: readonly string[] = [],
): string[] {
  const missing: string[] = [];
  const need = (section: string, table: Record<string, unknown>, id: string) => {
    if (!(id in table)) missing.push(`${section}:${id}`);
  };
  for (const o of menu.cluster_support_menu.objectives) {
    need('objectives', translation.objectives, o.id);
    for (const a of o.actions) need('actions', translation.actions, a.id);
  }
  for (const g of menu.sector_priorities)
    for (const p of g.priorities) need('sectorPriorities', translation.sectorPriorities, p.id);
  const values = new Set(extraValues);
  for (const rule of rules.rules) {
    need('rules', translation.rules, rule.id);
    for (const condition of rule.when) {
      for (const c of 'any' in condition ? condition.any : [condition]) {
        need('facts', translation.facts, c.fact);
        for (const v of Array.isArray(c.value) ? c.value : [c.value])
          if (typeof v === 'string' || typeof v === 'boolean') values.add(String(v));
      }
    }
  }
  for (const fact of facts) need('facts', translation.facts, fact);
  for (const v of values) need('values', translation.values, v);
  return [...new Set(missing)];
}

const numberLocale: Record<Exclude<AdviceLanguage, 'en'>, string> = { es: 'es', pt: 'pt-BR' };

/** The trigger's text in the translation's language, numbers formatted for it (condition-wording.ts). */
export function localiseTrigger(trigger: Trigger, tr: AdviceTranslation): string {
  return conditionText(trigger, { ...tr, numberLocale: numberLocale[tr.language] });
}

function localiseRecommendation(r: Recommendation, tr: AdviceTranslation): Recommendation {
  const action = tr.actions[r.action];
  return {
    ...r,
    actionLabel: action?.label ?? r.actionLabel,
    actionDescription: action?.description ?? r.actionDescription,
    objectiveLabel: tr.objectives[r.objective] ?? r.objectiveLabel,
    // one rationale per rule, in the order of `rules`
    rationale: r.rationale.map((text, k) => tr.rules[r.rules[k] ?? ''] ?? text),
    triggers: r.triggers.map((t) => ({ ...t, text: localiseTrigger(t, tr) })),
    sectorPriority: r.sectorPriority && {
      ...r.sectorPriority,
      label: tr.sectorPriorities[r.sectorPriority.id] ?? r.sectorPriority.label,
    },
  };
}

/**
 * @example localiseAdvice(advise(diagnosis, rules, menu), 'es', translations).recommendations[0].actionLabel
 *   // 'Promover el acceso a nuevos mercados y cadenas de valor'
 * English, or a language without a translation, returns the advice as it is, with `language: 'en'`.
 */
export function localiseAdvice(
  advice: Advice,
  language: AdviceLanguage,
  translations: AdviceTranslations,
): LocalisedAdvice {
  const tr = language === 'en' ? undefined : translations[language];
  if (!tr) return { ...advice, language: 'en' };
  return {
    ...advice,
    language,
    recommendations: advice.recommendations.map((r) => localiseRecommendation(r, tr)),
    alsoConsidered: advice.alsoConsidered.map((r) => localiseRecommendation(r, tr)),
  };
}

/**
 * The first supported language of an Accept-Language header (`es-ES,es;q=0.9,en;q=0.8`),
 * by quality; undefined when none is supported.
 */
export function adviceLanguageFromHeader(header: string | undefined | null): AdviceLanguage | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
      return {
        base: tag.trim().toLowerCase().split('-')[0] ?? '',
        q: q === undefined ? 1 : Number(q),
        index,
      };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked
    .map((x) => x.base)
    .find((b): b is AdviceLanguage => (adviceLanguages as readonly string[]).includes(b));
}
