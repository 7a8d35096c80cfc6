/**
 * Which `Origin` may send a write (docs/security.md, CSRF). With POLOS_PUBLIC_ORIGIN
 * set, only those origins: the check no longer trusts anything the request says about
 * itself. Unset, the request's own origin — its URL, or the Host header — is accepted
 * as before, which a client that sets both Origin and Host (e.g. through a proxy that
 * passes Host on) can satisfy with any value.
 */

export interface OriginOfRequest {
  /** The request URL's origin (what the server was addressed as). */
  urlOrigin: string;
  /** `scheme://Host` from the Host header (and X-Forwarded-Proto). */
  hostOrigin: string;
}

/**
 * @example
 * originAllowed('https://evil.example', ['https://polos.example.org'], self) // → false
 */
export function originAllowed(
  origin: string,
  publicOrigins: readonly string[],
  self: OriginOfRequest,
): boolean {
  if (publicOrigins.length) return publicOrigins.includes(origin);
  return origin === self.urlOrigin || origin === self.hostOrigin;
}
