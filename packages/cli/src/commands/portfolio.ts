/** `polos portfolio <folder>`: averages by sector group, cross-tables and correlations. */
import type { Command } from 'commander';
import { portfolioAnalysis } from '@polos/core';
import { folderCommand } from './idb-input';

export function register(program: Command): void {
  folderCommand(
    program,
    {
      name: 'portfolio',
      description:
        'averages by sector group, upgrading by degree of collective efficiency, correlations (Pearson, Spearman, n) and degree counts (docs/methods/diagnosis.md)',
      formats: ['json'],
      unknown: 'scores',
      policies: ['zero', 'skip'],
    },
    (clusters, { unknown }) => {
      // The analysis (null where a statistic cannot be computed), without the API's points.
      const { unknown: policy, groups, all } = portfolioAnalysis(clusters, { unknown });
      process.stdout.write(`${JSON.stringify({ unknown: policy, groups, all }, null, 2)}\n`);
    },
  );
}
