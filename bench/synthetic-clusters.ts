/**
 * Synthetic clusters for the benches (api-requests, http-throughput, degree-filter): N
 * clusters `bench-0` … `bench-<N-1>` over ten countries, the four sector groups, five NUTS 2
 * regions and none, one in three named "software" and the others "textile", every fifth
 * private; and one expert assessment each (uniform scores 0.5, 1.5 or 2.5 in turn), written
 * through the store so its indices are stored as in production.
 */
import { uniformScores } from '@polos/core/uniform-scores';
import { importRowsOf, type Actor, type Store } from '@polos/store';

const GROUPS = [
  'traditional_manufacturing',
  'natural_resource_based',
  'complex_product_systems',
  'specialized_suppliers',
] as const;
const COUNTRIES = ['BR', 'MX', 'CO', 'ES', 'IT', 'PE', 'CL', 'AR', 'FR', 'DE'];
const REGIONS = ['ES21', 'ES30', 'ITC4', 'FR10', 'DE21', null];

/** Imports the N synthetic clusters in one transaction. */
export async function addSyntheticClusters(store: Store, n: number, actor: Actor): Promise<void> {
  await store.importClusters(
    importRowsOf(
      Array.from({ length: n }, (_, i) => ({
        id: `bench-${i}`,
        name: `Bench cluster ${i} ${i % 3 ? 'textile' : 'software'}`,
        country: COUNTRIES[i % COUNTRIES.length]!,
        region: REGIONS[i % REGIONS.length] ?? undefined,
        sector: i % 3 ? 'textiles' : 'software',
        sectorGroup: GROUPS[i % GROUPS.length]!,
        location: `Town ${i % 97}`,
        isPublic: i % 5 !== 0,
        keyFigures: [],
      })),
    ),
    actor,
    { mode: 'insert', source: 'bench' },
  );
}

/** One expert assessment for each of `bench-0` … `bench-<n-1>`. */
export async function assessSyntheticClusters(store: Store, n: number, actor: Actor): Promise<void> {
  for (let i = 0; i < n; i++) {
    await store.createAssessment(
      `bench-${i}`,
      {
        assessedOn: '2024-01-01',
        assessor: 'bench',
        method: 'expert',
        kind: 'expert',
        aggregation: 'median',
        scores: uniformScores([0.5, 1.5, 2.5][i % 3]!),
        governance: [],
      },
      actor,
    );
  }
}
