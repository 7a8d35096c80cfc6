/**
 * The thread that computes a space of the map studio (space-threads.ts): reads a bundled
 * dataset or takes a stored matrix, computes its measures, posts them back. Bundled to
 * packages/cli/dist/space-worker.mjs by scripts/build.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { regionIndustryMatrix } from '@polos/core/matrix';
import { loadBundled } from './bundled-tables';
import { spaceMeasures } from './space-measures';
import { measureBuffers, type SpaceReply, type SpaceSource } from './space-threads';
import { buffersOf } from './worker-file';

const port = parentPort;
if (!port) throw new Error('space-worker.mjs runs as a worker thread of the polos server');

port.once('message', (source: SpaceSource) => {
  const compute = async (): Promise<SpaceReply> => {
    const { matrix, notes } =
      source.kind === 'bundled'
        ? await loadBundled(source.dataPath, source.id, source.year)
        : { matrix: regionIndustryMatrix(source.regions, source.industries, source.values), notes: [] };
    const measures = await spaceMeasures(matrix);
    measures.notes.unshift(...notes);
    return {
      ok: true,
      regions: [...matrix.regions],
      industries: [...matrix.industries],
      values: matrix.values,
      measures,
    };
  };
  compute().then(
    (reply) => {
      const transfer = reply.ok
        ? [...new Set([...buffersOf(reply.values), ...measureBuffers(reply.measures)])]
        : [];
      port.postMessage(reply, transfer);
    },
    (error: unknown) =>
      port.postMessage({
        ok: false,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies SpaceReply),
  );
});
