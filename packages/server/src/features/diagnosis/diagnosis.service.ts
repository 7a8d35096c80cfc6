/**
 * The diagnosis routes' logic that is not HTTP: a cluster's diagnosis and advice from one
 * assessment through the core's adviseCluster pipeline, JSON without undefined.
 */
import {
  adviseCluster,
  assessmentKinds,
  defaultAnalysisKinds,
  type AssessmentKind,
  diagnoseCluster,
  portfolioAnalysis,
  type AdviceLanguage,
  type AssessmentSummary,
  type Cluster,
  type PlainJson,
  type User,
} from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { Store } from '@polos/store';
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

/**
 * The cluster's latest assessment (of any kind), its diagnosis, the latest assessment of each
 * kind it has, and its sector group's averages over the latest assessment of one of
 * `groupKinds` of each cluster `user` may read (decision 100: by default the published study
 * and experts, so a self-assessment never silently moves them); undefined without an
 * assessment. GET diagnosis and the cluster brief answer this.
 */
export async function latestDiagnosis(
  store: Store,
  cluster: Cluster,
  user: User | null,
  unknown: 'zero' | 'rescale',
  groupKinds: readonly AssessmentKind[] = defaultAnalysisKinds,
) {
  const history = await store.listAssessments(cluster.id);
  const [latest] = history;
  if (!latest) return undefined;
  const peers = await store.portfolioRows(
    { sector_group: cluster.sectorGroup },
    { includePrivate: permissions.readPrivate(user), kinds: groupKinds },
  );
  const group = portfolioAnalysis(
    peers.map((p) => ({ clusterId: p.id, sectorGroup: p.sectorGroup, scores: p.scores })),
  ).all;
  // History is newest first: the first of each kind is its latest; listed in the kinds' order.
  const latestByKind = assessmentKinds.flatMap((kind) => {
    const found = history.find((a) => a.kind === kind);
    return found ? [{ assessment: found, diagnosis: diagnosisOf(cluster, found, unknown) }] : [];
  });
  return {
    assessment: latest,
    diagnosis: diagnosisOf(cluster, latest, unknown),
    latestByKind,
    groupAverages: group.averages as Record<string, number | null>,
    groupSize: group.n,
    groupKinds: [...groupKinds],
  };
}
