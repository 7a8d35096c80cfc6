/**
 * The reference table of cluster-organisation services: Table 6 of the EU-LAC report
 * (Paton, Bercovich & Barroeta, INFYDE, for the EU-LAC Foundation and SEGIB, 2018, §6.2.2,
 * developed from ESCA (2017) *Sustainable Financing of Cluster Initiatives*), shipped as
 * `data/eu-lac-clusters/cluster_services.csv` (see its PROVENANCE.md). The labels are kept
 * as printed; a test checks this constant against the CSV cell by cell. `key` is polos's
 * language-neutral name of each row.
 */

/** How widespread the service is among clusters (no order imposed: PROVENANCE note 4). */
export const serviceExtensions = ['Frequent', 'Habitual', 'Rare', 'Very rarely'] as const;
/** How much the service contributes to the organisation's financing (None lowest). */
export const serviceContributions = ['None', 'Medium-Low', 'Medium-High', 'High'] as const;
/** How members value the service (Medium-Low lowest). */
export const serviceEvaluations = ['Medium-Low', 'Medium', 'High'] as const;
export type ServiceExtension = (typeof serviceExtensions)[number];
export type ServiceContribution = (typeof serviceContributions)[number];
export type ServiceEvaluation = (typeof serviceEvaluations)[number];

export interface ReferenceService {
  key: string;
  /** `row` of cluster_services.csv. */
  row: number;
  /** `service_type`, as printed. */
  name: string;
  extension: ServiceExtension;
  contribution: ServiceContribution;
  evaluation: ServiceEvaluation;
}

const row = (
  n: number,
  key: string,
  name: string,
  extension: ServiceExtension,
  contribution: ServiceContribution,
  evaluation: ServiceEvaluation,
): ReferenceService => ({ key, row: n, name, extension, contribution, evaluation });

export const referenceServices: readonly ReferenceService[] = [
  row(1, 'tradeMissions', 'Organisation of trade missions', 'Frequent', 'Medium-High', 'High'),
  row(2, 'tradeFairs', 'Organisation of trade fairs', 'Frequent', 'High', 'High'),
  row(3, 'b2bVisits', 'B2B visits among members', 'Habitual', 'None', 'Medium'),
  row(4, 'managerVisits', 'Cluster manager visits to members', 'Frequent', 'None', 'High'),
  row(5, 'training', 'Seminars and training courses', 'Habitual', 'High', 'High'),
  row(6, 'clusterPromotion', 'Cluster promotion', 'Habitual', 'Medium-Low', 'Medium'),
  row(7, 'memberPromotion', 'Promotion of individual members', 'Rare', 'High', 'High'),
  row(8, 'memberConnections', 'Connection actions among members', 'Habitual', 'None', 'High'),
  row(9, 'projectManagement', 'Project management', 'Rare', 'High', 'High'),
  row(10, 'publications', 'Publications', 'Habitual', 'None', 'Medium-Low'),
  row(11, 'thematicStudies', 'Thematic studies at the request of members', 'Very rarely', 'High', 'High'),
  row(12, 'consultations', 'Specific consultations', 'Rare', 'High', 'High'),
  row(13, 'supplierBuyerConnections', 'Connections between suppliers and purchasers', 'Rare', 'High', 'High'),
  row(14, 'proprietaryRights', 'Proprietary rights (assistance)', 'Rare', 'None', 'High'),
  row(15, 'competencyMapping', 'Cluster competency mapping', 'Frequent', 'None', 'Medium-Low'),
];

export const referenceServiceKeys = referenceServices.map((s) => s.key) as [string, ...string[]];

/** The extensions counted as common: a cluster organisation usually offers these. */
export const commonExtensions: readonly ServiceExtension[] = ['Frequent', 'Habitual'];

export const referenceSource =
  'EU-LAC report (Paton, Bercovich & Barroeta 2018) Table 6, §6.2.2, after ESCA (2017) Sustainable Financing of Cluster Initiatives; data/eu-lac-clusters/cluster_services.csv';
