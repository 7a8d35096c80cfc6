/**
 * Per-organisation vectors precomputed once (bit masks and index lists), so that scoring
 * one organisation against every other is a tight loop over typed arrays
 * (bench/matchmaking-speed.bench.ts).
 */
import { valueChainPositions } from '../vocabularies';
import { countryLanguages, ioTableKey } from './countries';
import type { IoTable, IoTables } from './io-coefficients';
import type { MatchAgreement, MatchProfile } from './model';

export const NACE_WORDS = 4;
export const WIOD_WORDS = 2;

export interface Prepared {
  profiles: readonly MatchProfile[];
  index: ReadonlyMap<string, number>;
  nace: Uint32Array;
  naceCount: Uint8Array;
  wiodMask: Uint32Array;
  wiodCount: Uint8Array;
  /** WIOD sector indices (into io.sectors) per organisation. */
  wiodList: Int16Array[];
  group: Int16Array;
  valueChain: Uint16Array;
  s3: (ReadonlySet<string> | null)[];
  targets: (ReadonlySet<string> | null)[];
  country: (string | null)[];
  /** Index into `tables` of the organisation's input–output table; -1 without one. */
  tableIndex: Int16Array;
  tables: IoTable[];
  languages: Uint32Array;
  languagesAssumed: Uint8Array;
  languageCodes: string[];
  /** Partner index → agreement ids, per organisation. */
  links: Map<number, string[]>[];
  hasRegister: boolean;
  io: IoTables | null;
}

function bitIndex(codes: Map<string, number>, code: string): number {
  let i = codes.get(code);
  if (i === undefined) codes.set(code, (i = codes.size));
  return i;
}

export function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function prepare(
  profiles: readonly MatchProfile[],
  io: IoTables | null,
  agreements: readonly MatchAgreement[] | null,
): Prepared {
  const n = profiles.length;
  const index = new Map<string, number>();
  profiles.forEach((p, i) => {
    if (index.has(p.id)) throw new Error(`organisation "${p.id}" appears twice`);
    index.set(p.id, i);
  });
  const naceCodes = new Map<string, number>();
  const groupCodes = new Map<string, number>();
  // Spanish and Portuguese first: the partial-intelligibility rule reads bits 0 and 1.
  const languageBits = new Map<string, number>([
    ['es', 0],
    ['pt', 1],
  ]);
  const nace = new Uint32Array(n * NACE_WORDS);
  const naceCount = new Uint8Array(n);
  const wiodMask = new Uint32Array(n * WIOD_WORDS);
  const wiodCount = new Uint8Array(n);
  const wiodList: Int16Array[] = [];
  const group = new Int16Array(n).fill(-1);
  const valueChain = new Uint16Array(n);
  const languages = new Uint32Array(n);
  const languagesAssumed = new Uint8Array(n);
  const tables = io ? [...io.tables.values()] : [];
  const tablePosition = new Map(tables.map((t, i) => [t.key, i]));
  const tableIndex = new Int16Array(n).fill(-1);
  const vcBit = new Map(valueChainPositions.map((v, i) => [v as string, i]));
  profiles.forEach((p, k) => {
    for (const d of new Set(p.naceDivisions)) {
      const b = bitIndex(naceCodes, d);
      if (b >= 32 * NACE_WORDS) throw new Error(`more than ${32 * NACE_WORDS} NACE divisions`);
      nace[k * NACE_WORDS + (b >>> 5)]! |= 1 << (b & 31);
      naceCount[k]!++;
    }
    const sectors: number[] = [];
    for (const s of new Set(p.wiodSectors)) {
      const b = io?.sectorIndex.get(s);
      if (b === undefined) continue;
      wiodMask[k * WIOD_WORDS + (b >>> 5)]! |= 1 << (b & 31);
      sectors.push(b);
    }
    wiodCount[k] = sectors.length;
    wiodList.push(Int16Array.from(sectors));
    if (p.sectorGroup !== null) group[k] = bitIndex(groupCodes, p.sectorGroup);
    for (const v of p.valueChainPositions) valueChain[k]! |= 1 << (vcBit.get(v) ?? 0);
    const country = p.countries[0] ?? null;
    const stated = p.languages.length > 0;
    const langs = stated ? p.languages : country !== null ? (countryLanguages[country] ?? []) : [];
    languagesAssumed[k] = stated ? 0 : 1;
    for (const l of langs) {
      const b = bitIndex(languageBits, l);
      if (b < 32) languages[k]! |= 1 << b;
    }
    if (io) tableIndex[k] = tablePosition.get(ioTableKey(country)) ?? tablePosition.get('ALL') ?? -1;
  });
  const links: Map<number, string[]>[] = profiles.map(() => new Map());
  for (const a of agreements ?? []) {
    const members = [...new Set(a.organisationIds)].map((id) => index.get(id)).filter((i) => i !== undefined);
    for (const x of members) {
      for (const y of members) {
        if (x === y) continue;
        const list = links[x]!.get(y) ?? [];
        list.push(a.id);
        links[x]!.set(y, list);
      }
    }
  }
  return {
    profiles,
    index,
    nace,
    naceCount,
    wiodMask,
    wiodCount,
    wiodList,
    group,
    valueChain,
    s3: profiles.map((p) =>
      p.smartSpecialisationPriorities.length > 0 ? new Set(p.smartSpecialisationPriorities) : null,
    ),
    targets: profiles.map((p) => (p.targetMarkets.length > 0 ? new Set(p.targetMarkets) : null)),
    country: profiles.map((p) => p.countries[0] ?? null),
    tableIndex,
    tables,
    languages,
    languagesAssumed,
    languageCodes: [...languageBits.keys()],
    links,
    hasRegister: agreements !== null,
    io,
  };
}
