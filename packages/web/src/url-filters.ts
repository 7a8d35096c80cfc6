/**
 * Filters that live in the URL query string, so a filtered view can be shared and the
 * back button restores it: each named filter is a string ('' = not set) plus a 1-based
 * `page`. Reading drops unknown parameters and values a filter does not allow; writing
 * leaves out empty filters and page 1.
 */

/** Per filter: the allowed values (a list), or a function that cleans a free value. */
export type FilterSpec = Record<string, readonly string[] | ((value: string) => string)>;

export type FilterValues<S extends FilterSpec> = { [K in keyof S]: string } & { page: number };

export function readFilters<S extends FilterSpec>(spec: S, search: string): FilterValues<S> {
  const p = new URLSearchParams(search);
  const out: Record<string, string | number> = {};
  for (const [key, allowed] of Object.entries(spec)) {
    const raw = (p.get(key) ?? '').trim();
    out[key] = typeof allowed === 'function' ? allowed(raw) : allowed.includes(raw) ? raw : '';
  }
  const page = Math.floor(Number(p.get('page')));
  out.page = Number.isFinite(page) && page >= 1 ? page : 1;
  return out as FilterValues<S>;
}

/** The query string of `values` (with its `?`), or '' when nothing is set. */
export function filtersQuery<S extends FilterSpec>(spec: S, values: FilterValues<S>): string {
  const p = new URLSearchParams();
  for (const key of Object.keys(spec)) {
    const v = values[key];
    if (v) p.set(key, v);
  }
  if (values.page > 1) p.set('page', String(values.page));
  const query = p.toString();
  return query ? `?${query}` : '';
}

/** The filters that are set, as API query parameters (no `page`). */
export function setFilters<S extends FilterSpec>(spec: S, values: FilterValues<S>): Record<string, string> {
  return Object.fromEntries(Object.keys(spec).flatMap((k) => (values[k] ? [[k, values[k]]] : [])));
}

/** Cleaners for free values. */
export const clean = {
  /** An ISO 3166 alpha-2 country code, upper case. */
  country: (v: string) => (/^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : ''),
  /** A NACE Rev. 2 division such as C30. */
  nace: (v: string) => (/^[A-Ua-u]\d{2}$/.test(v) ? v.toUpperCase() : ''),
  /** An ISO 639-1 language code, lower case. */
  language: (v: string) => (/^[A-Za-z]{2}$/.test(v) ? v.toLowerCase() : ''),
  /** Free text, at most 200 characters. */
  text: (v: string) => v.slice(0, 200),
};
