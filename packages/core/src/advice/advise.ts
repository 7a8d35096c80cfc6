/**
 * Policy advice: from a cluster's diagnosis to a context-specific mix of actions from the
 * IDB menu (Pietrobelli & Rabellotti 2004, Box 2 and ch. 4; DOMAIN.md §4).
 *
 *   1. facts of the diagnosis (diagnosis-facts.ts)
 *   2. every rule whose conditions hold fires, recording the facts that triggered it
 *   3. firings of the same action merge (highest priority, all triggers, all sources)
 *   4. an action that serves a priority of the cluster's sector group (the menu's
 *      `sector_priorities`) goes up one priority level, and says so
 *   5. selectivity (the study's first principle): the first `maxRecommendations` by
 *      priority are the mix; the rest are listed as also considered
 */
import type { Diagnosis } from '../diagnosis/diagnose';
import type { LifeCycleStage } from '../domain/vocabularies';
import type { AdviceRule, AdviceRules, Condition, PolicyMenu, SimpleCondition } from './advice-rules';
import { conditionText, englishConditionWording } from './condition-wording';
import { diagnosisFacts, type FactValue } from './diagnosis-facts';

export type Priority = 'high' | 'medium' | 'low';
const rank: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
const up: Record<Priority, Priority> = { high: 'high', medium: 'high', low: 'medium' };

export interface Trigger {
  rule: string;
  fact: string;
  op: SimpleCondition['op'];
  value: SimpleCondition['value'];
  observed: FactValue;
  text: string;
}

export interface SourceCitation {
  document: string;
  title: string;
  authors: string[];
  year: number;
  section: string;
  /** The publication's page, when the menu gives one. */
  url: string | undefined;
}

export interface Recommendation {
  action: string;
  actionLabel: string;
  actionDescription: string;
  objective: string;
  objectiveLabel: string;
  priority: Priority;
  rules: string[];
  rationale: string[];
  triggers: Trigger[];
  sectorPriority: { id: string; label: string; source: SourceCitation } | undefined;
  sources: SourceCitation[];
}

export interface Advice {
  clusterId: string;
  rulesVersion: string;
  recommendations: Recommendation[];
  alsoConsidered: Recommendation[];
  selectivity: { maxRecommendations: number; source: SourceCitation };
}

function holds(c: SimpleCondition, v: FactValue): boolean {
  if (v === null || v === undefined) return false;
  switch (c.op) {
    case 'eq':
      return v === c.value;
    case 'in':
      return Array.isArray(c.value) && typeof v === 'string' && c.value.includes(v);
    case 'lte':
      return typeof v === 'number' && v <= (c.value as number);
    case 'lt':
      return typeof v === 'number' && v < (c.value as number);
    case 'gte':
      return typeof v === 'number' && v >= (c.value as number);
    case 'gt':
      return typeof v === 'number' && v > (c.value as number);
    case 'includesAny':
      return Array.isArray(v) && Array.isArray(c.value) && c.value.some((x) => v.includes(x));
  }
}

/** The conditions that held, or undefined when the rule does not fire. */
export function evaluateRule(rule: AdviceRule, facts: Record<string, FactValue>): Trigger[] | undefined {
  const triggers: Trigger[] = [];
  for (const condition of rule.when as Condition[]) {
    const options = 'any' in condition ? condition.any : [condition];
    const met = options.filter((c) => holds(c, facts[c.fact] ?? null));
    if (!met.length) return undefined;
    for (const c of met) {
      const observed = facts[c.fact] ?? null;
      triggers.push({
        rule: rule.id,
        fact: c.fact,
        op: c.op,
        value: c.value,
        observed,
        text: conditionText({ fact: c.fact, op: c.op, value: c.value, observed }, englishConditionWording),
      });
    }
  }
  return triggers;
}

function cite(menu: PolicyMenu, document: string, section: string): SourceCitation {
  const doc = menu.documents[document];
  return {
    document,
    title: doc?.title ?? document,
    authors: doc?.authors ?? [],
    year: doc?.year ?? 0,
    section,
    url: doc?.url,
  };
}

/** The menu's document key ("002") for a `source.file` such as "002_c1e1….txt". */
const documentKey = (file: string | undefined) => (file ?? '').split('_')[0] ?? '';

/**
 * What the caller knows beyond the assessment. __Default:__ nothing.
 * - `lifeCycleStage`: the cluster's stage (from its profile) when the diagnosis has none.
 * - `maxRecommendations`: overrides the selectivity limit of the rules file (≥ 1).
 */
export interface AdviceContext {
  lifeCycleStage?: LifeCycleStage | null;
  maxRecommendations?: number;
}

/**
 * @example advise(diagnose(input), rules, menu).recommendations.map((r) => r.action) // ['new_markets_and_chains', …]
 * @example advise(diagnosis, rules, menu, { lifeCycleStage: 'growth', maxRecommendations: 3 })
 */
export function advise(
  diagnosis: Diagnosis,
  rules: AdviceRules,
  menu: PolicyMenu,
  context: AdviceContext = {},
): Advice {
  const facts = diagnosisFacts(
    diagnosis.lifeCycleStage || !context.lifeCycleStage
      ? diagnosis
      : { ...diagnosis, lifeCycleStage: context.lifeCycleStage },
  );
  if (
    context.maxRecommendations !== undefined &&
    !(Number.isInteger(context.maxRecommendations) && context.maxRecommendations >= 1)
  )
    throw new Error(`maxRecommendations must be an integer ≥ 1, not ${context.maxRecommendations}`);
  const actions = new Map(
    menu.cluster_support_menu.objectives.flatMap((o) =>
      o.actions.map((a) => [a.id, { action: a, objective: o }] as const),
    ),
  );
  const byAction = new Map<string, Recommendation>();
  for (const rule of rules.rules) {
    const triggers = evaluateRule(rule, facts);
    if (!triggers) continue;
    const entry = actions.get(rule.action);
    if (!entry) throw new Error(`advice rule ${rule.id}: unknown action "${rule.action}"`);
    const existing = byAction.get(rule.action);
    const source = cite(menu, rule.source.document, rule.source.section);
    if (existing) {
      if (rank[rule.priority] < rank[existing.priority]) existing.priority = rule.priority;
      existing.rules.push(rule.id);
      existing.rationale.push(rule.rationale);
      existing.triggers.push(...triggers);
      existing.sources.push(source);
      continue;
    }
    byAction.set(rule.action, {
      action: rule.action,
      actionLabel: entry.action.label,
      actionDescription: entry.action.description,
      objective: entry.objective.id,
      objectiveLabel: entry.objective.label,
      priority: rule.priority,
      rules: [rule.id],
      rationale: [rule.rationale],
      triggers,
      sectorPriority: undefined,
      sources: [cite(menu, documentKey(entry.action.source.file), entry.action.source.section), source],
    });
  }

  // Sector-group priorities of the menu raise the actions that serve them.
  const group = menu.sector_priorities.find((g) => g.sector_group === diagnosis.sectorGroup);
  for (const priority of group?.priorities ?? []) {
    for (const action of rules.sectorPriorityActions[priority.id] ?? []) {
      const rec = byAction.get(action);
      if (!rec || rec.sectorPriority) continue;
      rec.priority = up[rec.priority];
      rec.sectorPriority = {
        id: priority.id,
        label: priority.label,
        source: cite(menu, documentKey(priority.source.file), priority.source.section),
      };
    }
  }

  const order = [...actions.keys()];
  const sorted = [...byAction.values()].sort(
    (a, b) =>
      rank[a.priority] - rank[b.priority] ||
      Number(!!b.sectorPriority) - Number(!!a.sectorPriority) ||
      b.triggers.length - a.triggers.length ||
      order.indexOf(a.action) - order.indexOf(b.action),
  );
  const max = context.maxRecommendations ?? rules.selectivity.maxRecommendations;
  return {
    clusterId: diagnosis.clusterId,
    rulesVersion: rules.version,
    recommendations: sorted.slice(0, max),
    alsoConsidered: sorted.slice(max),
    selectivity: {
      maxRecommendations: max,
      source: cite(menu, rules.selectivity.source.document, rules.selectivity.source.section),
    },
  };
}
