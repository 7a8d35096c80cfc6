/**
 * The seven component scores of a pair (target t, candidate c), each in 0..1, or NaN when
 * one side lacks the data (the component is then absent and its weight re-normalised).
 * docs/methods/matchmaking.md states each rule.
 */
import { popcount, type Prepared, NACE_WORDS, WIOD_WORDS } from './prepared';

/** What is computed once per target before its candidates are scored. */
export interface TargetContext {
  t: number;
  /** compOut[table * S + j]: max over the target's sectors i of a(i, j) / p99 in that table. */
  compOut: Float64Array;
  /** compIn[j]: max over the target's sectors i of a(j, i) / p99 in the target's table. */
  compIn: Float64Array;
  /** Partner → agreement ids not ignored. */
  direct: Map<number, string[]>;
  /** Organisation → a partner it shares with the target (the first found). */
  shared: Map<number, number>;
}

export function targetContext(
  p: Prepared,
  t: number,
  ignore: ReadonlySet<string> | undefined,
): TargetContext {
  const S = p.io?.sectors.length ?? 0;
  const T = p.tables.length;
  const compOut = new Float64Array(T * S);
  const compIn = new Float64Array(S);
  const own = p.wiodList[t]!;
  if (S > 0 && own.length > 0) {
    p.tables.forEach((table, k) => {
      for (let j = 0; j < S; j++) {
        let best = 0;
        for (const i of own) {
          const v = table.a[i * S + j]!;
          if (v > best) best = v;
        }
        compOut[k * S + j] = best / table.p99;
      }
    });
    const mine = p.tables[p.tableIndex[t]!];
    if (mine) {
      for (let j = 0; j < S; j++) {
        let best = 0;
        for (const i of own) {
          const v = mine.a[j * S + i]!;
          if (v > best) best = v;
        }
        compIn[j] = best / mine.p99;
      }
    }
  }
  const direct = new Map<number, string[]>();
  for (const [partner, ids] of p.links[t]!) {
    const kept = ignore ? ids.filter((id) => !ignore.has(id)) : ids;
    if (kept.length > 0) direct.set(partner, kept);
  }
  const shared = new Map<number, number>();
  for (const partner of direct.keys()) {
    for (const [other, ids] of p.links[partner]!) {
      if (other === t || shared.has(other)) continue;
      if (ignore && ids.every((id) => ignore.has(id))) continue;
      shared.set(other, partner);
    }
  }
  return { t, compOut, compIn, direct, shared };
}

function jaccard(words: Uint32Array, width: number, t: number, c: number): number {
  let inter = 0;
  let union = 0;
  for (let w = 0; w < width; w++) {
    const a = words[t * width + w]!;
    const b = words[c * width + w]!;
    inter += popcount(a & b);
    union += popcount(a | b);
  }
  return union === 0 ? 0 : inter / union;
}

/** max(Jaccard of NACE divisions, 0.5 × Jaccard of WIOD sectors, 0.25 × same sector group). */
export function sectorSimilarity(p: Prepared, t: number, c: number): number {
  if (p.naceCount[t] === 0 || p.naceCount[c] === 0) return Number.NaN;
  const nace = jaccard(p.nace, NACE_WORDS, t, c);
  if (nace === 1) return 1;
  const wiod = 0.5 * jaccard(p.wiodMask, WIOD_WORDS, t, c);
  const group = p.group[t]! >= 0 && p.group[t] === p.group[c] ? 0.25 : 0;
  return Math.max(nace, wiod, group);
}

/** min(1, max over the candidate's sectors j of the target's compOut (buyer's table) and compIn). */
export function complementarity(p: Prepared, ctx: TargetContext, c: number): number {
  if (p.io === null || p.wiodCount[ctx.t] === 0 || p.wiodCount[c] === 0) return Number.NaN;
  const S = p.io.sectors.length;
  const base = p.tableIndex[c]! * S;
  let best = 0;
  for (const j of p.wiodList[c]!) {
    const out = base >= 0 ? ctx.compOut[base + j]! : 0;
    const inn = ctx.compIn[j]!;
    if (out > best) best = out;
    if (inn > best) best = inn;
  }
  return best > 1 ? 1 : best;
}

/** Line positions (upstream → downstream) are bits 0–5; bits 6–7 are support functions. */
const LINE_BITS = 6;
const SUPPORT_MASK = 0b11000000;

export function valueChainFit(p: Prepared, t: number, c: number): number {
  const a = p.valueChain[t]!;
  const b = p.valueChain[c]!;
  if (a === 0 || b === 0) return Number.NaN;
  let best = (a & SUPPORT_MASK) !== 0 || (b & SUPPORT_MASK) !== 0 ? 0.5 : 0;
  for (let i = 0; i < LINE_BITS; i++) {
    if ((a & (1 << i)) === 0) continue;
    for (let j = 0; j < LINE_BITS; j++) {
      if ((b & (1 << j)) === 0) continue;
      const d = Math.abs(i - j);
      const s = d === 1 ? 1 : d === 0 ? 0.5 : d === 2 ? 0.25 : 0;
      if (s > best) best = s;
    }
  }
  return best;
}

function setJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export function smartSpecialisation(p: Prepared, t: number, c: number): number {
  const a = p.s3[t];
  const b = p.s3[c];
  return a && b ? setJaccard(a, b) : Number.NaN;
}

/** 1 if one targets the other's country; else 0.5 × Jaccard of the target-market sets. */
export function targetMarkets(p: Prepared, t: number, c: number): number {
  const a = p.targets[t];
  const b = p.targets[c];
  if (!a && !b) return Number.NaN;
  const ct = p.country[t] ?? null;
  const cc = p.country[c] ?? null;
  if ((a && cc !== null && a.has(cc)) || (b && ct !== null && b.has(ct))) return 1;
  return a && b ? 0.5 * setJaccard(a, b) : 0;
}

/** 1 with a language in common; 0.5 for Spanish with Portuguese; else 0. */
export function language(p: Prepared, t: number, c: number): number {
  const a = p.languages[t]!;
  const b = p.languages[c]!;
  if (a === 0 || b === 0) return Number.NaN;
  if ((a & b) !== 0) return 1;
  return ((a & 1) !== 0 && (b & 2) !== 0) || ((a & 2) !== 0 && (b & 1) !== 0) ? 0.5 : 0;
}

/** 1 when an agreement already joins them; 0.5 when both have one with the same partner. */
export function existingLinks(p: Prepared, ctx: TargetContext, c: number): number {
  if (!p.hasRegister) return Number.NaN;
  if (ctx.direct.has(c)) return 1;
  return ctx.shared.has(c) ? 0.5 : 0;
}
