/**
 * Map studio, second half: the relatedness network of the U.S. traded benchmark clusters
 * (proximity φ from their co-presence across states; Hidalgo et al. 2007 applied to
 * clusters) and a state's diversification opportunities — the clusters it does not have
 * yet (LQ < 1), ranked by relatedness density and complexity (z(density) + z(PCI), as
 * docs/methods/mapping.md defines). The network keeps each cluster's strongest link (a
 * maximum spanning tree) plus links with φ ≥ 0.6, laid out once with d3-force.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { useMemo, useRef, useState } from 'react';
import { networkBackbone } from '@polos/core/network';
import { useTranslation } from 'react-i18next';
import type { StateClustersView } from '../api-client';
import { fitToFrame } from '../charts/force-layout';
import { DownloadButtons } from './download-buttons';
import { DataTable } from './data-table';
import { OpportunityCells } from './opportunity-cells';

const WIDTH = 900;
const HEIGHT = 560;

interface Node extends SimulationNodeDatum {
  index: number;
  name: string;
  size: number;
}
interface Link {
  source: number | Node;
  target: number | Node;
  phi: number;
}

export function ClusterRelatedness({ data, cluster }: { data: StateClustersView; cluster: string }) {
  const { t, i18n } = useTranslation();
  const rel = data.relatedness;
  const T = rel.clusters.length;
  const C = data.clusters.length;
  const [state, setState] = useState('Kansas');
  const chart = useRef<HTMLDivElement | null>(null);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const r = data.regions.indexOf(state);

  const layout = useMemo(() => {
    const national = rel.clusters.map((name) => {
      const c = data.clusters.findIndex((x) => x.name === name);
      let sum = 0;
      for (let k = 0; k < data.regions.length; k++) sum += data.employment[k * C + c] ?? 0;
      return sum;
    });
    const max = Math.max(...national);
    const nodes: Node[] = rel.clusters.map((name, index) => ({
      index,
      name,
      size: 4 + 14 * Math.sqrt(national[index]! / max),
    }));
    const links: Link[] = networkBackbone(rel.proximity, T, { threshold: 0.6 });
    forceSimulation(nodes)
      .force(
        'link',
        forceLink<Node, Link>(links)
          .distance((l) => 30 + 120 * (1 - l.phi))
          .strength(0.6),
      )
      .force('charge', forceManyBody().strength(-140))
      .force(
        'collide',
        forceCollide<Node>((n) => n.size + 2),
      )
      .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
      .stop()
      .tick(300);
    // fit the layout to the frame, centred (labels need ~40 px below the lowest circle)
    const fit = fitToFrame(nodes, {
      width: WIDTH,
      height: HEIGHT,
      padX: 80,
      padY: 90,
      maxScale: 3,
      bottom: 20,
    });
    for (const n of nodes) {
      n.x = fit.x(n.x!);
      n.y = fit.y(n.y!);
    }
    return { nodes, links };
  }, [data, rel, T, C]);

  // Ranked on the server by the core's diversificationOpportunities (docs/methods/mapping.md).
  const opportunities =
    r < 0 ? [] : rel.opportunities[r]!.map((o) => ({ ...o, name: rel.clusters[o.cluster]! }));

  const present = (k: number) => r >= 0 && rel.present[r * T + k] === 1;
  return (
    <>
      <section aria-labelledby="network-title">
        <h2 id="network-title">{t('studio.networkTitle', { year: data.year })}</h2>
        <p className="muted">{t('studio.networkIntro')}</p>
        <label className="inline-select">
          <span>{t('studio.state')}</span>
          <select value={state} onChange={(e) => setState(e.target.value)}>
            {[...data.regions]
              .sort((a, b) => a.localeCompare(b))
              .map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
          </select>
        </label>
        <div ref={chart} className="map network">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('studio.networkLabel', { state })}>
            <rect width={WIDTH} height={HEIGHT} fill="#fff" />
            {layout.links.map((l, k) => {
              const s = l.source as Node;
              const tg = l.target as Node;
              return (
                <line
                  key={k}
                  x1={s.x}
                  y1={s.y}
                  x2={tg.x}
                  y2={tg.y}
                  stroke="#9aa7b1"
                  strokeOpacity={0.25 + 0.6 * l.phi}
                  strokeWidth={0.5 + 2.5 * l.phi}
                />
              );
            })}
            {layout.nodes.map((n) => (
              <g key={n.name} data-cluster={n.name} data-present={present(n.index) ? '1' : '0'}>
                <title>{`${n.name}${present(n.index) ? ` — ${t('studio.presentIn', { state })}` : ''}`}</title>
                <circle
                  cx={n.x}
                  cy={n.y}
                  r={n.size}
                  fill={present(n.index) ? '#155e75' : '#d5dde3'}
                  stroke={n.name === cluster ? '#b45309' : '#fff'}
                  strokeWidth={n.name === cluster ? 3 : 1}
                />
                {n.name === cluster || n.size > 12 ? (
                  <text x={n.x} y={n.y! + n.size + 11} textAnchor="middle" fontSize="11" fill="#14212b">
                    {n.name}
                  </text>
                ) : null}
              </g>
            ))}
          </svg>
        </div>
        <DownloadButtons
          name={`cluster-network-${data.year}`}
          label={t('studio.networkDownload')}
          chart={chart}
        />
      </section>

      <section aria-labelledby="opportunities-title">
        <h2 id="opportunities-title">{t('studio.opportunitiesTitle', { state })}</h2>
        <p className="muted">{t('studio.opportunitiesIntro')}</p>
        <DataTable
          name="opportunities"
          columns={[
            { label: t('studio.cluster') },
            { label: t('studio.density'), className: 'num' },
            { label: t('studio.complexity'), className: 'num' },
            { label: t('studio.score'), className: 'num' },
          ]}
        >
          <tbody>
            {opportunities.map((o) => (
              <tr key={o.name}>
                <th scope="row">{o.name}</th>
                <OpportunityCells opportunity={o} format={number} />
              </tr>
            ))}
          </tbody>
        </DataTable>
        <DownloadButtons
          name={`opportunities-${state}-${data.year}`}
          label={t('studio.opportunitiesDownload')}
          csv={{
            columns: ['state', 'cluster', 'density', 'complexity', 'score'],
            rows: opportunities.map((o) => [state, o.name, o.density, o.complexity, o.score]),
          }}
        />
      </section>
    </>
  );
}
