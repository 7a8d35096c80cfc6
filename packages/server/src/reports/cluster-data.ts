/** What the cluster brief is drawn from (gathered by features/reports; rendered by sections/). */
import type { AdviceResult, AssessmentSummary, Cluster, DiagnosisResult } from '@polos/core';
import type { PlainJson } from '@polos/core';

export interface ClusterBriefData {
  cluster: Cluster;
  /** The latest assessment's diagnosis and its sector group's averages (GET diagnosis); null without one. */
  latest: {
    assessment: PlainJson<AssessmentSummary>;
    diagnosis: DiagnosisResult;
    groupAverages: Record<string, number | null>;
    groupSize: number;
  } | null;
  /** The policy mix of that diagnosis (GET advice), in the brief's language; null without an assessment. */
  advice: AdviceResult | null;
}
