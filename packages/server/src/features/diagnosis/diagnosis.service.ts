/** The diagnosis routes' logic that is not HTTP: a cluster's diagnosis from one assessment, JSON without undefined. */
import { diagnose, type AssessmentSummary, type Cluster, type PlainJson } from '@polos/core';

/**
 * JSON has no undefined: statistics that cannot be computed become null. The type says
 * so (`PlainJson`), so each answer is checked by TypeScript against its response schema.
 */
export const plain = <T>(value: T): PlainJson<T> =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v))) as PlainJson<T>;

export function diagnosisOf(cluster: Cluster, a: AssessmentSummary, unknown: 'zero' | 'rescale') {
  return diagnose(
    {
      clusterId: cluster.id,
      sectorGroup: cluster.sectorGroup,
      lifeCycleStage: cluster.lifeCycleStage ?? null,
      scores: a.scores,
      governance: a.governance,
    },
    { unknown },
  );
}
