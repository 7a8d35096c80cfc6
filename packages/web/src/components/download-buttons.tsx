/**
 * The download buttons under a chart or table: CSV of the data, and SVG and PNG of the
 * chart when `chart` points at a container holding an <svg>.
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, downloadPng, downloadSvg, type CsvValue } from '../downloads';

export interface DownloadButtonsProps {
  /** File name without extension, e.g. `strong-clusters-2021`. */
  name: string;
  /** The data behind the chart or table. */
  csv?: { columns: readonly string[]; rows: readonly (readonly CsvValue[])[] };
  /** Container of the chart's <svg> (the first one inside is saved). */
  chart?: RefObject<HTMLElement | null>;
  /** What is downloaded, for screen readers ("strong clusters table"). */
  label: string;
}

export function DownloadButtons({ name, csv, chart, label }: DownloadButtonsProps) {
  const { t } = useTranslation();
  const svg = () => chart?.current?.querySelector('svg') ?? null;
  return (
    <div className="downloads" role="group" aria-label={t('downloads.group', { what: label })}>
      {csv && (
        <button type="button" onClick={() => downloadCsv(`${name}.csv`, csv.columns, csv.rows)}>
          {t('downloads.csv')}
        </button>
      )}
      {chart && (
        <>
          <button
            type="button"
            onClick={() => {
              const s = svg();
              if (s) downloadSvg(s, `${name}.svg`);
            }}
          >
            {t('downloads.svg')}
          </button>
          <button
            type="button"
            onClick={() => {
              const s = svg();
              if (s) void downloadPng(s, `${name}.png`);
            }}
          >
            {t('downloads.png')}
          </button>
        </>
      )}
    </div>
  );
}
