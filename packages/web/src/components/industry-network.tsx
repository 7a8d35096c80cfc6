/**
 * The relatedness network of industries (the "product space", Hidalgo et al. 2007): the
 * backbone the API sends (maximum spanning tree of φ plus the strongest links), laid out
 * with d3-force after the rest of the page is drawn. Node colour = group (HS section,
 * NAICS sector), size = total; the chosen region's specialisations (LQ ≥ 1) are drawn
 * dark, the rest light, so the region's place in the space shows at a glance; the twelve
 * largest industries are labelled. The layout is deterministic (d3-force's seeded random
 * source) and computed once per dataset and year in the page. Clicking a node chooses
 * that industry; the select and the search above the map are the keyboard path.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceView } from '../api-client';
import { fitToFrame } from '../charts/force-layout';
import { DownloadButtons } from './download-buttons';

const WIDTH = 960;
/** How many of the largest industries carry a label. */
const LABELLED = 12;
const short = (label: string) => (label.length > 28 ? `${label.slice(0, 27)}…` : label);
const HEIGHT = 640;
/** Tableau 10 (Observable Plot's default categorical scheme). */
export const GROUP_COLORS = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];

interface Node extends SimulationNodeDatum {
  index: number;
  r: number;
}
interface Link {
  source: number | Node;
  target: number | Node;
  phi: number;
  tree: boolean;
}
interface Layout {
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
}

const layouts = new Map<string, Layout>();

function layOut(space: SpaceView): Layout {
  const n = space.industries.length;
  const max = Math.max(...space.industries.map((i) => i.total), 1);
  const nodes: Node[] = space.industries.map((ind, index) => ({
    index,
    r: 2 + (n > 400 ? 5 : 9) * Math.sqrt(ind.total / max),
  }));
  // The tree shapes the layout (each industry near its strongest neighbour); the other
  // strong links pull only a little, so related branches come closer without a hairball.
  const links: Link[] = space.edges.map(([source, target, phi], k) => ({
    source,
    target,
    phi,
    tree: k < space.tree,
  }));
  const scale = Math.sqrt(600 / Math.max(n, 60));
  forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, Link>(links)
        .distance((l) => (l.tree ? 6 + 30 * (1 - l.phi) : 60) * scale)
        .strength((l) => (l.tree ? 0.9 : 0.03)),
    )
    .force(
      'charge',
      forceManyBody()
        .strength(-40 * scale)
        .theta(0.9)
        .distanceMax(300 * scale),
    )
    .force(
      'collide',
      forceCollide<Node>((d) => d.r + 1),
    )
    .force('x', forceX(0).strength(0.02))
    .force('y', forceY(0).strength(0.03))
    .stop()
    .tick(n > 600 ? 200 : 300);
  const fit = fitToFrame(nodes, { width: WIDTH, height: HEIGHT, padX: 40, padY: 40, maxScale: 4 });
  return {
    x: Float64Array.from(nodes, (d) => fit.x(d.x!)),
    y: Float64Array.from(nodes, (d) => fit.y(d.y!)),
    r: Float64Array.from(nodes, (d) => d.r),
  };
}

export interface IndustryNetworkProps {
  space: SpaceView;
  /** Index of the chosen industry, or -1. */
  industry: number;
  /** Per industry: 1 when the chosen region is specialised (LQ ≥ 1); undefined = no region. */
  present: readonly number[] | undefined;
  regionName: string | undefined;
  onIndustry(code: string): void;
}

export function IndustryNetwork({ space, industry, present, regionName, onIndustry }: IndustryNetworkProps) {
  const { t } = useTranslation();
  const key = `${space.dataset.id}@${space.year ?? ''}`;
  const [layout, setLayout] = useState<Layout | null>(() => layouts.get(key) ?? null);
  const chart = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const cached = layouts.get(key);
    if (cached) {
      setLayout(cached);
      return;
    }
    setLayout(null);
    // Let the page paint first: a thousand nodes take about a second.
    const timer = setTimeout(() => {
      const l = layOut(space);
      layouts.set(key, l);
      setLayout(l);
    }, 30);
    return () => clearTimeout(timer);
  }, [key, space]);

  const groupIndex = new Map(space.groups.map((g, k) => [g.id, k]));
  const colorOf = (i: number) => {
    const g = space.industries[i]!.group;
    const k = g === null ? undefined : groupIndex.get(g);
    return k === undefined ? '#888' : GROUP_COLORS[k % GROUP_COLORS.length]!;
  };
  const title = regionName ? t('space.networkTitleRegion', { region: regionName }) : t('space.networkTitle');
  const usedGroups = space.groups.filter((g) => space.industries.some((i) => i.group === g.id));
  // Labels on the largest industries (by total), so the space reads without hovering.
  const largest = [...space.industries.keys()]
    .sort((a, b) => space.industries[b]!.total - space.industries[a]!.total)
    .slice(0, LABELLED)
    .filter((i) => i !== industry);

  return (
    <section aria-labelledby="network-title">
      <h2 id="network-title">{title}</h2>
      <p className="muted">
        {t('space.networkIntro', { count: space.industries.length, links: space.edges.length })}
      </p>
      {!layout ? (
        <p role="status">{t('space.layingOut')}</p>
      ) : (
        <div ref={chart} className="map">
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT + 30 + 22 * Math.ceil(usedGroups.length / 4)}`}
            role="img"
            aria-label={title}
            style={{ fontFamily: 'system-ui, sans-serif' }}
          >
            <rect width={WIDTH} height={HEIGHT + 30 + 22 * Math.ceil(usedGroups.length / 4)} fill="#fff" />
            <g stroke="#bbb" strokeOpacity={0.7}>
              {space.edges.map(([i, j, phi]) => (
                <line
                  key={`${i}-${j}`}
                  x1={layout.x[i]}
                  y1={layout.y[i]}
                  x2={layout.x[j]}
                  y2={layout.y[j]}
                  strokeWidth={phi >= 0.55 ? 1 : 0.6}
                />
              ))}
            </g>
            <g>
              {space.industries.map((ind, i) => {
                const dim = present !== undefined && !present[i];
                return (
                  <circle
                    key={ind.code}
                    cx={layout.x[i]}
                    cy={layout.y[i]}
                    r={layout.r[i]}
                    fill={colorOf(i)}
                    fillOpacity={dim ? 0.18 : 0.95}
                    stroke={dim ? colorOf(i) : '#333'}
                    strokeWidth={0.5}
                    style={{ cursor: 'pointer' }}
                    onClick={() => onIndustry(ind.code)}
                    data-code={ind.code}
                  >
                    <title>{`${ind.code} ${ind.label}`}</title>
                  </circle>
                );
              })}
            </g>
            <g pointerEvents="none" fontSize="11" fill="#222">
              {largest.map((i) => (
                <text
                  key={space.industries[i]!.code}
                  x={Math.min(layout.x[i]! + layout.r[i]! + 2, WIDTH - 160)}
                  y={layout.y[i]! + 4}
                  paintOrder="stroke"
                  stroke="#fff"
                  strokeWidth={3}
                >
                  {short(space.industries[i]!.label)}
                </text>
              ))}
            </g>
            {industry >= 0 ? (
              <g pointerEvents="none">
                <circle
                  cx={layout.x[industry]}
                  cy={layout.y[industry]}
                  r={layout.r[industry]! + 6}
                  fill="none"
                  stroke="#111"
                  strokeWidth={2.5}
                />
                <text
                  x={Math.min(layout.x[industry]! + 10, WIDTH - 200)}
                  y={layout.y[industry]! - 10}
                  fontSize="14"
                  fontWeight="bold"
                  paintOrder="stroke"
                  stroke="#fff"
                  strokeWidth={4}
                >
                  {space.industries[industry]!.label.slice(0, 40)}
                </text>
              </g>
            ) : null}
            <g transform={`translate(20, ${HEIGHT + 12})`} fontSize="13">
              {usedGroups.map((g, k) => (
                <g key={g.id} transform={`translate(${(k % 4) * 235}, ${Math.floor(k / 4) * 22})`}>
                  <circle
                    cx="8"
                    cy="8"
                    r="7"
                    fill={GROUP_COLORS[groupIndex.get(g.id)! % GROUP_COLORS.length]}
                  />
                  <text x="20" y="13">
                    {g.label.length > 30 ? `${g.label.slice(0, 29)}…` : g.label}
                  </text>
                </g>
              ))}
            </g>
          </svg>
        </div>
      )}
      {present !== undefined ? <p className="muted">{t('space.networkLegendRegion')}</p> : null}
      <DownloadButtons
        name={`industry-network-${space.dataset.id}`}
        label={t('space.networkLabel')}
        chart={chart}
        csv={{
          columns: ['industry_a', 'industry_b', 'phi'],
          rows: space.edges.map(([i, j, phi]) => [space.industries[i]!.code, space.industries[j]!.code, phi]),
        }}
      />
    </section>
  );
}
