/** The advice knowledge base (data/policy-knowledge), read once per data folder and validated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAdviceKnowledge, type AdviceRules, type PolicyMenu } from '@polos/core';

export interface Knowledge {
  rules: AdviceRules;
  menu: PolicyMenu;
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
    knowledge = parseAdviceKnowledge(read('advice-rules.json'), read('policy_menu.json'));
    cache.set(dataPath, knowledge);
  }
  return knowledge;
}
