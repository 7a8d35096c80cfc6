/**
 * The one reader of the policy knowledge (data/policy-knowledge): the advice rules, the
 * policy menu and the translations, read once per data folder and parsed by the core
 * (parsePolicyKnowledge). The server's advice routes and the CLI's `polos advise` both use it
 * (docs/decisions/073-analysis-pipelines.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicyKnowledge, type PolicyKnowledge } from '@polos/core';

export type Knowledge = PolicyKnowledge;

const cache = new Map<string, Knowledge>();

/** `dataPath` defaults to the project's data/ folder (three levels above this module, as in config.ts). */
export function loadKnowledge(
  dataPath = fileURLToPath(new URL('../../../data', import.meta.url)),
): Knowledge {
  let knowledge = cache.get(dataPath);
  if (!knowledge) {
    const dir = join(dataPath, 'policy-knowledge');
    const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
    const translation = (lang: 'es' | 'pt') => {
      const name = `translations/${lang}.json`;
      return existsSync(join(dir, name)) ? read(name) : undefined;
    };
    knowledge = parsePolicyKnowledge({
      rules: read('advice-rules.json'),
      menu: read('policy_menu.json'),
      translations: { es: translation('es'), pt: translation('pt') },
    });
    cache.set(dataPath, knowledge);
  }
  return knowledge;
}
