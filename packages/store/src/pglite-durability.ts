/**
 * How durable the embedded database (PGlite) is (docs/storage.md, docs/decisions/067).
 *
 * `durable` (the default): every commit is on disk before it is reported. PGlite starts
 * PostgreSQL with `-F` (fsync off), and its Node file system (Emscripten NODEFS) has no
 * `fsync` and a no-op `fdatasync`; so we drop `-F`, make the WAL flush call `fsync`
 * (`wal_sync_method=fsync`; PostgreSQL's Linux default, `fdatasync`, would do nothing),
 * and give NODEFS an `fsync` that calls the real one.
 *
 * `relaxed` (POLOS_DB_DURABILITY=relaxed): PGlite's defaults, as before: commits reach
 * the kernel at once (a killed process loses nothing) but are not flushed to the disk,
 * so a power cut or kernel crash can lose the last seconds of commits.
 */
import { fsyncSync } from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

export type Durability = 'durable' | 'relaxed';

interface NodeFsModule {
  NODEFS: { stream_ops: { fsync?: (stream: { nfd?: number }) => number } };
}

/** PGlite's Node file system with a real `fsync` (Emscripten's NODEFS has none). */
export class FsyncNodeFS extends NodeFS {
  /** How many times PostgreSQL asked for an fsync (tests and benchmarks read it). */
  fsyncs = 0;

  override async init(pg: PGlite, options: Parameters<NodeFS['init']>[1]) {
    const { emscriptenOpts } = await super.init(pg, options);
    const preRun = [
      ...((emscriptenOpts as { preRun?: Array<(mod: NodeFsModule) => void> }).preRun ?? []),
      (mod: NodeFsModule) => {
        mod.NODEFS.stream_ops.fsync = (stream) => {
          if (stream.nfd !== undefined) fsyncSync(stream.nfd);
          this.fsyncs++;
          return 0;
        };
      },
    ];
    return { emscriptenOpts: { ...emscriptenOpts, preRun } as typeof emscriptenOpts };
  }
}

/**
 * The PGlite options for a data folder at this durability.
 * @example
 * pgliteOptions('.polos', 'durable').startParams // → [..., '-c', 'wal_sync_method=fsync'] (no '-F')
 */
export function pgliteOptions(dataDir: string, durability: Durability = 'durable'): PGliteOptions {
  if (durability === 'relaxed') return { dataDir, relaxedDurability: true };
  return {
    fs: new FsyncNodeFS(dataDir),
    // Browser file systems only: wait for the flush before a query resolves.
    relaxedDurability: false,
    startParams: [
      ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
      '-c',
      'fsync=on',
      '-c',
      'synchronous_commit=on',
      '-c',
      'wal_sync_method=fsync',
    ],
  };
}
