/**
 * The matchmaking index of an app (decision 076): core's `buildMatchmaking` over every
 * organisation of the store, built at the first request and rebuilt when the directory's
 * fingerprint (count and last write of `organisations`) changes — any create, update,
 * publication or delete; asked after this process writes an organisation, else once a second. Candidates are masked per caller: published organisations, and
 * for anonymous callers only public ones.
 */
import { buildMatchmaking, type Matchmaking, type ValueChainPosition } from '@polos/core';
import type { DirectoryEntry, Store } from '@polos/store';
import { existingLinks, matchmakingFiles } from './matchmaking-data';

export interface MatchesIndex {
  matchmaking: Matchmaking;
  entries: Map<string, DirectoryEntry>;
  /** Candidates for signed-in callers (published) and for anonymous ones (published and public). */
  candidates: { signedIn: Uint8Array; anonymous: Uint8Array };
}

interface Cached {
  fingerprint: string;
  writes: number;
  /** The data version the fingerprint was last compared under (undefined: not known). */
  dataVersion: string | undefined;
  checkedAt: number;
  index: Promise<MatchesIndex>;
}

/** How long the index is trusted without asking the database (writes by other processes). */
const RECHECK_MS = 1000;

const cache = new WeakMap<Store, Cached>();

async function build(store: Store, dataPath: string): Promise<MatchesIndex> {
  const [files, entries] = await Promise.all([
    matchmakingFiles(dataPath),
    store.organisationDirectory.entries(),
  ]);
  const matchmaking = buildMatchmaking({
    profiles: entries.map((e) => ({
      id: e.id,
      name: e.name,
      shortName: e.acronym,
      countries: [e.country],
      naceDivisions: e.naceDivisions,
      wiodSectors: e.wiodSectors,
      sectorGroup: e.sectorGroup,
      valueChainPositions: e.valueChainPositions as ValueChainPosition[],
      smartSpecialisationPriorities: e.smartSpecialisationPriorities,
      targetMarkets: e.targetMarkets,
      languages: e.languages,
    })),
    io: files.io,
    agreements: existingLinks(files, entries),
    countryName: files.countryName,
  });
  const signedIn = Uint8Array.from(entries, (e) => (e.publicationStatus === 'published' ? 1 : 0));
  const anonymous = Uint8Array.from(entries, (e) =>
    e.publicationStatus === 'published' && e.isPublic ? 1 : 0,
  );
  return {
    matchmaking,
    entries: new Map(entries.map((e) => [e.id, e])),
    candidates: { signedIn, anonymous },
  };
}

/**
 * The current index of `store`; one build at a time, shared by concurrent requests. The
 * database fingerprint is asked after a write of this process, when the caller's data
 * version (decision 108) differs from the one last compared under — an answer kept by the
 * public read cache for that version is then never built from an older index — or once a
 * second (another process may write); the index is rebuilt when it changed.
 */
export async function matchesIndex(
  store: Store,
  dataPath: string,
  dataVersion?: string,
): Promise<MatchesIndex> {
  const directory = store.organisationDirectory;
  const writes = directory.writesInProcess();
  const now = Date.now();
  const cached = cache.get(store);
  if (
    cached &&
    cached.writes === writes &&
    (dataVersion === undefined || dataVersion === cached.dataVersion) &&
    now - cached.checkedAt < RECHECK_MS
  )
    return cached.index;
  const fingerprint = await directory.fingerprint();
  const current = cache.get(store);
  if (current && current.fingerprint === fingerprint) {
    cache.set(store, { ...current, writes, dataVersion, checkedAt: now });
    return current.index;
  }
  const index = build(store, dataPath);
  cache.set(store, { fingerprint, writes, dataVersion, checkedAt: now, index });
  index.catch(() => {
    if (cache.get(store)?.index === index) cache.delete(store);
  });
  return index;
}
