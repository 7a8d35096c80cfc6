/**
 * Seeds the bundled demo data on first start, idempotently: each dataset is recorded
 * in `seed_runs` in the same transaction as its rows, so a second start adds nothing
 * and a cluster a user deleted does not come back.
 *
 * Datasets (see data/README.md and each folder's PROVENANCE.md):
 * - `idb-2004-clusters`: the 40 scored clusters of Pietrobelli & Rabellotti (IDB 2004),
 *   their Table 2 key figures, and one expert assessment each from Annex 1 item scores,
 *   Tables 5/9/13/16 upgrading and Tables 4/8/12 governance.
 * - `eu-lac-2018-basque`: the 17 Basque cluster associations of 2017 (EU-LAC report,
 *   Table 5) and an organisation for each.
 * - `eu-lac-2018-collaboration-organisations`: the report's 104 organisations, EU and LAC,
 *   merged with the Basque ones they name (seed-collaboration-organisations.ts).
 */
import { join } from 'node:path';
import {
  clusterInputSchema,
  organisationInputSchema,
  type GovernanceObservation,
  type GovernanceType,
  type KeyFigures,
  type Scores,
  type SectorGroup,
} from '@polos/core';
import { readCsvFile, type CsvRecord } from '../files/read-csv';
import { seedStatisticalCodes } from './seed-statistical-codes';
import { IDB_STUDY_ASSESSOR } from '../migrations/022-assessment-kinds';
import type { SqlStore } from '../sql-store';
import { seedAgreementsAndProgrammes } from './seed-agreements-programmes';
import type { Actor } from '../store';
import { seedCollaborationOrganisations } from './seed-collaboration-organisations';

const seedActor: Actor = { userId: null, label: 'seed' };
const IDB_SOURCE =
  'Pietrobelli & Rabellotti (2004), Upgrading in Clusters and Value Chains in Latin America, IDB';
const EULAC_SOURCE =
  'Paton, Bercovich & Barroeta (2018), Clusters and Cluster Policy: EU–LAC, EU-LAC Foundation/SEGIB, Table 5 (Orkestra 2017)';

const num = (s: string | undefined): number | null => (s === undefined || s.trim() === '' ? null : Number(s));

function byCluster(records: CsvRecord[]): Map<string, Record<string, string>> {
  return new Map(records.map((r) => [r.values.cluster_id!, r.values]));
}

/** Table 2 figures: production 2002/1995 and exports 2002/1996 (US$ million); firms and jobs attached to 2002, the survey year. */
function idbKeyFigures(v: Record<string, string>): KeyFigures[] {
  const note = 'IDB study, Table 2';
  const figures: KeyFigures[] = [];
  const y2002: KeyFigures = {
    year: 2002,
    firms: num(v.number_of_firms),
    directJobs: num(v.direct_jobs),
    indirectJobs: num(v.indirect_jobs),
    production: num(v.production_2002_usd_m),
    exports: num(v.exports_2002_usd_m),
    currency: 'USD',
    unit: 'million',
    source: `${note}; firms and jobs as printed, attached to 2002, the year of the field studies`,
  };
  if (
    [y2002.firms, y2002.directJobs, y2002.indirectJobs, y2002.production, y2002.exports].some(
      (x) => x != null,
    )
  )
    figures.push(y2002);
  const p1995 = num(v.production_1995_usd_m);
  if (p1995 != null)
    figures.push({ year: 1995, production: p1995, currency: 'USD', unit: 'million', source: note });
  const e1996 = num(v.exports_1996_usd_m);
  if (e1996 != null)
    figures.push({ year: 1996, exports: e1996, currency: 'USD', unit: 'million', source: note });
  return figures.sort((a, b) => a.year - b.year);
}

function idbScores(
  ee: Record<string, string> | undefined,
  ja: Record<string, string> | undefined,
  up: Record<string, string> | undefined,
): Scores {
  return {
    externalEconomies: {
      specialisedLabourMarket: num(ee?.a_specialised_labour_market),
      availabilityOfInputs: num(ee?.b_availability_of_inputs),
      easyAccessToInformation: num(ee?.c_easy_access_to_information),
      marketAccess: num(ee?.d_market_access),
    },
    jointAction: {
      backwardVerticalLinkages: num(ja?.a_backward_vertical_linkages),
      forwardVerticalLinkages: num(ja?.b_forward_vertical_linkages),
      horizontalBilateralLinkages: num(ja?.c_horizontal_bilateral_linkages),
      horizontalMultilateralLinkages: num(ja?.d_horizontal_multilateral_linkages),
    },
    upgrading: {
      product: num(up?.product_upgrading),
      process: num(up?.process_upgrading),
      functional: num(up?.functional_upgrading),
      intersectoral: num(up?.intersectoral_upgrading),
    },
  };
}

async function seedIdb(store: SqlStore, folder: string) {
  const clusters = readCsvFile(join(folder, 'clusters.csv')).records.filter(
    (r) => !r.values.parent_cluster_id,
  );
  const ee = byCluster(readCsvFile(join(folder, 'external_economies.csv')).records);
  const ja = byCluster(readCsvFile(join(folder, 'joint_action.csv')).records);
  const up = byCluster(readCsvFile(join(folder, 'upgrading.csv')).records);
  const governance = new Map<string, GovernanceObservation[]>();
  for (const { values: g } of readCsvFile(join(folder, 'governance.csv')).records) {
    const list = governance.get(g.cluster_id!) ?? [];
    const code = num(g.code_published);
    list.push({
      governanceType: g.governance_type as GovernanceType,
      code: code as GovernanceObservation['code'],
      description:
        g.chain_description || (g.evidence === 'text' ? `from the study's text (${g.chain_scope})` : null),
    });
    governance.set(g.cluster_id!, list);
  }
  const codes = seedStatisticalCodes(folder);
  for (const { values: v } of clusters) {
    const id = v.cluster_id!;
    const cluster = clusterInputSchema.parse({
      id,
      name: `${v.product_label} — ${v.location}`,
      country: v.country,
      location: v.location,
      sector: v.sub_sector!.replace(/_/g, ' '),
      sectorGroup: v.sector_group,
      description: v.notes || null,
      keyFigures: idbKeyFigures(v),
      source: `${IDB_SOURCE}; published label: ${v.label_as_published}`,
      statisticalCodes: codes.get(id) ?? null,
    });
    await store.createCluster({ ...cluster, id }, seedActor);
    await store.createAssessment(
      id,
      {
        // The study's year of publication, known only to the year (decision 100).
        assessedOn: '2004-01-01',
        datePrecision: 'year',
        kind: 'published_study',
        assessor: IDB_STUDY_ASSESSOR,
        method: 'expert',
        aggregation: 'median',
        scores: idbScores(ee.get(id), ja.get(id), up.get(id)),
        governance: governance.get(id) ?? [],
        source: `${IDB_SOURCE}: Annex 1 (collective efficiency), Tables 5/9/13/16 (upgrading), Tables 4/8/12 (governance)`,
        notes:
          'Date = year of publication of the study (the field work was done in 2002–2003). Empty cells = unknown.',
      },
      seedActor,
    );
  }
  return { clusters: clusters.length, assessments: clusters.length };
}

/**
 * Sector group of each Basque association, assigned by polos by learning pattern
 * (data/eu-lac-clusters/PROVENANCE.md, "Added by polos").
 */
const basqueSectorGroups: Record<string, SectorGroup> = {
  Aeronautics: 'complex_product_systems',
  Foodstuffs: 'natural_resource_based',
  Automotive: 'complex_product_systems',
  'Bio health': 'specialized_suppliers',
  Construction: 'traditional_manufacturing',
  'Digital Content': 'specialized_suppliers',
  Energy: 'complex_product_systems',
  'Railway Equipment': 'complex_product_systems',
  Casting: 'complex_product_systems',
  'Habitat, Wood, Office and Contract': 'traditional_manufacturing',
  'Maritime Industries': 'complex_product_systems',
  Environment: 'specialized_suppliers',
  Paper: 'natural_resource_based',
  'Steel Products and Installations': 'natural_resource_based',
  'Machine Tools and Components': 'specialized_suppliers',
  TEICs: 'complex_product_systems',
  'Transport and Logistics': 'traditional_manufacturing',
};

async function seedBasque(store: SqlStore, folder: string) {
  const { records } = readCsvFile(join(folder, 'basque_cluster_associations_2017.csv'));
  const codes = seedStatisticalCodes(folder);
  for (const { values: v } of records) {
    const activity = v.economic_activity!;
    const sectorGroup = basqueSectorGroups[activity];
    if (!sectorGroup) throw new Error(`seed: no sector group for Basque activity "${activity}"`);
    const id = `es21-${(v.acronym || activity)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
    const cluster = clusterInputSchema.parse({
      id,
      name: v.cluster_association,
      country: 'ES',
      region: 'ES21',
      location: 'Basque Country (País Vasco)',
      sector: activity,
      sectorGroup,
      lifeCycleStage: 'maturity',
      keyFigures: [
        {
          year: 2017,
          firms: num(v.number_of_companies),
          directJobs: num(v.number_of_jobs),
          turnover: num(v.turnover_meur),
          exports: num(v.exports_meur),
          currency: 'EUR',
          unit: 'million',
          source: 'EU-LAC report, Table 5',
        },
      ],
      source: EULAC_SOURCE,
      statisticalCodes: codes.get(id) ?? null,
    });
    await store.createCluster({ ...cluster, id }, seedActor);
    const organisation = organisationInputSchema.parse({
      id: `${id}-association`,
      clusterId: id,
      name: v.cluster_association,
      acronym: v.acronym || null,
      country: 'ES',
      legalForm: 'association',
      source: EULAC_SOURCE,
    });
    await store.createOrganisation({ ...organisation, id: organisation.id! }, seedActor);
  }
  return { clusters: records.length, organisations: records.length };
}

export interface SeedReport {
  /** Datasets seeded by this call (empty when everything was seeded before). */
  seeded: string[];
}

/**
 * Seeds every bundled dataset that has not been seeded before.
 * @example await seedDemoData(store, { dataDir: 'data' }) // → { seeded: ['idb-2004-clusters', …] } the first time, { seeded: [] } after
 */
export async function seedDemoData(store: SqlStore, options: { dataDir: string }): Promise<SeedReport> {
  const seeded: string[] = [];
  const datasets: Array<[string, (s: SqlStore) => Promise<unknown>]> = [
    ['idb-2004-clusters', (s) => seedIdb(s, join(options.dataDir, 'pietrobelli-rabellotti-clusters'))],
    ['eu-lac-2018-basque', (s) => seedBasque(s, join(options.dataDir, 'eu-lac-clusters'))],
    ['eu-lac-2018-collaboration-organisations', (s) => seedCollaborationOrganisations(s, options.dataDir)],
  ];
  for (const [name, work] of datasets) {
    if (await store.seedOnce(name, work)) seeded.push(name);
  }
  // After the datasets above, the organisations its agreements name among them.
  seeded.push(...(await seedAgreementsAndProgrammes(store, options)).seeded);
  return { seeded };
}
