/**
 * Map studio (`/map?year=&cluster=&measure=`): the U.S. benchmark clusters of the bundled
 * County Business Patterns by state — a choropleth of a cluster's location quotient or
 * employment (boundaries shipped with polos, no tile server), the states where the cluster
 * is strong (U.S. Cluster Mapping Project) with their European Cluster Observatory stars,
 * and downloads of the table (CSV), of every strong cluster (CSV) and of the map (SVG/PNG).
 * API: GET /api/map/us-states/clusters, GET /api/boundaries/us-states. Loaded lazily.
 */
import { geoAlbersUsa, geoPath } from 'd3-geo';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { permissions } from '@polos/core/permissions';
import { sendJson, type MapDatasetView, type StateClustersView } from '../api-client';
import { errorMessage } from '../api-errors';
import { DatasetUpload } from '../components/dataset-upload';
import { useFetched } from '../use-fetched';
import { IndustryStudio, type SpaceQuery } from '../components/industry-studio';
import { useSession } from '../session';
import { ChoroplethLegend, classOf, NO_DATA, quantileBreaks } from '../components/choropleth';
import { ClusterRelatedness } from '../components/cluster-relatedness';
import { DownloadButtons } from '../components/download-buttons';

const YEARS = [2021, 2020, 2019, 2018, 2017];
/** LQ classes: below 0.8 under-represented, 0.8–1.25 about average, above: specialised. */
const LQ_BREAKS = [0.5, 0.8, 1.25, 2, 4];
const COLORS = ['#f1eef6', '#d0d1e6', '#a6bddb', '#74a9cf', '#2b8cbe', '#045a8d'];
const WIDTH = 975;
const HEIGHT = 610;

type Measure = 'lq' | 'employment' | 'strength';
/** Cluster strength (share of traded employment in strong clusters): classes of 10 points. */
const STRENGTH_BREAKS = [0.1, 0.2, 0.3, 0.4, 0.5];
type StateFeature = Feature<Geometry, { name: string }>;

function readQuery() {
  const p = new URLSearchParams(location.search);
  const year = Number(p.get('year'));
  return {
    year: YEARS.includes(year) ? year : 2021,
    cluster: p.get('cluster') ?? 'Aerospace Vehicles and Defense',
    measure: (['employment', 'strength'].includes(p.get('measure') ?? '')
      ? p.get('measure')
      : 'lq') as Measure,
  };
}

function readSpaceQuery(): SpaceQuery {
  const p = new URLSearchParams(location.search);
  const year = Number(p.get('year'));
  const measure = p.get('measure');
  return {
    year: Number.isInteger(year) && year > 0 ? year : null,
    industry: p.get('industry'),
    region: p.get('region'),
    measure: measure === 'value' || measure === 'density' ? measure : 'lq',
  };
}

/**
 * The page: the dataset chooser (bundled datasets, and uploads for signed-in users), the
 * upload form for analysts and admins, and the view of the chosen dataset — benchmark
 * clusters (ClusterStudio) or industries (IndustryStudio).
 */
export default function MapStudio() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [dataset, setDataset] = useState(
    () => new URLSearchParams(location.search).get('dataset') ?? 'us-states',
  );
  const [spaceQuery, setSpaceQuery] = useState<SpaceQuery>(readSpaceQuery);
  const [deleteError, setDeleteError] = useState<unknown>(null);

  useEffect(() => {
    document.title = `${t('studio.title')} · polos`;
  }, [t]);
  // Uploads are listed for signed-in users: ask again when the user changes.
  const list = useFetched<MapDatasetView[]>('/api/map/datasets', user?.id);
  const datasets = list.data;
  const entry = datasets?.find((d) => d.id === dataset);
  useEffect(() => {
    if (!entry || entry.kind !== 'industries') return;
    const p = new URLSearchParams({ dataset: entry.id, measure: spaceQuery.measure });
    if (spaceQuery.year) p.set('year', String(spaceQuery.year));
    if (spaceQuery.industry) p.set('industry', spaceQuery.industry);
    if (spaceQuery.region) p.set('region', spaceQuery.region);
    history.replaceState(null, '', `/map?${p}`);
  }, [entry, spaceQuery]);

  const choose = (id: string) => {
    setDataset(id);
    setSpaceQuery({ year: null, industry: null, region: null, measure: 'lq' });
    setDeleteError(null);
  };
  const bundled = datasets?.filter((d) => !d.uploaded) ?? [];
  const uploads = datasets?.filter((d) => d.uploaded) ?? [];

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('studio.title')}</h1>
      <p className="intro">{entry?.kind === 'industries' ? t('space.intro') : t('studio.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('studio.dataset')}</span>
          <select value={dataset} onChange={(e) => choose(e.target.value)}>
            {!datasets ? <option value={dataset}>{t('studio.datasetUsStates')}</option> : null}
            <optgroup label={t('space.bundled')}>
              {bundled.map((d) => (
                <option key={d.id} value={d.id}>
                  {t(`space.datasets.${d.id}`, { defaultValue: d.label })}
                </option>
              ))}
            </optgroup>
            {uploads.length ? (
              <optgroup label={t('space.uploaded')}>
                {uploads.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </label>
      </form>
      {entry ? (
        <p className="muted">
          {t('space.source', { source: t(`space.sources.${entry.id}`, { defaultValue: entry.source }) })}
        </p>
      ) : null}
      {permissions.importStatistics(user ?? null) ? (
        <DatasetUpload
          onUploaded={(result) => {
            list.retry();
            choose(result.dataset.id);
          }}
        />
      ) : null}
      {entry?.uploaded && permissions.deleteStatistics(user ?? null, entry.uploaded.by) ? (
        <p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (!confirm(t('space.deleteConfirm', { name: entry.label }))) return;
              sendJson('DELETE', `/api/map/datasets/${entry.id}`).then(() => {
                list.retry();
                choose('us-states');
              }, setDeleteError);
            }}
          >
            {t('space.delete', { name: entry.label })}
          </button>
        </p>
      ) : null}
      {deleteError ? (
        <p role="alert" className="error">
          {errorMessage(t, deleteError)}
        </p>
      ) : null}
      {list.error ? (
        <div role="alert" className="error">
          <p>{errorMessage(t, list.error)}</p>
          <button type="button" onClick={() => list.retry()}>
            {t('clusters.retry')}
          </button>
        </div>
      ) : !datasets && dataset !== 'us-states' ? (
        <p role="status">{t('space.loading')}</p>
      ) : datasets && !entry ? (
        <p role="alert" className="error">
          {t('space.noDataset', { id: dataset })}
        </p>
      ) : !entry || entry.kind === 'clusters' ? (
        <ClusterStudio />
      ) : (
        <IndustryStudio
          key={entry.id}
          dataset={entry}
          query={spaceQuery}
          onQuery={(patch) => setSpaceQuery((q) => ({ ...q, ...patch }))}
        />
      )}
    </main>
  );
}

/** The U.S. benchmark clusters by state (`/map?year=&cluster=&measure=`). */
function ClusterStudio() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [query, setQuery] = useState(readQuery);
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

  useEffect(() => {
    const p = new URLSearchParams({
      year: String(query.year),
      cluster: query.cluster,
      measure: query.measure,
    });
    history.replaceState(null, '', `/map?${p}`);
  }, [query]);
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
  const path = useMemo(
    () =>
      geoPath(
        geoAlbersUsa()
          .scale(1300)
          .translate([WIDTH / 2, HEIGHT / 2]),
      ),
    [],
  );
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
          <select
            value={query.year}
            onChange={(e) => setQuery((q) => ({ ...q, year: Number(e.target.value) }))}
          >
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('studio.cluster')}</span>
          <select
            value={query.cluster}
            onChange={(e) => setQuery((q) => ({ ...q, cluster: e.target.value }))}
          >
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
          <select
            value={query.measure}
            onChange={(e) => setQuery((q) => ({ ...q, measure: e.target.value as Measure }))}
          >
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
              <svg
                viewBox={`0 0 ${WIDTH} ${HEIGHT + 70}`}
                role="img"
                aria-label={t(`studio.mapTitle.${query.measure}`, {
                  cluster: query.cluster,
                  year: query.year,
                })}
                style={{ fontFamily: 'system-ui, sans-serif' }}
              >
                <rect width={WIDTH} height={HEIGHT + 70} fill="#fff" />
                {states.map((f) => {
                  const row = byRegion.get(f.properties.name);
                  const v = valueOf(row);
                  const d = path(f);
                  if (!d) return null;
                  return (
                    <path
                      key={f.properties.name}
                      d={d}
                      fill={v == null ? NO_DATA : COLORS[classOf(v, breaks)]}
                      stroke={row?.strong ? '#111' : '#fff'}
                      strokeWidth={row?.strong ? 2.5 : 0.75}
                      data-state={f.properties.name}
                    >
                      <title>
                        {`${f.properties.name}: ${fmt(v, query.measure)}${row?.strong ? ` — ${t('studio.strong')}` : ''}`}
                      </title>
                    </path>
                  );
                })}
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
              </svg>
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
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="strong-title">
              <table className="data">
                <caption>{t('studio.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('studio.state')}</th>
                    <th scope="col">{t('studio.measures.employment')}</th>
                    <th scope="col">{t('studio.measures.lq')}</th>
                    <th scope="col">{t('studio.strongColumn')}</th>
                    <th scope="col">{t('studio.stars')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.region} className={row.strong ? 'strong' : undefined}>
                      <th scope="row">{row.region}</th>
                      <td className="num">{fmt(row.employment, 'employment')}</td>
                      <td className="num">{fmt(row.lq, 'lq')}</td>
                      <td>{row.strong ? t('studio.yes') : ''}</td>
                      <td aria-label={t('studio.starsCount', { count: row.stars })}>
                        {'★'.repeat(row.stars)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
