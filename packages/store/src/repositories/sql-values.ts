/**
 * Small conversions between JavaScript values and SQL shared by the repositories: JSON
 * parameters, timestamps, ids, the full-text query, and a page read with its total.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Page } from '@polos/core';

/** A row read through a `sql` template (columns by their SQL names). */
export type Row = Record<string, unknown>;

/** A Date (pg, PGlite) or text timestamp as ISO 8601 text. */
export const iso = (v: unknown): string =>
  v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString();

/** A JSON parameter: sent as text and cast, since pg would send a JS array as a PostgreSQL array. */
export const json = <T>(v: T): RawBuilder<T> => sql<T>`${JSON.stringify(v ?? null)}::jsonb`;

/** A JSON value some driver may hand back as text. */
export const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of uuid columns are checked before a query: a malformed one finds nothing (not a SQL error). */
export const isUuid = (id: string): boolean => UUID.test(id);

/** The words of free text without accents, in lower case, at most 10. */
export function foldedWords(q: string): string[] {
  return q
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 10);
}

/**
 * Turn free text into a prefix tsquery over folded words.
 * @example toPrefixQuery('medellín tex') // 'medellin:* & tex:*'
 */
export function toPrefixQuery(q: string): string | undefined {
  const words = foldedWords(q);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : undefined;
}

/**
 * A page from rows read with `count(*) over ()::int as total`. A page past the end has no
 * row to carry the total, so `count` is asked then.
 */
export async function pageOf<T>(
  rows: Row[],
  query: { limit: number; offset: number },
  count: () => Promise<number>,
  toItem: (row: Row) => T,
): Promise<Page<T>> {
  let total = rows.length ? (rows[0]!.total as number) : 0;
  if (!rows.length && query.offset > 0) total = await count();
  return { items: rows.map(toItem), total, limit: query.limit, offset: query.offset };
}

/** The column each field of a patch writes. */
export type PatchColumns<P> = Array<[keyof P & string, string]>;

const jsonColumns = new Set(['key_figures', 'governance_bodies', 'statistical_codes']);

/** `a = $1, b = $2::jsonb, updated_at = now()` for the fields present in a patch. */
export function setClause<P extends object>(patch: P, columns: PatchColumns<P>) {
  const values = patch as Record<string, unknown>;
  const parts = columns
    .filter(([key]) => values[key] !== undefined)
    .map(([key, column]) =>
      jsonColumns.has(column)
        ? sql`${sql.ref(column)} = ${json(values[key])}`
        : sql`${sql.ref(column)} = ${values[key] ?? null}`,
    );
  parts.push(sql`updated_at = now()`);
  return sql.join(parts, sql`, `);
}

/**
 * The columns of a new row from a record, by the same field → column table as its patches:
 * every listed column, absent fields as null, JSON columns encoded.
 */
export function insertValues<P extends object>(record: P, columns: PatchColumns<P>): Record<string, unknown> {
  const values = record as Record<string, unknown>;
  return Object.fromEntries(
    columns.map(([key, column]) => [
      column,
      jsonColumns.has(column) ? json(values[key]) : (values[key] ?? null),
    ]),
  );
}
