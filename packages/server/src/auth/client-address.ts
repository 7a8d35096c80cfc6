/**
 * The client's address, for sign-in throttling (decision 062). By default it is the TCP
 * peer. `X-Forwarded-For` is read only when the peer is one of the configured trusted
 * proxies (`POLOS_TRUSTED_PROXIES`, addresses or CIDR ranges): walking it from the right,
 * hops that are themselves trusted proxies are skipped and the first untrusted one is the
 * client — the left part of the header is whatever the client sent and proves nothing.
 */
import { BlockList, isIP } from 'node:net';

export interface TrustedProxies {
  has(address: string): boolean;
}

const strip = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * @throws Error naming the entry that is neither an IP address nor a CIDR range.
 * @example trustedProxies(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']).has('10.1.2.3') // true
 */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const prefix = Number(bits);
    const max = family === 4 ? 32 : 128;
    if (
      !family ||
      extra !== undefined ||
      (bits !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max))
    ) {
      throw new Error(`"${entry}" is not an IP address or CIDR range (like 10.0.0.0/8 or fd00::/8)`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return {
    has(address: string) {
      const a = strip(address);
      const family = isIP(a);
      return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * @param socketAddress the TCP peer's address
 * @param forwardedFor the `X-Forwarded-For` header, if any
 * @example clientAddress('10.0.0.2', '203.0.113.9, 10.0.0.1', trustedProxies(['10.0.0.0/8'])) // '203.0.113.9'
 */
export function clientAddress(
  socketAddress: string,
  forwardedFor: string | undefined,
  proxies: TrustedProxies,
): string {
  const peer = strip(socketAddress);
  if (!forwardedFor || !proxies.has(peer)) return peer;
  const hops = forwardedFor
    .split(',')
    .map((h) => strip(h.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // A hop our proxy wrote that is not an address: the proxy is misconfigured; use the peer.
    if (!isIP(hop)) return peer;
    if (!proxies.has(hop)) return hop;
  }
  // Every hop is a trusted proxy: the left-most is the furthest we know.
  return hops[0] ?? peer;
}
