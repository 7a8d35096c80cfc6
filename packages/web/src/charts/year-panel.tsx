/**
 * One panel of a small-multiples chart by year (charts/year-chart.ts): a figure with its
 * caption, the chart (an image whose text alternative reads the values) and the chart's
 * SVG and PNG downloads.
 */
import { useRef } from 'react';
import { DownloadButtons } from '../components/download-buttons';
import { PlotFigure } from '../components/plot-figure';
import { yearChart, type YearPoint } from './year-chart';

export interface YearPanelProps {
  id: string;
  title: string;
  label: string | null;
  color: string;
  points: readonly YearPoint[];
  lang: string;
  /** File name of the downloads, without extension. */
  name: string;
  deps: readonly unknown[];
}

export function YearPanel({ id, title, label, color, points, lang, name, deps }: YearPanelProps) {
  const chart = useRef<HTMLDivElement | null>(null);
  return (
    <figure className="chart-panel" aria-labelledby={`${id}-caption`} data-testid={id}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong>
      </figcaption>
      <PlotFigure
        containerRef={chart}
        deps={[...deps, lang]}
        make={() => yearChart({ points, lang, title, label, color })}
      />
      <DownloadButtons name={name} label={title} chart={chart} />
    </figure>
  );
}
