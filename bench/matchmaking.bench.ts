/**
 * Quality of the explained matchmaking score (issue 12 point 3; docs/methods/matchmaking.md):
 * leave one out on the agreements of data/eu-lac-collaboration/cooperation_agreements.csv
 * whose party A and party B are both organisations of cluster_organisations.csv. For each,
 * the agreement is removed from the existing-links component, every organisation is scored
 * for party A, and party B's rank is read (ties at their expected value). Prints hit rate
 * @10, mean reciprocal rank and mean rank for polos's score and for a same-sector-only
 * baseline (the sector-similarity component alone), then the same for each component alone
 * as a diagnostic (not used to choose weights: 16 pairs are too few to tune on).
 *
 *   node scripts/bundle.mjs bench/matchmaking.bench.ts .tmp/bench-matchmaking.mjs --run
 */
import { buildMatchmaking, type Evaluation, leaveOneOut, matchComponentKeys } from '@polos/core';
import { loadMatchmakingData } from './matchmaking-data';

const K = 10;
const d = loadMatchmakingData();
const mm = buildMatchmaking({
  profiles: d.profiles,
  io: d.io,
  agreements: d.agreements,
  countryName: d.countryName,
});

const line = (label: string, e: Evaluation) =>
  console.log(
    `${label.padEnd(34)} hit@${K} ${e.hitRate.toFixed(3)}   MRR ${e.meanReciprocalRank.toFixed(3)}   mean rank ${e.meanRank.toFixed(1)}`,
  );

console.log(
  `leave-one-out on ${d.pairs.length} agreements (party A and B both registered), ${d.profiles.length} organisations, ` +
    `${d.profiles.length - 1} candidates per query; ties at their expected value; chance hit@${K} = ${(K / (d.profiles.length - 1)).toFixed(3)}`,
);
const polos = leaveOneOut(mm, d.pairs, K);
const baseline = leaveOneOut(mm, d.pairs, K, { onlyComponents: ['sector_similarity'] });
line('polos (default weights)', polos);
line('baseline: same sector only', baseline);
console.log('\ncomponent alone (diagnostic):');
for (const key of matchComponentKeys)
  line(`  ${key}`, leaveOneOut(mm, d.pairs, K, { onlyComponents: [key] }));
console.log('\nper agreement (expected rank of B among candidates; polos | baseline):');
polos.pairs.forEach((o, i) => {
  const b = baseline.pairs[i]!;
  console.log(
    `  ${o.agreementId.padEnd(7)} ${o.a} → ${o.b}`.padEnd(86) +
      `${o.rank.toFixed(1).padStart(6)} (${o.tied} tied) | ${b.rank.toFixed(1).padStart(6)} (${b.tied} tied)`,
  );
});
const example = mm.rank('es-hegan', { limit: 3, lang: 'en' })[0];
if (example) {
  console.log(`\nexample: HEGAN's best match ${example.organisation.name} (${example.score.toFixed(3)})`);
  for (const c of example.components)
    console.log(`  ${c.key} ${c.score.toFixed(2)} × ${c.weight.toFixed(3)}: ${c.explanation}`);
}
