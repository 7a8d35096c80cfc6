/**
 * The cluster list: text search (debounced), country, region (NUTS-2), sector-group and
 * degree-of-collective-efficiency filters,
 * pagination; filters live in the URL query string so a view can be shared.
 */
import { collectiveEfficiencyDegrees, sectorGroups } from '@polos/core/vocabulary-lists';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListStatus, type ListState } from '../components/list-status';
import { useDebouncedSearch } from '../use-url-filters';
import { TableHead } from '../components/data-table';
import { listClusters, type ClusterFilters, type Schemas } from '../api-client';
import { ListDownload, type ListColumn } from '../components/list-download';
import { getClusterCounts } from '../api/explore';
import { Choice } from '../components/choice';
import { NewClustersLink } from '../components/new-clusters-link';
import { onLinkClick, useQueryHistory, useScrollRestore } from '../navigation';
import { sectorText } from '../i18n/sector-text';

type Cluster = Schemas['Cluster'];
type KeyFigures = Schemas['KeyFigures'];
type SectorGroup = Schemas['SectorGroup'];

// The map loads d3-geo and the boundaries only when the list is shown.
const ExploreMap = lazy(() => import('../components/explore-map'));

const PAGE_SIZE = 25;

const DEGREES = collectiveEfficiencyDegrees;

interface Filters {
  q: string;
  country: string;
  region: string;
  group: string;
  degree: string;
  page: number;
}

function readUrl(): Filters {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get('q') ?? '',
    country: (p.get('country') ?? '').toUpperCase(),
    region: (p.get('region') ?? '').toUpperCase(),
    group: p.get('sector_group') ?? '',
    degree: DEGREES.find((d) => d === p.get('degree')) ?? '',
    page: Math.max(1, Number(p.get('page')) || 1),
  };
}

/** The address's query of `f` ('' when nothing is set). */
function queryOf(f: Filters): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.country) p.set('country', f.country);
  if (f.region) p.set('region', f.region);
  if (f.group) p.set('sector_group', f.group);
  if (f.degree) p.set('degree', f.degree);
  if (f.page > 1) p.set('page', String(f.page));
  const query = p.toString();
  return query ? `?${query}` : '';
}

/** The newest year with firms or jobs. */
function latestFigures(cluster: Cluster): KeyFigures | undefined {
  return [...cluster.keyFigures]
    .sort((a, b) => b.year - a.year)
    .find((f) => f.firms != null || f.directJobs != null);
}

/** The API query of the filters, without paging (the table's page and the CSV of all pages). */
function clusterQuery(filters: Filters): ClusterFilters {
  const request: ClusterFilters = {};
  if (filters.q) request.q = filters.q;
  if (filters.country) request.country = filters.country;
  if (filters.region) request.region = filters.region;
  if (filters.group) request.sector_group = filters.group as SectorGroup;
  if (filters.degree) request.degree = filters.degree as (typeof DEGREES)[number];
  return request;
}

/** The CSV of the list: raw values, the latest year with firms or jobs. */
const CSV_COLUMNS: ListColumn<Cluster>[] = [
  { name: 'id', value: (c) => c.id },
  { name: 'name', value: (c) => c.name },
  { name: 'sector', value: (c) => c.sector },
  { name: 'sector_group', value: (c) => c.sectorGroup },
  { name: 'country', value: (c) => c.country },
  { name: 'region', value: (c) => c.region },
  { name: 'location', value: (c) => c.location },
  { name: 'figures_year', value: (c) => latestFigures(c)?.year },
  { name: 'firms', value: (c) => latestFigures(c)?.firms },
  { name: 'direct_jobs', value: (c) => latestFigures(c)?.directJobs },
];

type State = ListState<Schemas['ClusterPage']>;

export function ClusterList() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>(readUrl);
  const [typed, setTyped] = useState(filters.q);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [countries, setCountries] = useState<string[]>([]);
  const [regionPlaces, setRegionPlaces] = useState<Record<string, { name: string }>>({});

  const numbers = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const regionNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );
  const countryName = (code: string) => regionNames.of(code) ?? code;

  useDebouncedSearch(typed, setFilters);

  // Filters and pages are history entries (Back returns to the previous ones).
  useQueryHistory(queryOf(filters), () => {
    const f = readUrl();
    setFilters(f);
    setTyped(f.q);
  });
  useScrollRestore(state.status === 'ready');

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    const request = { ...clusterQuery(filters), limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE };
    listClusters(request, controller.signal).then(
      (page) => setState({ status: 'ready', page }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [filters]);

  // The countries and NUTS-2 regions that have clusters, for their filters: one count
  // request instead of a page of every cluster.
  useEffect(() => {
    getClusterCounts({}).then(
      (counts) => {
        setCountries(Object.keys(counts.countries));
        setRegionPlaces(counts.regionPlaces);
      },
      () => undefined, // the filters then offer "All" only
    );
  }, []);
  const sortedCountries = useMemo(
    () => [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b), i18n.language)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [countries, regionNames],
  );

  const filtered = filters.q || filters.country || filters.region || filters.group || filters.degree;
  const clear = () => {
    setTyped('');
    setFilters({ q: '', country: '', region: '', group: '', degree: '', page: 1 });
  };
  const regionCodes = Object.keys(regionPlaces).sort();

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('clusters.title')}</h1>
      <p className="intro">{t('clusters.intro')}</p>
      <NewClustersLink />

      <Suspense fallback={<div className="explore-map" aria-busy="true" />}>
        <ExploreMap
          q={filters.q}
          group={filters.group}
          degree={filters.degree}
          country={filters.country}
          region={filters.region}
          onCountry={(country) => setFilters((f) => ({ ...f, country, region: '', page: 1 }))}
          onRegion={(region) => setFilters((f) => ({ ...f, region, country: '', page: 1 }))}
        />
      </Suspense>

      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('clusters.search')}</span>
          <input
            type="search"
            value={typed}
            placeholder={t('clusters.searchPlaceholder')}
            onChange={(e) => setTyped(e.target.value)}
          />
        </label>
        <label>
          <span>{t('clusters.country')}</span>
          <select
            value={filters.country}
            onChange={(e) => setFilters({ ...filters, country: e.target.value, page: 1 })}
          >
            <option value="">{t('clusters.all')}</option>
            {sortedCountries.map((c) => (
              <option key={c} value={c}>
                {countryName(c)}
              </option>
            ))}
          </select>
        </label>
        {regionCodes.length ? (
          <label>
            <span>{t('explore.region')}</span>
            <select
              value={filters.region}
              onChange={(e) => setFilters({ ...filters, region: e.target.value, page: 1 })}
            >
              <option value="">{t('clusters.all')}</option>
              {regionCodes.map((code) => (
                <option key={code} value={code}>
                  {`${code} ${regionPlaces[code]!.name}`}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <Choice
          label={t('clusters.sectorGroup')}
          value={filters.group}
          onChange={(group) => setFilters({ ...filters, group, page: 1 })}
          options={sectorGroups}
          prefix="sectorGroup."
          empty={t('clusters.all')}
        />
        <Choice
          label={t('explore.degree')}
          value={filters.degree}
          onChange={(degree) => setFilters({ ...filters, degree, page: 1 })}
          options={DEGREES}
          prefix="profile.degree."
          empty={t('clusters.all')}
        />
        {filtered ? (
          <button type="button" className="secondary" onClick={clear}>
            {t('clusters.clear')}
          </button>
        ) : null}
      </form>

      <ListStatus
        state={state}
        prefix="clusters"
        hint
        onRetry={() => setFilters({ ...filters })}
        onClear={clear}
        size={PAGE_SIZE}
        onPage={(page) => setFilters({ ...filters, page })}
      />

      {state.status === 'ready' && state.page.items.length > 0 && (
        <>
          <ListDownload
            name="clusters"
            columns={CSV_COLUMNS}
            fetchPage={(offset, limit) => listClusters({ ...clusterQuery(filters), offset, limit })}
          />
          <div className="table-wrap">
            <table className="clusters">
              <TableHead
                columns={[
                  { label: t('clusters.col.name') },
                  { label: t('clusters.col.sector') },
                  { label: t('clusters.col.group') },
                  { label: t('clusters.col.country') },
                  { label: t('clusters.col.firms'), className: 'num' },
                  { label: t('clusters.col.jobs'), className: 'num' },
                ]}
              />
              <tbody>
                {state.page.items.map((c) => {
                  const f = latestFigures(c);
                  return (
                    <tr key={c.id} data-cluster-id={c.id}>
                      <th scope="row">
                        <a
                          className="cluster-name"
                          href={`/clusters/${encodeURIComponent(c.id)}`}
                          onClick={onLinkClick}
                        >
                          {c.name}
                        </a>
                        {c.location ? <span className="cluster-location">{c.location}</span> : null}
                      </th>
                      <td data-label={t('clusters.col.sector')}>{sectorText(t, i18n.language, c.sector)}</td>
                      <td data-label={t('clusters.col.group')}>
                        <span className={`badge badge-${c.sectorGroup}`}>
                          {t(`sectorGroup.${c.sectorGroup}`)}
                        </span>
                      </td>
                      <td data-label={t('clusters.col.country')}>{countryName(c.country)}</td>
                      <td data-label={t('clusters.col.firms')} className="num">
                        {f?.firms != null ? (
                          <>
                            {numbers.format(f.firms)}
                            {f.directJobs == null ? (
                              <>
                                {' '}
                                <span className="year">{t('clusters.figureYear', { year: f.year })}</span>
                              </>
                            ) : null}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td data-label={t('clusters.col.jobs')} className="num">
                        {f?.directJobs != null ? (
                          <>
                            {numbers.format(f.directJobs)}{' '}
                            <span className="year">{t('clusters.figureYear', { year: f.year })}</span>
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label={t('clusters.pagination')}>
            <button
              type="button"
              disabled={filters.page <= 1}
              onClick={() => setFilters({ ...filters, page: filters.page - 1 })}
            >
              {t('clusters.previous')}
            </button>
            <button
              type="button"
              disabled={filters.page * PAGE_SIZE >= state.page.total}
              onClick={() => setFilters({ ...filters, page: filters.page + 1 })}
            >
              {t('clusters.next')}
            </button>
          </nav>
        </>
      )}
    </main>
  );
}
