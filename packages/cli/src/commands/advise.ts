/** `polos advise <folder> --cluster <id>`: the recommended policy mix, with triggers and sources. */
import type { Command } from 'commander';
import { adviseCluster, lifeCycleStages, type AdviseClusterResult } from '@polos/core';
import { CliInputError } from '../cli-error';
import { choice, formatNumber, readFolder, readKnowledge } from './idb-input';

function markdown(
  d: AdviseClusterResult['diagnosis'],
  a: AdviseClusterResult['advice'],
  label: string,
): string {
  const ce = d.collectiveEfficiency;
  const out = [
    `# Policy mix for ${label} (${d.clusterId})`,
    '',
    `Sector group: ${d.sectorGroup}. Collective efficiency: EEI ${formatNumber(ce.eei)}, JAI ${formatNumber(ce.jai)}, ICE ${formatNumber(ce.ice)} — ${ce.degree ?? 'unknown'}` +
      (ce.unknownItems
        ? ` (${ce.unknownItems} unknown item(s) ${ce.unknownPolicy === 'zero' ? 'counted as 0' : 'rescaled by answered items'})`
        : '') +
      '.',
    `Weakest items: ${d.weakestItems.join(', ') || 'none known'}${d.weakestScore != null ? ` (${d.weakestScore})` : ''}. ` +
      `Upgrading gaps: ${d.upgrading.gaps.join(', ') || 'none'}. ` +
      `Chains served: ${d.governance.chains.map((c) => `${c.governance} (${c.scope})`).join(', ') || 'none recorded'}.` +
      (d.lifeCycleStage ? ` Life-cycle stage: ${d.lifeCycleStage}.` : ''),
    '',
  ];
  if (!a.recommendations.length) out.push('No rule fires: no action is recommended from this diagnosis.', '');
  a.recommendations.forEach((r, i) => {
    out.push(
      `## ${i + 1}. ${r.actionLabel} — ${r.priority} priority`,
      '',
      `Objective: ${r.objectiveLabel}.`,
      '',
    );
    out.push('Why:', ...r.rationale.map((x) => `- ${x}`));
    out.push('', 'Triggered by:', ...r.triggers.map((t) => `- ${t.text} [rule ${t.rule}]`));
    if (r.sectorPriority)
      out.push(
        `- a priority of the sector group: ${r.sectorPriority.label} (${r.sectorPriority.source.section})`,
      );
    out.push(
      '',
      'Sources:',
      ...[
        ...new Set(r.sources.map((s) => `${s.authors.join(' & ')} (${s.year}), ${s.title}: ${s.section}`)),
      ].map((s) => `- ${s}`),
      '',
    );
  });
  if (a.alsoConsidered.length) {
    out.push(
      `Also considered (left out for selectivity, at most ${a.selectivity.maxRecommendations} priorities — ${a.selectivity.source.section}):`,
      ...a.alsoConsidered.map(
        (r) => `- ${r.actionLabel} (${r.priority}): ${r.triggers.map((t) => t.text).join('; ')}`,
      ),
      '',
    );
  }
  out.push(`Rules version ${a.rulesVersion}.`);
  return `${out.join('\n')}\n`;
}

export function register(program: Command): void {
  program
    .command('advise <folder>')
    .description(
      'recommended policy mix for one cluster of a folder, each action with the facts that triggered it and its source (docs/methods/advice.md)',
    )
    .requiredOption('--cluster <id>', 'cluster_id in clusters.csv')
    .option('--format <format>', 'md or json', 'md')
    .option('--unknown <policy>', 'unknown items: zero or rescale', 'zero')
    .option('--stage <stage>', `life-cycle stage of the cluster (${lifeCycleStages.join(', ')})`)
    .action((folder: string, o: { cluster: string; format: string; unknown: string; stage?: string }) => {
      const format = choice('format', o.format, ['md', 'json'] as const);
      const unknown = choice('unknown', o.unknown, ['zero', 'rescale'] as const);
      const lifeCycleStage = o.stage === undefined ? undefined : choice('stage', o.stage, lifeCycleStages);
      const clusters = readFolder(folder);
      const cluster = clusters.find((c) => c.clusterId === o.cluster);
      if (!cluster) {
        throw new CliInputError(
          `clusters.csv, field cluster_id: no cluster "${o.cluster}" in ${folder} (${clusters.length} clusters)`,
        );
      }
      const { diagnosis, advice } = adviseCluster({
        cluster: { id: cluster.clusterId, sectorGroup: cluster.sectorGroup, lifeCycleStage },
        assessment: cluster,
        unknown,
        knowledge: readKnowledge(),
      });
      // `polos advise` prints English, and has always printed the advice without its language.
      const { language: _english, ...english } = advice;
      process.stdout.write(
        format === 'json'
          ? `${JSON.stringify({ diagnosis, advice: english }, null, 2)}\n`
          : markdown(diagnosis, advice, cluster.label),
      );
    });
}
