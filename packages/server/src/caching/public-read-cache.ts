/**
 * The cache of anonymous public reads (issue 16; decision 108). For the GET routes that
 * every visitor reads — the cluster list and search, a cluster, its diagnosis, the counts,
 * the organisation directory, an organisation, its matches, the portfolio — and only when
 * the caller is anonymous:
 *
 *   1. read the data version (one coalesced query; every audited write bumps it in its own
 *      transaction, so it changes exactly when committed data changes, on every instance);
 *   2. `ETag: W/"<app version>.<data count>.<epoch>"`, `Cache-Control: public, no-cache` (store,
 *      but revalidate each time; RFC 9111 §5.2.2.4) and `Vary: Cookie, Authorization`
 *      (a shared cache never hands the anonymous answer to a signed-in reader), and
 *      `Accept-Encoding`;
 *   3. `If-None-Match` naming that ETag → 304 without computing anything (RFC 9110 §13.1.2);
 *   4. an answer computed under this version for this path and query → sent from memory,
 *      gzipped when the caller accepts it and the body is large (made once per answer);
 *   5. otherwise computed, and kept when it is a 200 JSON answer.
 *
 * Signed-in readers are never served from the cache and never get an ETag: their answers
 * may hold private records (`Cache-Control: private, no-store`). An anonymous answer is a
 * function of the path, the query and the committed data only (the routes below read no
 * other header), which is what makes the data version a valid validator.
 */
import { gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { dataVersionCount } from '@polos/store';
import type { AppEnv } from '../context';
import { dataVersionReader } from './data-version-reader';

/** The anonymous public reads that are cached (GET only). */
const CACHED_PATHS = [
  /^\/api\/clusters$/,
  /^\/api\/clusters\/[^/]+$/,
  /^\/api\/clusters\/[^/]+\/diagnosis$/,
  /^\/api\/organisations$/,
  /^\/api\/organisations\/[^/]+$/,
  /^\/api\/organisations\/[^/]+\/matches$/,
  /^\/api\/portfolio$/,
];

/** The headers of an answer that are kept with its body. */
const KEPT_HEADERS = ['content-type', 'content-language'];

interface Entry {
  body: ArrayBuffer;
  headers: Array<[string, string]>;
  /** The body gzipped, made once off the main thread after the entry is kept (large bodies only). */
  gzip?: ArrayBuffer;
}

/** Bodies from this size on are also kept gzipped (a 2.5 MB portfolio becomes about a tenth). */
const GZIP_FROM_BYTES = 8 * 1024;

/** Whether `Accept-Encoding` accepts gzip (not `gzip;q=0`). */
function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding!.trim() !== 'gzip' && coding!.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export interface PublicReadCacheOptions {
  /** Reads the committed data version (`store.dataVersion()`). */
  readVersion: () => Promise<string>;
  /** The application's version: a new release never revalidates an old release's ETag. */
  appVersion: string;
  /** Bytes of bodies kept at most; the oldest answers leave first. __Default:__ 64 MiB. */
  maxBytes?: number;
}

/** Whether `If-None-Match` names `etag` (weak comparison, RFC 9110 §8.8.3.2). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/**
 * The middleware; mount it after `authenticate` on `/api/*`. Sets `dataVersion` on the
 * context for anonymous cached routes (the matches index rechecks its fingerprint when it
 * changes).
 * @example app.use('/api/*', publicReadCache({ readVersion: () => store.dataVersion(), appVersion: VERSION }));
 */
export function publicReadCache(options: PublicReadCacheOptions): MiddlewareHandler<AppEnv> {
  const currentVersion = dataVersionReader(options.readVersion);
  const maxBytes = options.maxBytes ?? 64 * 2 ** 20;
  // The version the kept answers were computed under, and its count (which only grows).
  let entriesVersion = '';
  let entriesCount = -1n;
  let bytes = 0;
  const entries = new Map<string, Entry>();

  const remember = (key: string, version: string, entry: Entry) => {
    if (version !== entriesVersion) return; // a newer version arrived meanwhile
    if (entry.body.byteLength > maxBytes) return;
    const old = entries.get(key);
    if (old) bytes -= old.body.byteLength + (old.gzip?.byteLength ?? 0);
    entries.delete(key);
    entries.set(key, entry);
    bytes += entry.body.byteLength;
    if (entry.body.byteLength >= GZIP_FROM_BYTES)
      gzip(entry.body, (error, zipped) => {
        // kept only while the entry is (a newer version may have replaced it meanwhile)
        if (error || entries.get(key) !== entry) return;
        entry.gzip = new Uint8Array(zipped).buffer;
        bytes += zipped.byteLength;
      });
    for (const [oldest, kept] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= kept.body.byteLength + (kept.gzip?.byteLength ?? 0);
    }
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' || !CACHED_PATHS.some((path) => path.test(c.req.path))) return next();
    c.header('Vary', 'Cookie, Authorization, Accept-Encoding', { append: true });
    if (c.get('user')) {
      // Set before the answer is built (see the request-id middleware in app.ts).
      c.header('Cache-Control', 'private, no-store');
      return next();
    }
    const version = await currentVersion();
    const count = dataVersionCount(version);
    if (version !== entriesVersion && count >= entriesCount) {
      // Answers of older versions can never be sent again: counts only grow, and a database's
      // epoch never changes while it is served (decision 110).
      entries.clear();
      bytes = 0;
      entriesVersion = version;
      entriesCount = count;
    }
    c.set('dataVersion', version);
    const etag = `W/"${options.appVersion}.${version}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, no-cache');
    if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304);

    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    // A request that read an older version than another one already did is answered afresh.
    const hit = version === entriesVersion ? entries.get(key) : undefined;
    if (hit) {
      for (const [name, value] of hit.headers) c.header(name, value);
      if (hit.gzip && acceptsGzip(c.req.header('accept-encoding'))) {
        c.header('Content-Encoding', 'gzip');
        return c.body(hit.gzip, 200);
      }
      return c.body(hit.body, 200);
    }
    await next();
    const res = c.res;
    if (res.status !== 200 || !res.headers.get('content-type')?.startsWith('application/json')) {
      // Errors (404 of a private record, 400) are not cached and carry no validator.
      c.res.headers.delete('ETag');
      c.res.headers.delete('Cache-Control');
      return;
    }
    const body = await res.clone().arrayBuffer();
    const headers = KEPT_HEADERS.flatMap((name): Array<[string, string]> => {
      const value = res.headers.get(name);
      return value === null ? [] : [[name, value]];
    });
    remember(key, version, { body, headers });
  };
}
