/** Shared input handling of `polos diagnose|portfolio|advise`: the folder and the knowledge base. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAdviceKnowledge, type AdviceRules, type PolicyMenu } from '@polos/core';
import { ImportValidationError, readIdbFolder, type IdbCluster } from '@polos/store';
import { CliInputError } from '../cli-error';
import { cliConfig } from './config-env';

export function readFolder(folder: string): IdbCluster[] {
  try {
    return readIdbFolder(folder);
  } catch (error) {
    if (error instanceof ImportValidationError) {
      throw new CliInputError(
        `${folder}: ${error.issues.length} problem(s):\n` +
          error.issues.map((i) => `  ${i.file}, row ${i.row}, field ${i.field}: ${i.message}`).join('\n'),
      );
    }
    throw error;
  }
}

/** The advice rules and policy menu from the project's data/policy-knowledge (or $POLOS_DATA_PATH). */
export function readKnowledge(): { rules: AdviceRules; menu: PolicyMenu } {
  const dir = join(cliConfig().dataPath, 'policy-knowledge');
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  return parseAdviceKnowledge(read('advice-rules.json'), read('policy_menu.json'));
}

/** Numbers without floating-point noise: 4.6899999999999995 → "4.69". */
export const formatNumber = (x: number | undefined): string =>
  x === undefined ? '' : String(Number(x.toFixed(10)));

export function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliInputError(`--${option}: use ${allowed.join(' or ')}, not "${value}"`);
  }
  return value as T;
}
