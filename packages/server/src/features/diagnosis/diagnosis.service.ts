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

interface GroupAverages {
  averages: Record<string, number | null>;
  n: number;
}

/**
 * Group averages already computed under one data version (decision 108), per store: every
 * cluster of a group shares them, so after a write the first diagnosis of each group pays
 * for the SQL over the group and the others do not. Only for callers that know the version
 * (anonymous reads through the public read cache).
 */
const groupMemo = new WeakMap<Store, { version: string; groups: Map<string, Promise<GroupAverages>> }>();

async function computeGroupAverages(
  store: Store,
  sectorGroup: Cluster['sectorGroup'],
  includePrivate: boolean,
  kinds: readonly AssessmentKind[],
): Promise<GroupAverages> {
  const peers = await store.portfolioRows({ sector_group: sectorGroup }, { includePrivate, kinds });
  const group = portfolioAnalysis(
    peers.map((p) => ({ clusterId: p.id, sectorGroup: p.sectorGroup, scores: p.scores })),
  ).all;
  return { averages: group.averages as Record<string, number | null>, n: group.n };
}

function groupAverages(
  store: Store,
  sectorGroup: Cluster['sectorGroup'],
  includePrivate: boolean,
  kinds: readonly AssessmentKind[],
  dataVersion: string | undefined,
): Promise<GroupAverages> {
  if (dataVersion === undefined) return computeGroupAverages(store, sectorGroup, includePrivate, kinds);
  let memo = groupMemo.get(store);
  if (memo?.version !== dataVersion) {
    memo = { version: dataVersion, groups: new Map() };
    groupMemo.set(store, memo);
  }
  const key = `${sectorGroup}|${includePrivate}|${kinds.join(',')}`;
  let averages = memo.groups.get(key);
  if (!averages) {
    const groups = memo.groups;
    averages = computeGroupAverages(store, sectorGroup, includePrivate, kinds);
    groups.set(key, averages);
    averages.catch(() => groups.delete(key));
  }
  return averages;
}

/**
 * The cluster's latest assessment (of any kind), its diagnosis, the latest assessment of each
 * kind it has, and its sector group's averages over the latest assessment of one of
 * `groupKinds` of each cluster `user` may read (decision 100: by default the published study
 * and experts, so a self-assessment never silently moves them); undefined without an
 * assessment. GET diagnosis and the cluster brief answer this. With `dataVersion` (the
 * version the request was answered under), the group averages are shared by the requests
 * of that version.
 */
export async function latestDiagnosis(
  store: Store,
  cluster: Cluster,
  user: User | null,
  unknown: 'zero' | 'rescale',
  groupKinds: readonly AssessmentKind[] = defaultAnalysisKinds,
  dataVersion?: string,
) {
  const history = await store.listAssessments(cluster.id);
  const [latest] = history;
  if (!latest) return undefined;
  const group = await groupAverages(
    store,
    cluster.sectorGroup,
    permissions.readPrivate(user),
    groupKinds,
    dataVersion,
  );
  // History is newest first: the first of each kind is its latest; listed in the kinds' order.
  const latestByKind = assessmentKinds.flatMap((kind) => {
    const found = history.find((a) => a.kind === kind);
    return found ? [{ assessment: found, diagnosis: diagnosisOf(cluster, found, unknown) }] : [];
  });
  return {
    assessment: latest,
    diagnosis: diagnosisOf(cluster, latest, unknown),
    latestByKind,
    groupAverages: group.averages,
    groupSize: group.n,
    groupKinds: [...groupKinds],
  };
}
