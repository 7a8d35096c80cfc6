/**
 * Leave-one-out evaluation of a ranking on known agreements (DOMAIN.md §7): for each
 * agreement between A and B, remove it from the existing links, score every organisation
 * for A, and find B's rank. Ties are counted at their expected value under a random order
 * among equal scores (a ranking that gives many candidates the same score gains nothing
 * from the tie order).
 */
import type { Matchmaking } from './matchmaking';
import type { RankOptions } from './model';

export interface HeldOutPair {
  agreementId: string;
  a: string;
  b: string;
}

export interface PairOutcome extends HeldOutPair {
  /** Candidates scored strictly higher than B. */
  above: number;
  /** Candidates with B's score, B included. */
  tied: number;
  /** Expected rank of B: above + (tied + 1) / 2. */
  rank: number;
  /** Expected reciprocal rank and hit @k under random tie order. */
  reciprocalRank: number;
  hit: number;
}

export interface Evaluation {
  k: number;
  pairs: PairOutcome[];
  hitRate: number;
  meanReciprocalRank: number;
  meanRank: number;
}

const EPS = 1e-12;

export function leaveOneOut(
  matchmaking: Matchmaking,
  pairs: readonly HeldOutPair[],
  k: number,
  options: Omit<RankOptions, 'limit' | 'lang' | 'ignoreAgreementIds'> = {},
): Evaluation {
  const outcomes = pairs.map((pair): PairOutcome => {
    const scores = matchmaking.scores(pair.a, {
      ...options,
      ignoreAgreementIds: new Set([pair.agreementId]),
    });
    const b = matchmaking.indexOf(pair.b);
    if (b === undefined) throw new Error(`unknown organisation "${pair.b}"`);
    const sb = scores[b]!;
    let above = 0;
    let tied = 0;
    for (const s of scores) {
      if (s < 0) continue;
      if (s > sb + EPS) above++;
      else if (Math.abs(s - sb) <= EPS) tied++;
    }
    let rr = 0;
    for (let r = above + 1; r <= above + tied; r++) rr += 1 / r;
    return {
      ...pair,
      above,
      tied,
      rank: above + (tied + 1) / 2,
      reciprocalRank: rr / tied,
      hit: Math.min(1, Math.max(0, (k - above) / tied)),
    };
  });
  const mean = (f: (o: PairOutcome) => number) =>
    outcomes.length === 0 ? Number.NaN : outcomes.reduce((s, o) => s + f(o), 0) / outcomes.length;
  return {
    k,
    pairs: outcomes,
    hitRate: mean((o) => o.hit),
    meanReciprocalRank: mean((o) => o.reciprocalRank),
    meanRank: mean((o) => o.rank),
  };
}
