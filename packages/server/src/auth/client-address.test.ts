import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from './client-address';

describe('clientAddress(socket, X-Forwarded-For, trusted proxies)', () => {
  const none = trustedProxies([]);
  const proxies = trustedProxies(['10.0.0.0/8', '192.0.2.10', 'fd00::/8']);

  it('without trusted proxies, X-Forwarded-For is ignored: the client is the TCP peer', () => {
    expect(clientAddress('203.0.113.5', '1.2.3.4', none)).toBe('203.0.113.5');
    expect(clientAddress('::ffff:203.0.113.5', undefined, none)).toBe('203.0.113.5');
  });

  it('from a peer that is not a trusted proxy, X-Forwarded-For is ignored', () => {
    expect(clientAddress('203.0.113.5', '10.1.1.1', proxies)).toBe('203.0.113.5');
  });

  it('from a trusted proxy, the right-most hop that is not a trusted proxy is the client', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.9', proxies)).toBe('203.0.113.9');
    // the client forged the left part; our proxies appended the rest
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9, 192.0.2.10', proxies)).toBe('203.0.113.9');
    expect(clientAddress('fd00::2', '2001:db8::7', proxies)).toBe('2001:db8::7');
    // every hop trusted: the left-most one
    expect(clientAddress('10.0.0.2', '10.0.0.3, 10.0.0.4', proxies)).toBe('10.0.0.3');
    // a hop that is not an address: the proxy is misconfigured; fall back to the peer
    expect(clientAddress('10.0.0.2', 'evil, junk', proxies)).toBe('10.0.0.2');
  });

  it('trustedProxies refuses what is not an address or a CIDR range, naming it', () => {
    expect(() => trustedProxies(['10.0.0.0/33'])).toThrow(/"10.0.0.0\/33" is not an IP address or CIDR/);
    expect(() => trustedProxies(['proxy.local'])).toThrow(/proxy.local/);
    expect(trustedProxies(['127.0.0.1']).has('::ffff:127.0.0.1')).toBe(true);
  });
});
