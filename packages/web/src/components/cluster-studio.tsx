/**
 * Map studio, cluster view (`/map?year=&cluster=&measure=`): the U.S. benchmark clusters of
 * the bundled County Business Patterns by state — a choropleth of a cluster's location
 * quotient, employment or cluster strength, the states where the cluster is strong with
 * their stars, the relatedness of clusters, and the downloads (CSV, SVG/PNG).
 * API: GET /api/map/us-states/clusters, GET /api/boundaries/us-states.
 */
import type { Feature, Geometry } from 'geojson';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { StateClustersView } from '../api-client';
import { errorMessage } from '../api-errors';
import type { ProjectionOption } from '../maps/projection';
import { useFetched } from '../use-fetched';
import { ChoroplethKey, ChoroplethLegend, classOf, NO_DATA, quantileBreaks } from './choropleth';
import { ClusterRelatedness } from './cluster-relatedness';
import { DownloadButtons } from './download-buttons';
import { DataTable } from './data-table';
import { RegionMap } from './region-map';

const YEARS = [2021, 2020, 2019, 2018, 2017];
/** LQ classes: below 0.8 under-represented, 0.8–1.25 about average, above: specialised. */
const LQ_BREAKS = [0.5, 0.8, 1.25, 2, 4];
const COLORS = ['#f1eef6', '#d0d1e6', '#a6bddb', '#74a9cf', '#2b8cbe', '#045a8d'];
const WIDTH = 975;
const HEIGHT = 610;
/** The benchmark clusters' state map: Albers USA at the scale of the CMP's maps. */
const US_FIXED: ProjectionOption = { kind: 'us-fixed', scale: 1300 };

type Measure = 'lq' | 'employment' | 'strength';
/** Cluster strength (share of traded employment in strong clusters): classes of 10 points. */
const STRENGTH_BREAKS = [0.1, 0.2, 0.3, 0.4, 0.5];
type StateFeature = Feature<Geometry, { name: string }>;

export type ClusterQuery = { year: number; cluster: string; measure: Measure };

/** The cluster view's choices from the address (`?year=&cluster=&measure=`), with defaults. */
export function readClusterQuery(search: string): ClusterQuery {
  const p = new URLSearchParams(search);
  const year = Number(p.get('year'));
  return {
    year: YEARS.includes(year) ? year : 2021,
    cluster: p.get('cluster') ?? 'Aerospace Vehicles and Defense',
    measure: (['employment', 'strength'].includes(p.get('measure') ?? '')
      ? p.get('measure')
      : 'lq') as Measure,
  };
}

/** The U.S. benchmark clusters by state (`/map?year=&cluster=&measure=`). */
export function ClusterStudio({
  query,
  onQuery,
}: {
  query: ClusterQuery;
  onQuery(patch: Partial<ClusterQuery>): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const clusters = useFetched<StateClustersView>(`/api/map/us-states/clusters?year=${query.year}`);
  const topology =
    useFetched<Topology<{ states: GeometryCollection<{ name: string }> }>>('/api/boundaries/us-states');
  const data = clusters.data;
  const states = useMemo(
    () =>
      topology.data
        ? (feature(topology.data, topology.data.objects.states).features as StateFeature[])
        : null,
    [topology.data],
  );
  const error = clusters.error ?? topology.error;
  const mapRef = useRef<HTMLDivElement | null>(null);
  const number = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);
  const integer = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }), [lang]);
  const percent = useMemo(
    () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }),
    [lang],
  );

  const c = data ? data.clusters.findIndex((x) => x.name === query.cluster) : -1;
  const C = data?.clusters.length ?? 0;
  const rows = useMemo(() => {
    if (!data || c < 0) return [];
    return data.regions
      .map((region, r) => ({
        region,
        employment: data.employment[r * C + c] ?? null,
        lq: data.lq[r * C + c] ?? null,
        strong: data.strong[r * C + c] === 1,
        stars: data.stars[r * C + c] ?? 0,
        strength: data.strength[r] ?? null,
      }))
      .sort((a, b) => (b.lq ?? -1) - (a.lq ?? -1));
  }, [data, c, C]);
  const byRegion = useMemo(() => new Map(rows.map((row) => [row.region, row])), [rows]);
  const employmentBreaks = useMemo(
    () =>
      quantileBreaks(
        rows.map((r) => r.employment),
        COLORS.length - 1,
      ),
    [rows],
  );
  const breaks =
    query.measure === 'lq' ? LQ_BREAKS : query.measure === 'strength' ? STRENGTH_BREAKS : employmentBreaks;
  const valueOf = (row: (typeof rows)[number] | undefined) =>
    row
      ? query.measure === 'lq'
        ? row.lq
        : query.measure === 'strength'
          ? row.strength
          : row.employment
      : null;
  const fmt = (v: number | null, measure: Measure) =>
    v == null
      ? t('studio.noData')
      : measure === 'lq'
        ? number.format(v)
        : measure === 'strength'
          ? percent.format(v)
          : integer.format(v);
  const strongRows = rows.filter((r) => r.strong);
  const traded =
    data?.clusters
      .filter((x) => x.type === 'traded')
      .map((x) => x.name)
      .sort((a, b) => a.localeCompare(b)) ?? [];
  const local =
    data?.clusters
      .filter((x) => x.type === 'local')
      .map((x) => x.name)
      .sort((a, b) => a.localeCompare(b)) ?? [];
  const allStrong = data
    ? data.regions.flatMap((region, r) =>
        data.clusters.flatMap((cl, k) =>
          data.strong[r * C + k] === 1
            ? [
                [
                  region,
                  cl.name,
                  cl.type,
                  data.employment[r * C + k] ?? null,
                  data.lq[r * C + k] ?? null,
                  data.stars[r * C + k] ?? 0,
                ] as const,
              ]
            : [],
        ),
      )
    : [];

  return (
    <>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('studio.year')}</span>
          <select value={query.year} onChange={(e) => onQuery({ year: Number(e.target.value) })}>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('studio.cluster')}</span>
          <select value={query.cluster} onChange={(e) => onQuery({ cluster: e.target.value })}>
            <optgroup label={t('studio.traded')}>
              {traded.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('studio.local')}>
              {local.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          <span>{t('studio.measure')}</span>
          <select value={query.measure} onChange={(e) => onQuery({ measure: e.target.value as Measure })}>
            <option value="lq">{t('studio.measures.lq')}</option>
            <option value="employment">{t('studio.measures.employment')}</option>
            <option value="strength">{t('studio.measures.strength')}</option>
          </select>
        </label>
      </form>

      {error ? (
        <div role="alert" className="error">
          <p>{errorMessage(t, error)}</p>
          <button
            type="button"
            onClick={() => {
              clusters.retry();
              topology.retry();
            }}
          >
            {t('clusters.retry')}
          </button>
        </div>
      ) : !data || !states ? (
        <p role="status">{t('studio.loading')}</p>
      ) : (
        <>
          <section aria-labelledby="map-title">
            <h2 id="map-title">
              {t(`studio.mapTitle.${query.measure}`, { cluster: query.cluster, year: query.year })}
            </h2>
            <div ref={mapRef} className="map">
              <RegionMap
                shapes={states}
                projection={US_FIXED}
                width={WIDTH}
                height={HEIGHT}
                label={t(`studio.mapTitle.${query.measure}`, {
                  cluster: query.cluster,
                  year: query.year,
                })}
                shade={(f) => {
                  const row = byRegion.get(f.properties.name);
                  const v = valueOf(row);
                  return {
                    key: f.properties.name,
                    fill: v == null ? NO_DATA : COLORS[classOf(v, breaks)]!,
                    stroke: row?.strong ? '#111' : '#fff',
                    strokeWidth: row?.strong ? 2.5 : 0.75,
                    title: `${f.properties.name}: ${fmt(v, query.measure)}${row?.strong ? ` — ${t('studio.strong')}` : ''}`,
                    data: { 'data-state': f.properties.name },
                  };
                }}
                downloadLegend={
                  <ChoroplethLegend
                    x={20}
                    y={HEIGHT + 15}
                    breaks={breaks}
                    colors={COLORS}
                    format={(v) => fmt(v, query.measure)}
                    noData={t('studio.noData')}
                    step={125}
                    extra={
                      <>
                        <rect x="200" width="16" height="16" fill="#fff" stroke="#111" strokeWidth="2.5" />
                        <text x="221" y="13">
                          {t('studio.strongLegend')}
                        </text>
                      </>
                    }
                  />
                }
              />
              <ChoroplethKey
                breaks={breaks}
                colors={COLORS}
                format={(v) => fmt(v, query.measure)}
                noData={t('studio.noData')}
                outline={t('studio.strongLegend')}
                label={t('studio.legendLabel')}
              />
            </div>
            {query.measure === 'strength' ? <p className="muted">{t('studio.strengthNote')}</p> : null}
            <DownloadButtons
              name={`map-${query.measure}-${query.year}`}
              label={t('studio.mapLabel')}
              chart={mapRef}
            />
          </section>

          <section aria-labelledby="strong-title">
            <h2 id="strong-title">{t('studio.strongTitle', { cluster: query.cluster, year: query.year })}</h2>
            <p data-testid="strong-states">
              {strongRows.length
                ? t('studio.strongIn', { states: strongRows.map((r) => r.region).join(', ') })
                : t('studio.strongNone')}
            </p>
            <DataTable
              name="strong"
              caption={t('studio.tableCaption')}
              columns={[
                { label: t('studio.state') },
                { label: t('studio.measures.employment') },
                { label: t('studio.measures.lq') },
                { label: t('studio.strongColumn') },
                { label: t('studio.stars') },
              ]}
            >
              <tbody>
                {rows.map((row) => (
                  <tr key={row.region} className={row.strong ? 'strong' : undefined}>
                    <th scope="row">{row.region}</th>
                    <td className="num">{fmt(row.employment, 'employment')}</td>
                    <td className="num">{fmt(row.lq, 'lq')}</td>
                    <td>{row.strong ? t('studio.yes') : ''}</td>
                    <td aria-label={t('studio.starsCount', { count: row.stars })}>{'★'.repeat(row.stars)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <DownloadButtons
              name={`cluster-${query.year}`}
              label={t('studio.tableLabel')}
              csv={{
                columns: ['state', 'cluster', 'year', 'employment', 'lq', 'strong', 'stars'],
                rows: rows.map((r) => [
                  r.region,
                  query.cluster,
                  query.year,
                  r.employment,
                  r.lq,
                  r.strong ? 1 : 0,
                  r.stars,
                ]),
              }}
            />
            <p>{t('studio.allStrong', { count: allStrong.length, year: query.year })}</p>
            <DownloadButtons
              name={`strong-clusters-${query.year}`}
              label={t('studio.allStrongLabel')}
              csv={{ columns: ['state', 'cluster', 'type', 'employment', 'lq', 'stars'], rows: allStrong }}
            />
            <p className="muted">{t('studio.method')}</p>
          </section>
          <ClusterRelatedness data={data} cluster={query.cluster} />
        </>
      )}
    </>
  );
}
