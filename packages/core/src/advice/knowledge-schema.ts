/**
 * The policy knowledge (data/policy-knowledge): the advice rules, the policy menu and the
 * Spanish and Portuguese translations, parsed and cross-checked in one place. Pure: the
 * files are read by the one node-side reader, packages/server/src/knowledge.ts, which the
 * server and the CLI (`polos advise`) both use (docs/decisions/073-analysis-pipelines.md).
 */
import { z } from 'zod';
import { parseAdviceKnowledge, type AdviceRules, type PolicyMenu } from './advice-rules';
import { adviceTranslationSchema, type AdviceTranslations } from './localise';

export interface PolicyKnowledge {
  rules: AdviceRules;
  menu: PolicyMenu;
  /** Spanish and Portuguese texts; a language without its file stays English. */
  translations: AdviceTranslations;
}

/** The files of the knowledge base as JSON values (a translation may be absent). */
export interface PolicyKnowledgeFiles {
  rules: unknown;
  menu: unknown;
  translations: { es?: unknown; pt?: unknown };
}

/** A parsed knowledge base (what `adviseCluster` takes): checked by shape, not re-parsed. */
export const policyKnowledgeSchema = z.custom<PolicyKnowledge>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as PolicyKnowledge).rules === 'object' &&
    Array.isArray((v as PolicyKnowledge).rules?.rules) &&
    typeof (v as PolicyKnowledge).menu === 'object' &&
    typeof (v as PolicyKnowledge).translations === 'object',
  { message: 'a policy knowledge base parsed by parsePolicyKnowledge (rules, menu, translations)' },
);

/**
 * Parses every file and checks that each rule names an action of the menu.
 * @throws Error naming the file (advice-rules.json, policy_menu.json, translations/<lang>.json) and the problem.
 */
export function parsePolicyKnowledge(files: PolicyKnowledgeFiles): PolicyKnowledge {
  const translations: AdviceTranslations = {};
  for (const lang of ['es', 'pt'] as const) {
    const file = files.translations[lang];
    if (file === undefined) continue;
    const parsed = adviceTranslationSchema.safeParse(file);
    if (!parsed.success)
      throw new Error(
        `translations/${lang}.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    translations[lang] = parsed.data;
  }
  return { ...parseAdviceKnowledge(files.rules, files.menu), translations };
}
