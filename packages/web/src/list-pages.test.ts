import { describe, expect, it } from 'vitest';
import { collectPages } from './list-pages';

const source = (n: number) => Array.from({ length: n }, (_, k) => k);
function api(n: number) {
  const calls: Array<[number, number]> = [];
  const fetchPage = (offset: number, limit: number) => {
    calls.push([offset, limit]);
    return Promise.resolve({ items: source(n).slice(offset, offset + limit), total: n });
  };
  return { calls, fetchPage };
}

describe('collectPages', () => {
  it('collects every row of every page, in order, and stops at the total', async () => {
    const { calls, fetchPage } = api(1234);
    expect(await collectPages(fetchPage, { pageSize: 500 })).toEqual(source(1234));
    expect(calls).toEqual([
      [0, 500],
      [500, 500],
      [1000, 500],
    ]);
  });

  it('asks once for an empty list or one that fits a page', async () => {
    const empty = api(0);
    expect(await collectPages(empty.fetchPage)).toEqual([]);
    expect(empty.calls).toHaveLength(1);
    const exact = api(500);
    expect(await collectPages(exact.fetchPage, { pageSize: 500 })).toHaveLength(500);
    expect(exact.calls).toHaveLength(1);
  });

  it('refuses a list larger than maxPages pages instead of cutting it short', async () => {
    const { calls, fetchPage } = api(101);
    await expect(collectPages(fetchPage, { pageSize: 10, maxPages: 10 })).rejects.toThrow(
      'the list has 101 rows, more than the 100 a download holds',
    );
    expect(calls).toHaveLength(1);
  });
});
