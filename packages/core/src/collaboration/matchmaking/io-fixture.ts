/** Test fixture (used by io-coefficients.test.ts and matchmaking.test.ts). */
import type { NiotCell } from './io-coefficients';

/**
 * A hand-made national table of country XXX with three sectors (million USD):
 *
 *   intermediate use z(i,j)   S1   S2   S3        output x(j) (GO row): S1 100, S2 200, S3 50
 *   Domestic S1                0   30    0
 *   Imports  S1                0   10    0
 *   Domestic S2               12    0    0
 *   Domestic S3                0    0   20
 *
 *   a(S1,S2) = (30 + 10) / 200 = 0.20   (domestic and imported inputs both count)
 *   a(S2,S1) = 12 / 100        = 0.12
 *   a(S3,S3) = 20 / 50         = 0.40
 *   every other a(i,j)          = 0
 *   99th percentile of the positive coefficients {0.12, 0.20, 0.40} (nearest rank: ⌈0.99 × 3⌉ = 3rd) = 0.40
 */
export const tinyTable: NiotCell[] = [
  { country: 'XXX', origin: 'Domestic', rowCode: 'S1', columnCode: 'S2', valueMusd: 30 },
  { country: 'XXX', origin: 'Imports', rowCode: 'S1', columnCode: 'S2', valueMusd: 10 },
  { country: 'XXX', origin: 'Domestic', rowCode: 'S2', columnCode: 'S1', valueMusd: 12 },
  { country: 'XXX', origin: 'Domestic', rowCode: 'S3', columnCode: 'S3', valueMusd: 20 },
  { country: 'XXX', origin: 'Total', rowCode: 'II_fob', columnCode: 'S2', valueMusd: 40 },
  { country: 'XXX', origin: 'Total', rowCode: 'GO', columnCode: 'S1', valueMusd: 100 },
  { country: 'XXX', origin: 'Total', rowCode: 'GO', columnCode: 'S2', valueMusd: 200 },
  { country: 'XXX', origin: 'Total', rowCode: 'GO', columnCode: 'S3', valueMusd: 50 },
];
