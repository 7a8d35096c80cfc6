/**
 * The filters of the cluster list as one SQL condition over `clusters`, shared by the
 * page, the summaries, the counts and the portfolio rows; and "the latest assessment of
 * a cluster" (newest `assessed_on`, then `created_at`, then id: index
 * `assessments_latest_idx`). The degree is the stored one (migration 006), so the filter
 * is SQL over every cluster, however many there are.
 */
import { sql, type RawBuilder } from 'kysely';
import type { ClusterListQuery } from '@polos/core';
import { toPrefixQuery } from './sql-values';

export type ClusterFilters = Omit<ClusterListQuery, 'limit' | 'offset'>;

/** The order of "latest first" among one cluster's assessments. */
export const LATEST_FIRST = sql`a.assessed_on desc, a.created_at desc, a.id`;

/** `where` of the cluster list's filters; columns qualified with `clusters.` so it joins safely. */
export function clusterCondition(
  query: ClusterFilters,
  options: { includePrivate: boolean },
): RawBuilder<unknown> {
  const where = [sql`true`];
  if (!options.includePrivate) where.push(sql`clusters.is_public`);
  if (query.country) where.push(sql`clusters.country = ${query.country}`);
  if (query.sector_group) where.push(sql`clusters.sector_group = ${query.sector_group}`);
  if (query.region) where.push(sql`clusters.region = ${query.region}`);
  if (query.statistical_region)
    where.push(sql`clusters.statistical_codes->'region'->>'code' = ${query.statistical_region}`);
  if (query.statistical_system)
    where.push(sql`clusters.statistical_codes->'region'->>'system' = ${query.statistical_system}`);
  if (query.degree)
    where.push(sql`(select a.degree from assessments a where a.cluster_id = clusters.id
      order by ${LATEST_FIRST} limit 1) = ${query.degree}`);
  const tsquery = query.q ? toPrefixQuery(query.q) : undefined;
  if (tsquery) where.push(sql`clusters.search @@ to_tsquery('simple', ${tsquery})`);
  return sql.join(where, sql` and `);
}
