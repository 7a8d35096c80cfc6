/** The advice knowledge base (data/policy-knowledge), read once per data folder and validated. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  adviceTranslationSchema,
  parseAdviceKnowledge,
  type AdviceRules,
  type AdviceTranslations,
  type PolicyMenu,
} from '@polos/core';

export interface Knowledge {
  rules: AdviceRules;
  menu: PolicyMenu;
  /** Spanish and Portuguese texts (translations/{es,pt}.json); a missing file leaves English. */
  translations: AdviceTranslations;
}

const cache = new Map<string, Knowledge>();

/** `dataPath` defaults to the project's data/ folder (three levels above this module, as in config.ts). */
export function loadKnowledge(
  dataPath = fileURLToPath(new URL('../../../data', import.meta.url)),
): Knowledge {
  let knowledge = cache.get(dataPath);
  if (!knowledge) {
    const read = (name: string) =>
      JSON.parse(readFileSync(join(dataPath, 'policy-knowledge', name), 'utf8')) as unknown;
    const translations: AdviceTranslations = {};
    for (const lang of ['es', 'pt'] as const) {
      if (existsSync(join(dataPath, 'policy-knowledge', 'translations', `${lang}.json`)))
        translations[lang] = adviceTranslationSchema.parse(read(`translations/${lang}.json`));
    }
    knowledge = {
      ...parseAdviceKnowledge(read('advice-rules.json'), read('policy_menu.json')),
      translations,
    };
    cache.set(dataPath, knowledge);
  }
  return knowledge;
}
