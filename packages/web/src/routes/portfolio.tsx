/**
 * Portfolio (`/portfolio?country=&sector_group=`): any filtered set of assessed clusters —
 * averages by sector group, ICE against each upgrading type with the correlation and n,
 * and the distribution of degrees of collective efficiency (docs/methods/diagnosis.md,
 * API GET /api/portfolio). Every table and chart downloads (CSV, SVG, PNG). Loaded lazily
 * (Observable Plot).
 */
import {
  assessmentKinds,
  collectiveEfficiencyDegrees,
  defaultAnalysisKinds,
  sectorGroups,
  type AssessmentKind,
} from '@polos/core/vocabulary-lists';
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPortfolio, type PortfolioFilters, type PortfolioView } from '../api-client';
import { errorMessage } from '../api-errors';
import { DownloadButtons } from '../components/download-buttons';
import { Choice } from '../components/choice';
import { PlotFigure } from '../components/plot-figure';
import { DataTable } from '../components/data-table';
import { navigate } from '../navigation';
import { assessmentDate, kindLabel } from '../components/assessment-kind';
import { kindsFromQuery, PortfolioKinds } from '../components/portfolio-kinds';
import { countTicks, numberTicks } from '../charts/ticks';

const UPGRADING = ['process', 'product', 'functional', 'intersectoral'] as const;
const INDICES = ['eei', 'jai', 'ice'] as const;

type State =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: PortfolioView; countries: string[] };

function readFilters(): { country: string; sectorGroup: string; degree: string; kinds: AssessmentKind[] } {
  const p = new URLSearchParams(location.search);
  return {
    country: p.get('country') ?? '',
    sectorGroup: p.get('sector_group') ?? '',
    degree: p.get('degree') ?? '',
    kinds: kindsFromQuery(p.get('kinds'), defaultAnalysisKinds),
  };
}
const isDefaultKinds = (kinds: readonly AssessmentKind[]) =>
  kinds.join(',') === defaultAnalysisKinds.join(',');

export default function Portfolio() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState(readFilters);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const lang = i18n.language;
  const number = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);
  const fmt = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '—' : number.format(v));
  const countryName = useMemo(() => {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    return (code: string) => names.of(code) ?? code;
  }, [lang]);

  useEffect(() => {
    document.title = `${t('portfolio.title')} · polos`;
  }, [t]);

  useEffect(() => {
    const params = new URLSearchParams();
    if (filters.country) params.set('country', filters.country);
    if (filters.sectorGroup) params.set('sector_group', filters.sectorGroup);
    if (filters.degree) params.set('degree', filters.degree);
    if (!isDefaultKinds(filters.kinds)) params.set('kinds', filters.kinds.join(','));
    const query = params.toString();
    history.replaceState(null, '', `/portfolio${query ? `?${query}` : ''}`);
    const controller = new AbortController();
    setState({ status: 'loading' });
    Promise.all([
      getPortfolio(
        {
          country: filters.country,
          sector_group: filters.sectorGroup as PortfolioFilters['sector_group'],
          degree: filters.degree as PortfolioFilters['degree'],
          kinds: filters.kinds.join(','),
        },
        controller.signal,
      ),
      // the countries to choose from: those of every assessed cluster
      getPortfolio({ kinds: assessmentKinds.join(',') }, controller.signal),
    ])
      .then(([data, everything]) => {
        const countries = [...new Set(everything.points.map((p) => p.country))];
        setState({ status: 'ready', data, countries });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      });
    return () => controller.abort();
  }, [filters, attempt]);

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('portfolio.title')}</h1>
      <p className="intro">{t('portfolio.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <Choice
          label={t('clusters.sectorGroup')}
          value={filters.sectorGroup}
          onChange={(sectorGroup) => setFilters((f) => ({ ...f, sectorGroup }))}
          options={sectorGroups}
          prefix="sectorGroup."
          empty={t('clusters.all')}
        />
        <label>
          <span>{t('clusters.country')}</span>
          <select
            value={filters.country}
            onChange={(e) => setFilters((f) => ({ ...f, country: e.target.value }))}
          >
            <option value="">{t('clusters.all')}</option>
            {(state.status === 'ready' ? state.countries : [])
              .map((c) => [c, countryName(c)] as const)
              .sort((a, b) => a[1].localeCompare(b[1], lang))
              .map(([c, name]) => (
                <option key={c} value={c}>
                  {name}
                </option>
              ))}
          </select>
        </label>
        <Choice
          label={t('portfolio.degreeFilter')}
          value={filters.degree}
          onChange={(degree) => setFilters((f) => ({ ...f, degree }))}
          options={collectiveEfficiencyDegrees}
          prefix="profile.degree."
          empty={t('clusters.all')}
        />
        <PortfolioKinds kinds={filters.kinds} onChange={(kinds) => setFilters((f) => ({ ...f, kinds }))} />
      </form>
      {state.status === 'loading' ? (
        <p role="status">{t('portfolio.loading')}</p>
      ) : state.status === 'error' ? (
        <div role="alert" className="error">
          <p>{errorMessage(t, state.error)}</p>
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('clusters.retry')}
          </button>
        </div>
      ) : state.data.all.n === 0 ? (
        <p role="status">{t('portfolio.empty')}</p>
      ) : (
        <PortfolioCharts data={state.data} fmt={fmt} />
      )}
    </main>
  );
}

function PortfolioCharts({
  data,
  fmt,
}: {
  data: PortfolioView;
  fmt: (v: number | null | undefined) => string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const groupsChart = useRef<HTMLDivElement | null>(null);
  const degreesChart = useRef<HTMLDivElement | null>(null);
  const groupLabel = (g: string) => (g === 'all' ? t('portfolio.allClusters') : t(`sectorGroup.${g}`));
  const rows = [...data.groups, data.all];
  const averagesCsv = {
    columns: ['sector_group', 'n', ...INDICES, ...UPGRADING.map((u) => `upgrading_${u}`)],
    rows: rows.map((g) => [
      g.sectorGroup,
      g.n,
      ...INDICES.map((i) => g.averages[i] ?? null),
      ...UPGRADING.map((u) => g.averages[`upgrading.${u}`] ?? null),
    ]),
  };
  const degreeRows = collectiveEfficiencyDegrees.map((d) => ({
    degree: t(`profile.degree.${d}`),
    key: d,
    n: data.all.degrees[d] ?? 0,
  }));

  return (
    <>
      <p data-testid="portfolio-n">{t('portfolio.n', { count: data.all.n })}</p>

      <section aria-labelledby="averages-title">
        <h2 id="averages-title">{t('portfolio.averages')}</h2>
        <DataTable name="averages" caption={t('portfolio.averagesCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('clusters.sectorGroup')}</th>
              <th scope="col">n</th>
              {INDICES.map((i) => (
                <th scope="col" key={i}>
                  {t(`portfolio.index.${i}`)}
                </th>
              ))}
              {UPGRADING.map((u) => (
                <th scope="col" key={u}>
                  {t(`upgrading.${u}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => (
              <tr key={g.sectorGroup}>
                <th scope="row">{groupLabel(g.sectorGroup)}</th>
                <td className="num">{g.n}</td>
                {INDICES.map((i) => (
                  <td className="num" key={i}>
                    {fmt(g.averages[i])}
                  </td>
                ))}
                {UPGRADING.map((u) => (
                  <td className="num" key={u}>
                    {fmt(g.averages[`upgrading.${u}`])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </DataTable>
        <PlotFigure
          containerRef={groupsChart}
          deps={[data, lang]}
          make={() =>
            Plot.plot({
              ariaLabel: t('portfolio.iceByGroup'),
              marginLeft: 200,
              height: 40 + data.groups.length * 40,
              x: {
                domain: [0, 12],
                label: t('portfolio.index.ice'),
                grid: true,
                tickFormat: numberTicks(lang),
              },
              y: { label: null },
              marks: [
                Plot.barX(data.groups, {
                  y: (g: PortfolioView['all']) => groupLabel(g.sectorGroup),
                  x: (g: PortfolioView['all']) => g.averages.ice ?? 0,
                  fill: '#155e75',
                  title: (g: PortfolioView['all']) => `${groupLabel(g.sectorGroup)}: ${fmt(g.averages.ice)}`,
                }),
                Plot.ruleX([0]),
              ],
            })
          }
        />
        <DownloadButtons
          name="portfolio-averages"
          label={t('portfolio.averages')}
          csv={averagesCsv}
          chart={groupsChart}
        />
      </section>

      <section aria-labelledby="scatter-title">
        <h2 id="scatter-title">{t('portfolio.scatters')}</h2>
        <p className="muted">{t('portfolio.scattersIntro')}</p>
        <div className="chart-grid">
          {UPGRADING.map((u) => (
            <Scatter key={u} type={u} data={data} />
          ))}
        </div>
        <DownloadButtons
          name="portfolio-points"
          label={t('portfolio.points')}
          csv={{
            columns: [
              'cluster_id',
              'name',
              'country',
              'sector_group',
              'eei',
              'jai',
              'ice',
              'degree',
              ...UPGRADING,
              'assessment_kind',
              'assessed_on',
              'date_precision',
            ],
            rows: data.points.map((p) => [
              p.clusterId,
              p.name,
              p.country,
              p.sectorGroup,
              p.eei,
              p.jai,
              p.ice,
              p.degree,
              ...UPGRADING.map((u) => p.upgrading[u] ?? null),
              p.kind,
              p.assessedOn,
              p.datePrecision,
            ]),
          }}
        />
      </section>

      <section aria-labelledby="degrees-title">
        <h2 id="degrees-title">{t('portfolio.degrees')}</h2>
        <PlotFigure
          containerRef={degreesChart}
          deps={[data, lang]}
          make={() =>
            Plot.plot({
              ariaLabel: t('portfolio.degrees'),
              height: 220,
              y: {
                label: t('portfolio.clusters'),
                grid: true,
                ticks: countTicks(Math.max(0, ...degreeRows.map((d) => d.n))),
                tickFormat: numberTicks(lang),
              },
              x: { label: t('profile.ice'), domain: degreeRows.map((d) => d.degree) },
              marks: [
                Plot.barY(degreeRows, {
                  x: 'degree',
                  y: 'n',
                  fill: '#155e75',
                  title: (d: { degree: string; n: number }) => `${d.degree}: ${d.n}`,
                }),
                Plot.text(degreeRows, {
                  x: 'degree',
                  y: 'n',
                  text: (d: { n: number }) => String(d.n),
                  dy: -8,
                }),
                Plot.ruleY([0]),
              ],
            })
          }
        />
        <p className="muted" data-testid="degree-counts">
          {degreeRows.map((d) => `${d.degree}: ${d.n}`).join(' · ')}
        </p>
        <DownloadButtons
          name="portfolio-degrees"
          label={t('portfolio.degrees')}
          csv={{ columns: ['degree', 'clusters'], rows: degreeRows.map((d) => [d.key, d.n]) }}
          chart={degreesChart}
        />
      </section>
    </>
  );
}

function Scatter({ type, data }: { type: (typeof UPGRADING)[number]; data: PortfolioView }) {
  const { t, i18n } = useTranslation();
  const chart = useRef<HTMLDivElement | null>(null);
  const lang = i18n.language;
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const c = data.all.correlations[`ice~${type}`];
  const points = data.points.filter((p) => p.ice != null && p.upgrading[type] != null);
  const caption =
    c && c.pearson != null
      ? t('portfolio.correlation', {
          r: number.format(c.pearson),
          rho: c.spearman == null ? '—' : number.format(c.spearman),
          n: c.n,
        })
      : t('portfolio.noCorrelation', { n: c?.n ?? 0 });
  const title = t(`upgrading.${type}`);
  // Each dot is a link to its cluster (Plot's `href`): Tab reaches it, Enter or a click opens
  // the profile in the app; modified clicks (new tab…) are left to the browser.
  useEffect(() => {
    const node = chart.current;
    if (!node) return;
    const open = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest('a');
      const href = link?.getAttribute('href');
      if (!href?.startsWith('/clusters/')) return;
      event.preventDefault();
      navigate(href);
    };
    // The chart holds links, so it is a labelled group rather than one image (an image's
    // children are presentational: axe's nested-interactive). Runs after PlotFigure's effect.
    node.querySelector('svg[role="img"]')?.setAttribute('role', 'group');
    node.addEventListener('click', open);
    return () => node.removeEventListener('click', open);
  }, [data, lang, type]);
  return (
    <figure className="scatter" data-testid={`scatter-${type}`}>
      <figcaption>
        <strong>{title}</strong>
        <br />
        <span data-testid={`correlation-${type}`}>{caption}</span>
      </figcaption>
      <PlotFigure
        containerRef={chart}
        deps={[data, lang, type]}
        make={() =>
          Plot.plot({
            ariaLabel: `${t('portfolio.index.ice')} × ${title}: ${caption}`,
            width: 320,
            height: 240,
            x: {
              domain: [0, 12],
              label: t('portfolio.index.ice'),
              grid: true,
              tickFormat: numberTicks(lang),
            },
            y: { domain: [0, 3], label: title, grid: true, tickFormat: numberTicks(lang) },
            marks: [
              Plot.dot(points, {
                x: 'ice',
                y: (p: PortfolioView['points'][number]) => p.upgrading[type],
                fill: '#155e75',
                fillOpacity: 0.7,
                r: 4,
                title: (p: PortfolioView['points'][number]) =>
                  p.kind
                    ? t('assessmentKind.point', {
                        name: p.name,
                        kind: kindLabel(t, p.kind),
                        date: assessmentDate(p, lang, 'medium'),
                      })
                    : p.name,
                href: (p: PortfolioView['points'][number]) => `/clusters/${encodeURIComponent(p.clusterId)}`,
              }),
              ...(points.length >= 3
                ? [
                    Plot.linearRegressionY(points, {
                      x: 'ice',
                      y: (p: PortfolioView['points'][number]) => p.upgrading[type],
                      stroke: '#b45309',
                    }),
                  ]
                : []),
            ],
          })
        }
      />
      <DownloadButtons name={`portfolio-ice-${type}`} label={title} chart={chart} />
    </figure>
  );
}
