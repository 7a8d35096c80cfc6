/** The cluster brief (issue 13 point 6): profile, diagnosis against the sector group, the sourced policy mix. */
import type { ClusterBriefData } from './cluster-data';
import { buildReport, type BuiltReport, type SectionRenderer } from './document';
import type { ReportLanguage } from './language';
import { clusterProfileSection } from './sections/cluster-profile';
import { diagnosisSection } from './sections/diagnosis';
import { policyMixSection } from './sections/policy-mix';

/** The sections in order; each returns null when it has no data (then it is left out). */
export const clusterSections: ReadonlyArray<SectionRenderer<ClusterBriefData>> = [
  clusterProfileSection,
  diagnosisSection,
  policyMixSection,
];

/** The cluster brief as one HTML document, generated `now`. */
export const clusterBrief = (data: ClusterBriefData, language: ReportLanguage, now: Date): BuiltReport =>
  buildReport(clusterSections, data, {
    kind: (t) => t.clusterBrief,
    subject: data.cluster.name,
    language,
    now,
  });
