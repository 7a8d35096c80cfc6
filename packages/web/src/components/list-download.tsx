/**
 * "Download CSV" over a list page: every row that matches the current filters (all pages,
 * fetched through the list's API by `collectPages`; a list the API answers whole, such as
 * the RIS3 strategies, gives its rows as loaded), with stable column names and raw values
 * (ids, codes, numbers) so the file is data, not the screen's formatting. The file is made
 * in the browser (downloads.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, type CsvValue } from '../downloads';
import { collectPages, type ListPage } from '../list-pages';

export interface ListColumn<T> {
  /** The CSV header: a stable, English, snake_case name (`sector_group`). */
  name: string;
  value: (row: T) => CsvValue;
}

export type ListDownloadProps<T> = {
  /** File name without extension. */
  name: string;
  columns: readonly ListColumn<T>[];
} & (
  | {
      /** A paged list: one page of its API with the current filters. */
      fetchPage: (offset: number, limit: number) => Promise<ListPage<T>>;
      /** The largest `limit` the list's API accepts. __Default:__ 500 (collectPages). */
      pageSize?: number;
    }
  | {
      /** A list its API answers whole (no pages, no filters): the rows as loaded. */
      rows: readonly T[];
    }
);

export function ListDownload<T>(props: ListDownloadProps<T>) {
  const { name, columns } = props;
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setStatus('busy');
    try {
      const rows =
        'rows' in props
          ? props.rows
          : await collectPages(props.fetchPage, props.pageSize ? { pageSize: props.pageSize } : {});
      downloadCsv(
        `${name}.csv`,
        columns.map((c) => c.name),
        rows.map((r) => columns.map((c) => c.value(r))),
      );
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="downloads list-download">
      <button type="button" onClick={() => void download()} disabled={status === 'busy'}>
        {t('lists.csv')}
      </button>
      <span aria-live="polite" className="muted">
        {status === 'busy' ? t('lists.busy') : status === 'failed' ? t('lists.failed') : ''}
      </span>
    </div>
  );
}
