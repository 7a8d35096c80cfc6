import { describe, expect, it } from 'vitest';
import { proximityBackbone } from '../mapping/proximity-backbone';
import { networkBackbone, NetworkOptionsError } from './network';

const phi = [0, 0.9, 0.1, 0.7, 0.9, 0, 0.5, 0.65, 0.1, 0.5, 0, 0, 0.7, 0.65, 0, 0];

describe('networkBackbone (the network pipeline the web imports as @polos/core/network)', () => {
  it('gives the links of the proximity backbone, tree links first, as { source, target, phi }', () => {
    for (const threshold of [0.6, 0.95]) {
      expect(networkBackbone(phi, 4, { threshold })).toEqual(
        proximityBackbone(phi, 4, { threshold }).map(([source, target, p]) => ({ source, target, phi: p })),
      );
    }
    expect(networkBackbone(phi, 4, { threshold: 0.6 })).toContainEqual({ source: 1, target: 3, phi: 0.65 });
  });

  it('names the argument that cannot give a network', () => {
    const field = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(NetworkOptionsError);
        return (error as NetworkOptionsError).field;
      }
      return undefined;
    };
    expect(field(() => networkBackbone(phi, 3))).toBe('proximity');
    expect(field(() => networkBackbone([0, NaN, NaN, 0], 2))).toBe('proximity');
    expect(field(() => networkBackbone(phi, 4, { threshold: 1.5 }))).toBe('threshold');
    expect(field(() => networkBackbone(phi, 4, { maxExtra: -1 }))).toBe('maxExtra');
    expect(field(() => networkBackbone([], -1))).toBe('n');
  });
});
