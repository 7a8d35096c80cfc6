/** Shared input handling of `polos diagnose|portfolio|advise`: the folder and the knowledge base. */
import type { Command } from 'commander';
import type { PolicyKnowledge } from '@polos/core';
import { loadKnowledge } from '@polos/server';
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

/**
 * The policy knowledge from the project's data/policy-knowledge (or $POLOS_DATA_PATH), by
 * the one reader the server also uses (packages/server/src/knowledge.ts).
 */
export function readKnowledge(): PolicyKnowledge {
  return loadKnowledge(cliConfig().dataPath);
}

/** Numbers without floating-point noise: 4.6899999999999995 → "4.69". */
export const formatNumber = (x: number | null | undefined): string =>
  x == null ? '' : String(Number(x.toFixed(10)));

export function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliInputError(`--${option}: use ${allowed.join(' or ')}, not "${value}"`);
  }
  return value as T;
}

/**
 * A command over a folder of the study (`polos diagnose`, `polos portfolio`): `--format`
 * (the first format is the default) and `--unknown` (`zero`, the study's convention, is the
 * default), both checked before `run` is given the folder's clusters.
 */
export function folderCommand<F extends string, U extends string>(
  program: Command,
  spec: {
    name: string;
    description: string;
    formats: readonly F[];
    unknown: `${string}s`;
    policies: readonly ['zero', U];
  },
  run: (clusters: IdbCluster[], o: { format: F; unknown: 'zero' | U }) => void,
): void {
  program
    .command(`${spec.name} <folder>`)
    .description(spec.description)
    .option('--format <format>', spec.formats.join(' or '), spec.formats[0])
    .option(
      '--unknown <policy>',
      `unknown ${spec.unknown}: zero (the study’s convention) or ${spec.policies[1]}`,
      'zero',
    )
    .action((folder: string, o: { format: string; unknown: string }) => {
      const format = choice('format', o.format, spec.formats);
      const unknown = choice('unknown', o.unknown, spec.policies);
      run(readFolder(folder), { format, unknown });
    });
}
