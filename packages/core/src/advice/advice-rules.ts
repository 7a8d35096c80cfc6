/**
 * The schema of the advice rules (data/policy-knowledge/advice-rules.json) and of the
 * part of the knowledge base the advice uses (data/policy-knowledge/policy_menu.json).
 * The core validates both; callers load the files.
 */
import { z } from 'zod';

export const conditionOps = ['eq', 'in', 'lte', 'lt', 'gte', 'gt', 'includesAny'] as const;

const simpleCondition = z.object({
  fact: z.string().min(1),
  op: z.enum(conditionOps),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
});
export type SimpleCondition = z.infer<typeof simpleCondition>;
export const conditionSchema = z.union([simpleCondition, z.object({ any: z.array(simpleCondition).min(1) })]);
export type Condition = z.infer<typeof conditionSchema>;

const sourceRef = z.object({ document: z.string(), section: z.string() });

export const adviceRulesSchema = z.object({
  version: z.string(),
  description: z.string().optional(),
  selectivity: z.object({ maxRecommendations: z.number().int().min(1), source: sourceRef }),
  sectorPriorityActions: z.record(z.string(), z.array(z.string())),
  rules: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        action: z.string(),
        priority: z.enum(['high', 'medium', 'low']),
        when: z.array(conditionSchema).min(1),
        rationale: z.string(),
        source: sourceRef,
      }),
    )
    .min(1),
});
export type AdviceRules = z.infer<typeof adviceRulesSchema>;
export type AdviceRule = AdviceRules['rules'][number];

const menuSource = z.object({ file: z.string().optional(), section: z.string() });
export const policyMenuSchema = z.object({
  documents: z.record(
    z.string(),
    z.object({
      title: z.string(),
      authors: z.array(z.string()),
      year: z.number(),
      publisher: z.string(),
      url: z.url().optional().describe("The publication's page (added by polos, PROVENANCE.md)."),
    }),
  ),
  cluster_support_menu: z.object({
    objectives: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        actions: z.array(
          z.object({ id: z.string(), label: z.string(), description: z.string(), source: menuSource }),
        ),
      }),
    ),
  }),
  sector_priorities: z.array(
    z.object({
      sector_group: z.string(),
      priorities: z.array(
        z.object({ id: z.string(), label: z.string(), description: z.string(), source: menuSource }),
      ),
    }),
  ),
});
export type PolicyMenu = z.infer<typeof policyMenuSchema>;

/**
 * Parses both files and checks that every rule names an action of the menu.
 * @throws Error naming the rule and the unknown action.
 */
export function parseAdviceKnowledge(
  rulesJson: unknown,
  menuJson: unknown,
): { rules: AdviceRules; menu: PolicyMenu } {
  const rules = adviceRulesSchema.parse(rulesJson);
  const menu = policyMenuSchema.parse(menuJson);
  const actions = new Set(menu.cluster_support_menu.objectives.flatMap((o) => o.actions.map((a) => a.id)));
  for (const rule of rules.rules) {
    if (!actions.has(rule.action))
      throw new Error(`advice rule ${rule.id}: unknown action "${rule.action}" (not in policy_menu.json)`);
  }
  for (const [priority, list] of Object.entries(rules.sectorPriorityActions)) {
    for (const action of list) {
      if (!actions.has(action))
        throw new Error(`sectorPriorityActions.${priority}: unknown action "${action}"`);
    }
  }
  return { rules, menu };
}
