/** `polos diagnose <folder>`: collective-efficiency indices and degree of every cluster of a folder. */
import type { Command } from 'commander';
import { assessmentIndices } from '@polos/core';
import { folderCommand, formatNumber } from './idb-input';

export function register(program: Command): void {
  folderCommand(
    program,
    {
      name: 'diagnose',
      description:
        'EEI, JAI, ICE and degree of collective efficiency for each cluster of a folder shaped like data/pietrobelli-rabellotti-clusters (docs/methods/diagnosis.md)',
      formats: ['csv', 'json'],
      unknown: 'items',
      policies: ['zero', 'rescale'],
    },
    (clusters, { format, unknown }) => {
      const rows = clusters.map((c) => {
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
    },
  );
}
