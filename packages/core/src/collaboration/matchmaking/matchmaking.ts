/**
 * Explained matchmaking (issue 12 point 3; docs/methods/matchmaking.md; decision 074):
 * for a target organisation, every other organisation scored as the weighted sum of the
 * available components, with the weights re-normalised over those components:
 *
 *   score(t, c) = Σ_k w_k s_k(t, c) / Σ_k w_k, over the components k available for (t, c).
 *
 * `buildMatchmaking` precomputes per-organisation vectors once; `rank` scores all
 * candidates in one pass and explains only the ones it returns.
 */
import {
  complementarity,
  existingLinks,
  language,
  sectorSimilarity,
  smartSpecialisation,
  type TargetContext,
  targetContext,
  targetMarkets,
  valueChainFit,
} from './components';
import { explainAbsent, explainComponent, type ExplainContext } from './explain';
import type { IoTables } from './io-coefficients';
import {
  type CountryNamer,
  defaultMatchWeights,
  type MatchAgreement,
  type MatchComponentKey,
  matchComponentKeys,
  type MatchProfile,
  type MatchResult,
  type MatchWeights,
  type RankOptions,
} from './model';
import { type Prepared, prepare } from './prepared';

export interface MatchmakingInput {
  profiles: readonly MatchProfile[];
  /** WIOD coefficient tables; null leaves complementarity out. */
  io: IoTables | null;
  /** The register of agreements; null leaves existing links out. */
  agreements: readonly MatchAgreement[] | null;
  weights?: MatchWeights;
  countryName?: CountryNamer;
}

export interface Matchmaking {
  /** The best `limit` candidates for `targetId`, best first, explained. */
  rank(targetId: string, options?: RankOptions): MatchResult[];
  /** Every organisation's score for `targetId` (by input order; the target itself is -1). */
  scores(targetId: string, options?: Omit<RankOptions, 'limit' | 'lang'>): Float64Array;
  /** Index of an organisation in the input order. */
  indexOf(id: string): number | undefined;
}

const K = matchComponentKeys.length;

/** The component scores of one pair, NaN where absent, in `matchComponentKeys` order. */
function componentScores(p: Prepared, ctx: TargetContext, c: number, out: Float64Array): void {
  const t = ctx.t;
  out[0] = sectorSimilarity(p, t, c);
  out[1] = complementarity(p, ctx, c);
  out[2] = valueChainFit(p, t, c);
  out[3] = smartSpecialisation(p, t, c);
  out[4] = targetMarkets(p, t, c);
  out[5] = language(p, t, c);
  out[6] = existingLinks(p, ctx, c);
}

function weightVector(weights: MatchWeights, only: readonly MatchComponentKey[] | undefined): Float64Array {
  return Float64Array.from(matchComponentKeys, (k) => (only && !only.includes(k) ? 0 : weights[k]));
}

function combine(s: Float64Array, w: Float64Array): number {
  let sum = 0;
  let total = 0;
  for (let k = 0; k < K; k++) {
    const v = s[k]!;
    const wk = w[k]!;
    if (wk > 0 && v === v) {
      sum += wk * v;
      total += wk;
    }
  }
  return total > 0 ? sum / total : 0;
}

export function buildMatchmaking(input: MatchmakingInput): Matchmaking {
  const weights = input.weights ?? defaultMatchWeights;
  for (const k of matchComponentKeys) {
    const v = weights[k];
    if (!(v >= 0) || !Number.isFinite(v)) throw new Error(`weight ${k} must be a finite number ≥ 0`);
  }
  const p = prepare(input.profiles, input.io, input.agreements);
  const countryName: CountryNamer = input.countryName ?? ((code) => code);
  const n = p.profiles.length;
  // Each organisation's position in name order (then id), the tie-break of `rank`.
  const nameOrder = new Int32Array(n);
  [...p.profiles.keys()]
    .sort((a, b) => {
      const pa = p.profiles[a]!;
      const pb = p.profiles[b]!;
      return pa.name.localeCompare(pb.name, 'en') || (pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0);
    })
    .forEach((k, position) => (nameOrder[k] = position));

  const target = (id: string): number => {
    const t = p.index.get(id);
    if (t === undefined) throw new Error(`unknown organisation "${id}"`);
    return t;
  };

  const scoreAll = (t: number, ctx: TargetContext, w: Float64Array): Float64Array => {
    const scores = new Float64Array(n);
    const s = new Float64Array(K);
    for (let c = 0; c < n; c++) {
      if (c === t) {
        scores[c] = -1;
        continue;
      }
      componentScores(p, ctx, c, s);
      scores[c] = combine(s, w);
    }
    return scores;
  };

  return {
    indexOf: (id) => p.index.get(id),
    scores(targetId, options = {}) {
      const t = target(targetId);
      const ctx = targetContext(p, t, options.ignoreAgreementIds);
      return scoreAll(t, ctx, weightVector(weights, options.onlyComponents));
    },
    rank(targetId, options = {}) {
      const t = target(targetId);
      const limit = Math.max(0, Math.min(options.limit ?? 10, n - 1));
      const ctx = targetContext(p, t, options.ignoreAgreementIds);
      const w = weightVector(weights, options.onlyComponents);
      const scores = scoreAll(t, ctx, w);
      const allowed = options.candidates;
      if (allowed) for (let c = 0; c < n; c++) if (!allowed[c]) scores[c] = -1;
      // Best first; equal scores by name, then id, so the order is the same on every run.
      const order = bestIndices(scores, limit, (a, b) => nameOrder[a]! - nameOrder[b]!);
      const e: ExplainContext = { p, ctx, lang: options.lang ?? 'en', countryName };
      const s = new Float64Array(K);
      return order.map((c) => {
        componentScores(p, ctx, c, s);
        let total = 0;
        for (let k = 0; k < K; k++) if (w[k]! > 0 && s[k] === s[k]) total += w[k]!;
        const components: MatchResult['components'] = [];
        const absent: MatchResult['absent'] = [];
        matchComponentKeys.forEach((key, k) => {
          const v = s[k]!;
          if (w[k]! > 0 && v === v) {
            components.push({
              key,
              score: v,
              weight: w[k]! / total,
              explanation: explainComponent(e, key, c, v),
            });
          } else {
            absent.push({ key, explanation: explainAbsent(e, key, c, w[k] === 0) });
          }
        });
        const org = p.profiles[c]!;
        return {
          organisation: { id: org.id, name: org.name, country: org.countries[0] ?? null },
          score: scores[c]!,
          components,
          absent,
        };
      });
    },
  };
}

/**
 * Indices of the `k` highest scores (ignoring negatives), best first, ties by `tie`. A
 * bounded selection: O(n log k) rather than sorting all n.
 */
export function bestIndices(
  scores: Float64Array,
  k: number,
  tie: (a: number, b: number) => number,
): number[] {
  const better = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && tie(a, b) < 0);
  const kept: number[] = [];
  for (let c = 0; c < scores.length; c++) {
    if (scores[c]! < 0 || k === 0) continue;
    if (kept.length === k && !better(c, kept[k - 1]!)) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (better(kept[mid]!, c)) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, c);
    if (kept.length > k) kept.pop();
  }
  return kept;
}
