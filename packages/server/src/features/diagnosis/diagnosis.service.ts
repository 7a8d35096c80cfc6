/**
 * The diagnosis routes' logic that is not HTTP: a cluster's diagnosis and advice from one
 * assessment through the core's adviseCluster pipeline, JSON without undefined.
 */
import {
  adviseCluster,
  diagnoseCluster,
  type AdviceLanguage,
  type AssessmentSummary,
  type Cluster,
  type PlainJson,
} from '@polos/core';
import { loadKnowledge } from '../../knowledge';

/**
 * JSON has no undefined: statistics that cannot be computed become null. The type says
 * so (`PlainJson`), so each answer is checked by TypeScript against its response schema.
 */
export const plain = <T>(value: T): PlainJson<T> =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v))) as PlainJson<T>;

const clusterOf = (cluster: Cluster) => ({
  id: cluster.id,
  sectorGroup: cluster.sectorGroup,
  lifeCycleStage: cluster.lifeCycleStage ?? null,
});

export function diagnosisOf(cluster: Cluster, a: AssessmentSummary, unknown: 'zero' | 'rescale') {
  return diagnoseCluster({ cluster: clusterOf(cluster), assessment: a, unknown });
}

/** The diagnosis and the localised advice of one assessment (POST assessment, GET advice). */
export function adviceOf(
  cluster: Cluster,
  a: AssessmentSummary,
  options: { unknown: 'zero' | 'rescale'; language: AdviceLanguage; dataPath: string },
) {
  return adviseCluster({
    cluster: clusterOf(cluster),
    assessment: a,
    unknown: options.unknown,
    language: options.language,
    knowledge: loadKnowledge(options.dataPath),
  });
}
