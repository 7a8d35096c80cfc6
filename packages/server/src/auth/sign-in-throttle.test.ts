import { describe, expect, it } from 'vitest';
import { describeThrottleContract } from '../../test/sign-in-throttle-contract';
import { addressKey, MemorySignInThrottle } from './sign-in-throttle';

const keys = (account: string, address = '192.0.2.1') => ({ account, address });

describeThrottleContract('MemorySignInThrottle', (options) =>
  Promise.resolve(new MemorySignInThrottle(options)),
);

describe('MemorySignInThrottle', () => {
  it('forgets an account an hour after its last failure; keeps at most maxEntries keys', async () => {
    const throttle = new MemorySignInThrottle({ maxEntries: 10, addressFailures: 1e9 });
    for (let i = 0; i < 3; i++) await throttle.reserve(keys('x@example.org'), 0);
    expect((await throttle.reserve(keys('x@example.org'), 1000)).allowed).toBe(false);
    expect((await throttle.reserve(keys('x@example.org'), 3_600_000)).allowed).toBe(true);
    for (let i = 0; i < 50; i++) await throttle.reserve(keys(`flood${i}@example.org`), 3_600_001);
    const inside = throttle as unknown as { accounts: Map<string, unknown> };
    expect(inside.accounts.size).toBe(10);
  });
});

describe('addressKey', () => {
  it('IPv4 as is, IPv4-mapped IPv6 as IPv4, IPv6 by its /64', () => {
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8:0:1:bbbb:cccc:dddd:eeee')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
