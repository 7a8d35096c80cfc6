/**
 * `networkBackbone(proximity, n, options)`: the links to draw of a proximity network (the
 * product space's backbone, docs/methods/mapping.md) — the pipeline entry the web app
 * imports as `@polos/core/network` (its cluster relatedness chart). The phases:
 *
 *   1. validate  φ is n × n with finite values, the threshold in [0, 1] (an error names the field)
 *   2. compute   the maximum spanning forest plus the links with φ ≥ threshold (mapping/proximity-backbone.ts)
 *   3. assemble  one `{ source, target, phi }` per link, tree links first
 *
 * Pure and dependency-free (no zod), so that the web bundle stays small.
 */
import { proximityBackbone } from '../mapping/proximity-backbone';

export interface NetworkBackboneOptions {
  /** Links with φ ≥ threshold are added to the tree. __Default:__ 0.55 (Hidalgo et al. 2007). */
  threshold?: number;
  /** At most this many links above the threshold, the strongest first. __Default:__ unlimited. */
  maxExtra?: number;
}

export interface NetworkLink {
  source: number;
  target: number;
  phi: number;
}

/** An argument that cannot give a network: `field` names it. */
export class NetworkOptionsError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`networkBackbone: ${field}: ${detail}`);
    this.name = 'NetworkOptionsError';
  }
}

/**
 * @example networkBackbone([0, .9, .1, .9, 0, .5, .1, .5, 0], 3, { threshold: 0.95 }) // [{ source: 0, target: 1, phi: .9 }, { source: 1, target: 2, phi: .5 }]
 * @throws NetworkOptionsError naming the argument that is wrong.
 */
export function networkBackbone(
  proximity: ArrayLike<number>,
  n: number,
  options: NetworkBackboneOptions = {},
): NetworkLink[] {
  // 1. Validate.
  if (!Number.isInteger(n) || n < 0) throw new NetworkOptionsError('n', `${n} is not a count`);
  if (proximity.length !== n * n)
    throw new NetworkOptionsError('proximity', `${proximity.length} values for ${n} × ${n}`);
  for (let k = 0; k < proximity.length; k++)
    if (!Number.isFinite(proximity[k]))
      throw new NetworkOptionsError('proximity', `value ${k} is ${proximity[k]}, not a number`);
  const { threshold, maxExtra } = options;
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1))
    throw new NetworkOptionsError('threshold', `${threshold} is not between 0 and 1`);
  if (maxExtra !== undefined && !(Number.isInteger(maxExtra) && maxExtra >= 0))
    throw new NetworkOptionsError('maxExtra', `${maxExtra} is not a count`);
  // 2. Compute. 3. Assemble.
  return proximityBackbone(proximity, n, options).map(([source, target, phi]) => ({ source, target, phi }));
}
