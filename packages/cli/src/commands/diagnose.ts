/** `polos diagnose <folder>`: collective-efficiency indices and degree of every cluster of a folder. */
import type { Command } from 'commander';
import { assessmentIndices } from '@polos/core';
import { choice, formatNumber, readFolder } from './idb-input';

export function register(program: Command): void {
  program
    .command('diagnose <folder>')
    .description(
      'EEI, JAI, ICE and degree of collective efficiency for each cluster of a folder shaped like data/pietrobelli-rabellotti-clusters (docs/methods/diagnosis.md)',
    )
    .option('--format <format>', 'csv or json', 'csv')
    .option('--unknown <policy>', 'unknown items: zero (the study’s convention) or rescale', 'zero')
    .action((folder: string, o: { format: string; unknown: string }) => {
      const format = choice('format', o.format, ['csv', 'json'] as const);
      const unknown = choice('unknown', o.unknown, ['zero', 'rescale'] as const);
      const rows = readFolder(folder).map((c) => {
        const ce = assessmentIndices(c.scores, { unknown });
        return {
          cluster_id: c.clusterId,
          sector_group: c.sectorGroup,
          eei: ce.eei,
          jai: ce.jai,
          ice: ce.ice,
          degree: ce.degree,
          unknown_items: ce.unknownItems,
        };
      });
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const lines = ['cluster_id,sector_group,eei,jai,ice,degree,unknown_items'];
      for (const r of rows) {
        lines.push(
          [
            r.cluster_id,
            r.sector_group,
            formatNumber(r.eei),
            formatNumber(r.jai),
            formatNumber(r.ice),
            r.degree ?? '',
            r.unknown_items,
          ].join(','),
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
