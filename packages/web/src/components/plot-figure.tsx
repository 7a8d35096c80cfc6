/**
 * An Observable Plot chart as a React component: `make` builds the chart (Plot.plot(...))
 * and is called again when `deps` change; the SVG goes into a container that the download
 * buttons can read. Plot is loaded only by the pages that use it (lazy routes).
 */
import { useEffect, useRef, type RefObject } from 'react';

export interface PlotFigureProps {
  make: () => SVGSVGElement | HTMLElement;
  deps: readonly unknown[];
  /** Receives the container, e.g. for DownloadButtons' `chart`. */
  containerRef?: RefObject<HTMLDivElement | null>;
  className?: string;
}

export function PlotFigure({ make, deps, containerRef, className }: PlotFigureProps) {
  const own = useRef<HTMLDivElement | null>(null);
  const ref = containerRef ?? own;
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const chart = make();
    // One accessible image per chart: Plot labels its mark groups (<g aria-label="dot">),
    // which axe reports on elements without a role; the chart's own label says it all.
    // With a legend, Plot wraps the chart in a <figure> whose swatches are small SVGs of
    // their own: the chart is the figure's own <svg>; the swatches are decoration.
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
    if (!(chart instanceof SVGSVGElement))
      for (const swatch of chart.querySelectorAll('svg'))
        if (swatch !== svg) swatch.setAttribute('aria-hidden', 'true');
    if (svg) {
      svg.setAttribute('role', 'img');
      for (const g of svg.querySelectorAll('[aria-label]')) if (g !== svg) g.removeAttribute('aria-label');
    }
    node.replaceChildren(chart);
    return () => chart.remove();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` are the chart's inputs
  }, deps);
  return <div ref={ref} className={className ?? 'plot'} />;
}
