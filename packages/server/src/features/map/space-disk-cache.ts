/**
 * The computed spaces of the bundled datasets kept on disk (decision 092), so the first
 * view of a dataset after a restart reads one file instead of recomputing (the U.S.
 * counties took 3–6 s): `<dataDir>/cache/map-spaces/<dataset>@<year>.v8`, written with
 * node:v8's serializer (typed arrays kept as such) and checked on reading against the
 * version below and the size and modification time of the source files. A missing,
 * stale or unreadable file is recomputed and rewritten; a write goes to a temporary name
 * and is renamed, so a killed process never leaves half a file under the real name.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SpaceMeasures } from './space-measures';

/** Raise when the measures or their meaning change: older files are then recomputed. */
export const SPACE_CACHE_VERSION = 5;

export interface CachedSpace {
  regions: string[];
  industries: string[];
  values: Float64Array;
  measures: SpaceMeasures;
}

interface CacheFile extends CachedSpace {
  version: number;
  sources: string;
}

/** What the cached result depends on: each source file's size and modification time. */
async function fingerprint(files: string[]): Promise<string> {
  const parts = await Promise.all(
    files.map(async (f) => {
      const s = await stat(f);
      return `${f}:${s.size}:${Math.round(s.mtimeMs)}`;
    }),
  );
  return parts.join('|');
}

export class SpaceDiskCache {
  constructor(private readonly dir: string) {}

  private path(id: string, year: number): string {
    return join(this.dir, `${id.replace(/[^\w.-]/g, '_')}@${year}.v8`);
  }

  /** The cached space, or undefined when absent, stale or unreadable. */
  async read(id: string, year: number, sources: string[]): Promise<CachedSpace | undefined> {
    try {
      const file = deserialize(await readFile(this.path(id, year))) as CacheFile;
      if (file.version !== SPACE_CACHE_VERSION || file.sources !== (await fingerprint(sources)))
        return undefined;
      return {
        regions: file.regions,
        industries: file.industries,
        values: file.values,
        measures: file.measures,
      };
    } catch {
      return undefined;
    }
  }

  async write(id: string, year: number, sources: string[], space: CachedSpace): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const target = this.path(id, year);
    const temporary = `${target}.${process.pid}.tmp`;
    const file: CacheFile = { version: SPACE_CACHE_VERSION, sources: await fingerprint(sources), ...space };
    await writeFile(temporary, serialize(file));
    await rename(temporary, target);
  }
}
