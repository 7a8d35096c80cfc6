/**
 * Every row of a filtered list, page by page through its API (`limit`/`offset`, answers
 * `{ items, total }`), for downloads of "the current filtered rows, all pages". Bounded: at
 * most `maxPages` requests; a list larger than that is refused rather than cut short.
 */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/**
 * @example await collectPages((offset, limit) => listClusters({ ...filters, offset, limit })) // every cluster that matches
 */
export async function collectPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<ListPage<T>>,
  { pageSize = 500, maxPages = 40 }: { pageSize?: number; maxPages?: number } = {},
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 0; page < maxPages; page++) {
    const { items, total } = await fetchPage(page * pageSize, pageSize);
    if (page === 0 && total > pageSize * maxPages)
      throw new Error(`the list has ${total} rows, more than the ${pageSize * maxPages} a download holds`);
    rows.push(...items);
    if (items.length < pageSize || rows.length >= total) return rows;
  }
  return rows;
}
