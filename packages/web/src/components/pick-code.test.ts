import { describe, expect, it } from 'vitest';
import { pickCode } from './use-industry-space';

const regions = [
  { code: 'chn', total: 900 },
  { code: 'chl', total: 70 },
  { code: 'ES21', total: 50 },
];

describe('pickCode', () => {
  it('reads a code without regard to case (CHL is Chile, not the largest region)', () => {
    expect(pickCode(regions, 'CHL')).toBe('chl');
    expect(pickCode(regions, 'es21')).toBe('ES21');
    expect(pickCode(regions, 'chl')).toBe('chl');
  });
  it('an unknown or missing code gives the largest item', () => {
    expect(pickCode(regions, 'XXX')).toBe('chn');
    expect(pickCode(regions, null)).toBe('chn');
    expect(pickCode([], 'chl')).toBeNull();
  });
});
