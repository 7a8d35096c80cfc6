/**
 * The matchmaking index of an app (decision 076): core's `buildMatchmaking` over every
 * organisation of the store, built at the first request and rebuilt when the directory's
 * fingerprint (count and last write of `organisations`) changes — any create, update,
 * publication or delete. Candidates are masked per caller: published organisations, and
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
  index: Promise<MatchesIndex>;
}

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

/** The current index of `store`; one build at a time, shared by concurrent requests. */
export async function matchesIndex(store: Store, dataPath: string): Promise<MatchesIndex> {
  const fingerprint = await store.organisationDirectory.fingerprint();
  const cached = cache.get(store);
  if (cached && cached.fingerprint === fingerprint) return cached.index;
  const index = build(store, dataPath);
  cache.set(store, { fingerprint, index });
  index.catch(() => {
    if (cache.get(store)?.index === index) cache.delete(store);
  });
  return index;
}
