/**
 * The studio's first computation of a space on a worker thread (docs/decisions/061):
 * reading a bundled dataset's file and every measure (LQ, proximity, density, ECI/PCI,
 * the network backbone) run in space-worker.ts, so the server keeps answering meanwhile.
 * Matrices and measures move between the threads without copies (transferred buffers).
 */
import { regionIndustryMatrix, type RegionIndustryMatrix } from '@polos/core/matrix';
import type { SpaceMeasures } from './space-measures';
import { buffersOf, runWorker } from './worker-file';

/** What to compute on: a bundled dataset's year (read by the worker), or a stored matrix. */
export type SpaceSource =
  | { kind: 'bundled'; dataPath: string; id: string; year: number }
  | { kind: 'matrix'; regions: readonly string[]; industries: readonly string[]; values: Float64Array };

export type SpaceReply =
  | { ok: true; regions: string[]; industries: string[]; values: Float64Array; measures: SpaceMeasures }
  | { ok: false; message: string };

/** The transferable buffers of a space's measures. */
export const measureBuffers = (m: SpaceMeasures) =>
  buffersOf(
    m.regionTotal,
    m.industryTotal,
    m.lq,
    m.present,
    m.diversity,
    m.ubiquity,
    m.density,
    m.eci,
    m.pci,
    m.strong,
    m.stars,
    m.community,
    m.strongRule,
  );

/**
 * The matrix and measures of a space, computed on a new worker thread. A stored matrix's
 * values are moved to the worker (not usable here afterwards); the matrix comes back.
 *
 * @example const { matrix, measures } = await spaceOffThread({ kind: 'bundled', dataPath, id: 'world-exports-hs4', year: 2017 });
 */
export async function spaceOffThread(
  source: SpaceSource,
): Promise<{ matrix: RegionIndustryMatrix; measures: SpaceMeasures }> {
  const reply = await runWorker<SpaceReply>(
    'space-worker',
    source,
    source.kind === 'matrix' ? buffersOf(source.values) : [],
  );
  if (!reply.ok) throw new Error(`computing the space failed: ${reply.message}`);
  return {
    matrix: regionIndustryMatrix(reply.regions, reply.industries, reply.values),
    measures: reply.measures,
  };
}
