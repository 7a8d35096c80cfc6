/** `polos portfolio <folder>`: averages by sector group, cross-tables and correlations. */
import type { Command } from 'commander';
import { portfolioAnalysis } from '@polos/core';
import { choice, readFolder } from './idb-input';

export function register(program: Command): void {
  program
    .command('portfolio <folder>')
    .description(
      'averages by sector group, upgrading by degree of collective efficiency, correlations (Pearson, Spearman, n) and degree counts (docs/methods/diagnosis.md)',
    )
    .option('--format <format>', 'json', 'json')
    .option('--unknown <policy>', 'unknown scores: zero (the study’s convention) or skip', 'zero')
    .action((folder: string, o: { format: string; unknown: string }) => {
      choice('format', o.format, ['json'] as const);
      const unknown = choice('unknown', o.unknown, ['zero', 'skip'] as const);
      // The analysis (null where a statistic cannot be computed), without the API's points.
      const { unknown: policy, groups, all } = portfolioAnalysis(readFolder(folder), { unknown });
      process.stdout.write(`${JSON.stringify({ unknown: policy, groups, all }, null, 2)}\n`);
    });
}
