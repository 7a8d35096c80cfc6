/**
 * The industry view of the map studio (docs/methods/mapping.md): for a region × industry
 * table — a bundled dataset or one a user uploaded — the location quotients (RCA), the
 * presence matrix, the proximity network of industries (product space; its backbone is
 * sent for drawing), relatedness density, ECI/PCI and each region's diversification
 * opportunities, all with the core functions `polos map` uses. Computed once per dataset
 * and year on a worker thread (space-threads.ts) and kept in a small cache.
 */
import type { RegionIndustryMatrix } from '@polos/core';
import { regionOpportunities } from '@polos/core/pipelines';
import type { MapDatasetInfo, Store } from '@polos/store';
import { classification, guessClassification, type Classification } from './classifications';
import { BOUNDARIES, gazetteer, type Geography, type Lang, type RegionMatch } from './geographies';
import type { SpaceMeasures } from './space-measures';
import { spaceOffThread, type SpaceSource } from './space-threads';

export { MIN_COUNTRY_EXPORTS, keepRegions } from './space-measures';

export interface DatasetEntry {
  id: string;
  kind: 'clusters' | 'industries';
  label: string;
  source: string;
  geography: Geography;
  boundary: string;
  /** TopoJSON object with the shapes (null for GeoJSON). */
  boundaryObject: string | null;
  unit: string;
  years: number[];
  uploaded: { by: string | null; at: string; file: string; rows: number } | null;
}

/** The computed space of one dataset and year. */
export interface IndustrySpace extends SpaceMeasures {
  entry: DatasetEntry;
  year: number | null;
  matrix: RegionIndustryMatrix;
  places: RegionMatch[];
  classification: Classification | null;
}

const CBP = 'U.S. Census Bureau, County Business Patterns 2017–2021 (data/us-cbp-county-naics)';
/** What the two state datasets of the County Business Patterns share. */
const usStatesCbp = {
  source: CBP,
  geography: 'us-states',
  boundary: 'us-states',
  boundaryObject: 'states',
  unit: 'employees',
  years: [2017, 2018, 2019, 2020, 2021],
  uploaded: null,
} as const satisfies Partial<DatasetEntry>;
export const BUNDLED: DatasetEntry[] = [
  {
    id: 'us-states',
    kind: 'clusters',
    label: 'U.S. states — benchmark clusters (County Business Patterns employment)',
    ...usStatesCbp,
  },
  {
    id: 'us-states-naics',
    kind: 'industries',
    label: 'U.S. states — industries, NAICS 6-digit (County Business Patterns employment)',
    ...usStatesCbp,
  },
  {
    id: 'us-counties-naics',
    kind: 'industries',
    label: 'U.S. counties — industries, NAICS 4-digit (County Business Patterns employment)',
    source: CBP,
    geography: 'us-counties',
    boundary: 'us-counties',
    boundaryObject: 'counties',
    unit: 'employees',
    years: [2017, 2018, 2019, 2020, 2021],
    uploaded: null,
  },
  {
    id: 'world-exports-hs4',
    kind: 'industries',
    label: 'World — exports by product, HS 4-digit, 2017 (Open Trade Statistics)',
    source:
      'Open Trade Statistics 2017 via the R package economiccomplexity (data/world-exports-hs4); countries exporting under US$ 1 bn left out',
    geography: 'world-countries',
    boundary: 'world-110m',
    boundaryObject: 'countries',
    unit: 'USD',
    years: [2017],
    uploaded: null,
  },
];

/** A stored upload as a dataset entry. */
export function uploadedEntry(d: MapDatasetInfo): DatasetEntry {
  const geography = d.geography as Geography;
  return {
    id: d.id,
    kind: 'industries',
    label: d.name,
    source: `uploaded file ${d.sourceFile}`,
    geography,
    boundary: BOUNDARIES[geography].boundary,
    boundaryObject: BOUNDARIES[geography].object,
    unit: d.unit,
    years: [],
    uploaded: { by: d.createdBy, at: d.createdAt, file: d.sourceFile, rows: d.rows },
  };
}

/** The space of a matrix whose measures are computed (space-measures.ts). */
export function computeSpace(
  entry: DatasetEntry,
  year: number | null,
  matrix: RegionIndustryMatrix,
  places: RegionMatch[],
  cls: Classification | null,
  measures: SpaceMeasures,
): IndustrySpace {
  return { entry, year, matrix, places, classification: cls, ...measures };
}

/** Loads and computes spaces, cached by dataset and year (a few at a time). */
export class SpaceCache {
  private readonly spaces = new Map<string, Promise<IndustrySpace>>();
  constructor(
    private readonly dataPath: string,
    private readonly limit = 6,
  ) {}

  get(entry: DatasetEntry, year: number | null, store: Store): Promise<IndustrySpace> {
    const key = `${entry.id}@${year ?? ''}`;
    let s = this.spaces.get(key);
    if (s) {
      // Most recently used last.
      this.spaces.delete(key);
      this.spaces.set(key, s);
      return s;
    }
    s = this.build(entry, year, store);
    this.spaces.set(key, s);
    s.catch(() => this.spaces.delete(key));
    while (this.spaces.size > this.limit) this.spaces.delete(this.spaces.keys().next().value!);
    return s;
  }

  forget(id: string): void {
    for (const key of [...this.spaces.keys()]) if (key.startsWith(`${id}@`)) this.spaces.delete(key);
  }

  private async build(entry: DatasetEntry, year: number | null, store: Store): Promise<IndustrySpace> {
    let source: SpaceSource;
    let cls: Classification | null;
    if (entry.uploaded) {
      const d = await store.getMapDataset(entry.id);
      if (!d) throw new Error(`dataset ${entry.id} is gone`);
      source = { kind: 'matrix', regions: d.regions, industries: d.industries, values: d.values };
      cls = await guessClassification(this.dataPath, d.industries);
    } else {
      source = { kind: 'bundled', dataPath: this.dataPath, id: entry.id, year: year! };
      cls = await classification(this.dataPath, entry.id === 'world-exports-hs4' ? 'hs4' : 'naics');
    }
    // Reading and every measure on a worker: the server keeps answering meanwhile.
    const { matrix, measures } = await spaceOffThread(source);
    const places = await gazetteer(this.dataPath, entry.geography);
    return computeSpace(
      entry,
      year,
      matrix,
      matrix.regions.map((code) => places.match(code)),
      cls,
      measures,
    );
  }
}

export const spaceLang = (lang: string | undefined): Lang => (lang === 'es' || lang === 'pt' ? lang : 'en');

/** Each region's diversification opportunities and top specialisations. */
export function regionProfile(space: IndustrySpace, r: number, limit: number) {
  const P = space.matrix.industries.length;
  const opportunities = regionOpportunities(
    {
      industries: space.matrix.industries,
      presence: space.present,
      density: space.density,
      complexity: { pci: space.pci },
    },
    r,
    { limit },
  ).map((o) => ({ industry: o.industry, density: o.density, complexity: o.pci, score: o.score }));
  const specialisations: Array<{ industry: number; value: number; lq: number }> = [];
  const present: number[] = [];
  for (let i = 0; i < P; i++) {
    if (!space.present[r * P + i]) continue;
    present.push(i);
    specialisations.push({ industry: i, value: space.matrix.values[r * P + i]!, lq: space.lq[r * P + i]! });
  }
  specialisations.sort((a, b) => b.lq - a.lq);
  return { opportunities, specialisations: specialisations.slice(0, limit), present };
}
