/**
 * The industry view of the map studio (docs/methods/mapping.md): for a region × industry
 * table — a bundled dataset or one a user uploaded — the location quotients (RCA), the
 * presence matrix, the proximity network of industries (product space; its backbone is
 * sent for drawing), relatedness density, ECI/PCI and each region's diversification
 * opportunities, all with the core functions `polos map` uses. Computed once per dataset
 * and year on a worker thread (space-threads.ts) and kept in a small cache.
 */
import { join } from 'node:path';
import { regionIndustryMatrix, type RegionIndustryMatrix } from '@polos/core';
import { dataNote, listed, type DataNote } from '@polos/core/data-notes';
import { regionOpportunities } from '@polos/core/pipelines';
import type { MapDatasetInfo, Store } from '@polos/store';
import {
  classification,
  classificationOf,
  guessClassification,
  type Classification,
} from './classifications';
import { BOUNDARIES, gazetteer, type Geography, type Lang, type RegionMatch } from './geographies';
import type { SpaceMeasures } from './space-measures';
import { spaceOffThread, type SpaceSource } from './space-threads';
import { BUNDLED_TABLES } from './bundled-tables';
import type { SpaceDiskCache } from './space-disk-cache';

export { MIN_COUNTRY_EXPORTS, keepRegions } from './bundled-tables';

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
  uploaded: { by: string | null; at: string; file: string; rows: number; shared: boolean } | null;
}

/** The computed space of one dataset and year. */
export interface IndustrySpace extends SpaceMeasures {
  entry: DatasetEntry;
  year: number | null;
  matrix: RegionIndustryMatrix;
  places: RegionMatch[];
  classification: Classification | null;
}

export { BUNDLED } from './bundled-datasets';

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
    uploaded: { by: d.createdBy, at: d.createdAt, file: d.sourceFile, rows: d.rows, shared: d.shared },
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
    /** Where computed spaces of bundled datasets are kept between runs (none: memory only). */
    private readonly disk?: SpaceDiskCache,
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

  private async compute(source: SpaceSource) {
    if (source.kind !== 'bundled' || !this.disk) return spaceOffThread(source);
    const files = BUNDLED_TABLES[source.id]!.files.map((f) => join(this.dataPath, f));
    const kept = await this.disk.read(source.id, source.year, files);
    if (kept)
      return {
        matrix: regionIndustryMatrix(kept.regions, kept.industries, kept.values),
        measures: kept.measures,
      };
    const computed = await spaceOffThread(source);
    const { matrix, measures } = computed;
    // A cache: a failed write costs a recomputation next time, nothing else.
    await this.disk
      .write(source.id, source.year, files, {
        regions: [...matrix.regions],
        industries: [...matrix.industries],
        values: matrix.values,
        measures,
      })
      .catch(() => undefined);
    return computed;
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
      cls = await classification(this.dataPath, classificationOf(entry.id));
    }
    // Reading and every measure on a worker (the server keeps answering meanwhile), or the
    // copy kept on disk by an earlier run.
    const { matrix, measures } = await this.compute(source);
    const gazette = await gazetteer(this.dataPath, entry.geography);
    const places = matrix.regions.map((code) => gazette.match(code));
    return computeSpace(entry, year, matrix, places, cls, {
      ...measures,
      notes: [...measures.notes, ...placeNotes(matrix.regions, places)],
    });
  }
}

/** Regions drawn through another code (NUTS versions) or not drawn at all: said, never silent. */
export function placeNotes(codes: readonly string[], places: readonly RegionMatch[]): DataNote[] {
  const list = (ks: number[]) =>
    listed(
      ks.map((k) => codes[k]!),
      12,
    );
  const undrawn = places.flatMap((p, k) => (p.feature === null ? [k] : []));
  const renamed = places.flatMap((p, k) => (p.note ? [k] : []));
  const notes: DataNote[] = [];
  if (renamed.length)
    notes.push(
      dataNote('successor-shapes', {
        count: renamed.length,
        details: `${renamed
          .map((k) => places[k]!.note)
          .slice(0, 6)
          .join('; ')}${renamed.length > 6 ? '; …' : ''}`,
      }),
    );
  if (undrawn.length) notes.push(dataNote('no-shape', { count: undrawn.length, ...list(undrawn) }));
  return notes;
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
