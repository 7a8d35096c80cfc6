/**
 * A region's profile (`/map/regions/<dataset>/<code>?year=&from=`), as the U.S. Cluster
 * Mapping region dashboard and the Atlas country profile read: size and growth with its
 * shift-share, strong clusters and stars, specialisations, specialisation and diversity
 * indices, complexity and its rank, diversification opportunities, the most similar
 * regions; every table and chart downloadable. API: GET
 * /api/map/datasets/{id}/regions/{code}/profile. Loaded lazily.
 */
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api-client';
import { DataTable } from '../components/data-table';
import { DownloadButtons } from '../components/download-buttons';
import { PageStatus } from '../components/page-status';
import { useFormats } from '../management/formats';
import { navigate, onLinkClick, regionProfileHref } from '../navigation';
import { IndustryCellsTable } from '../region/industry-cells-table';
import { RegionGrowth } from '../region/region-growth';
import { useFetched } from '../use-fetched';

type Profile = Schemas['RegionProfile'];

const INDICES = ['krugman', 'hoover', 'herfindahl', 'gini', 'relatedVariety', 'unrelatedVariety'] as const;

function readYears(): { year: number | null; from: number | null } {
  const p = new URLSearchParams(location.search);
  const n = (k: string) => (/^\d{4}$/.test(p.get(k) ?? '') ? Number(p.get(k)) : null);
  return { year: n('year'), from: n('from') };
}

export default function RegionProfilePage({ dataset, code }: { dataset: string; code: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const [years, setYears] = useState(readYears);
  const q = new URLSearchParams({ lang: i18n.language.slice(0, 2), limit: '15' });
  if (years.year) q.set('year', String(years.year));
  if (years.from) q.set('from', String(years.from));
  const base = `/api/map/datasets/${encodeURIComponent(dataset)}/regions/${encodeURIComponent(code)}`;
  const profile = useFetched<Profile>(`${base}/profile?${q}`);
  const p = profile.data;

  const name = p?.name;
  useEffect(() => {
    document.title = `${name ?? code} · ${t('region.title')} · polos`;
  }, [name, code, t]);
  const choose = (next: { year: number | null; from: number | null }) => {
    const u = new URLSearchParams();
    if (next.year) u.set('year', String(next.year));
    if (next.from) u.set('from', String(next.from));
    history.pushState(null, '', `${location.pathname}${u.size ? `?${u}` : ''}`);
    setYears(next);
  };
  if (!p) return <PageStatus error={profile.error} onRetry={profile.retry} />;
  const file = (what: string) => `${what}-${dataset}-${code}-${p.year ?? ''}`;

  return (
    <main id="main" tabIndex={-1}>
      <p>
        <a
          href={`/map?dataset=${encodeURIComponent(dataset)}&region=${encodeURIComponent(code)}`}
          onClick={onLinkClick}
        >
          {t('region.backToStudio')}
        </a>
      </p>
      <h1>{t('region.heading', { name: p.name })}</h1>
      {
        <>
          <p className="intro">
            {t('region.intro', { dataset: p.dataset.label, code: p.code, year: p.year })}
            {p.note ? ` ${p.note}.` : ''}
          </p>
          {p.dataset.years.length > 1 ? (
            <form className="filters" onSubmit={(e) => e.preventDefault()}>
              <label>
                <span>{t('region.year')}</span>
                <select
                  value={p.year ?? ''}
                  onChange={(e) => choose({ year: Number(e.target.value), from: years.from })}
                >
                  {p.dataset.years.map((y) => (
                    <option key={y}>{y}</option>
                  ))}
                </select>
              </label>
              <label>
                <span>{t('region.from')}</span>
                <select
                  value={p.growth?.from ?? years.from ?? p.dataset.years[0]}
                  onChange={(e) => choose({ year: years.year, from: Number(e.target.value) })}
                >
                  {p.dataset.years
                    .filter((y) => p.year === null || y < p.year)
                    .map((y) => (
                      <option key={y}>{y}</option>
                    ))}
                </select>
              </label>
            </form>
          ) : null}
          <RegionGrowth profile={p} fileName={file('growth')} />
          {(
            [
              ['strong-clusters', p.strongClusters, 'strongTitle', 'noStrong', 'strongRule'],
              ['stars', p.stars, 'starsTitle', 'noStars', 'starsRule'],
              ['specialisations', p.specialisations, 'specialisationsTitle', 'noSpecialisations', null],
            ] as const
          ).map(([name, cells, title, empty, rule]) => (
            <Fragment key={name}>
              <IndustryCellsTable
                name={name}
                title={t(`region.${title}`)}
                cells={cells}
                unit={p.dataset.unit}
                empty={t(`region.${empty}`)}
                fileName={file(name)}
              />
              {rule ? <p className="muted">{t(`region.${rule}`)}</p> : null}
            </Fragment>
          ))}
          <section aria-labelledby="indices-title">
            <h2 id="indices-title">{t('region.indicesTitle')}</h2>
            <DataTable
              name="indices"
              columns={[{ label: t('region.index') }, { label: t('region.indexValue'), className: 'num' }]}
            >
              <tbody>
                {INDICES.map((k) => (
                  <tr key={k}>
                    <th scope="row">{t(`region.indices.${k}`)}</th>
                    <td className="num">{f.number(p.indices[k])}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <DownloadButtons
              name={file('indices')}
              label={t('region.indicesTitle')}
              csv={{ columns: ['region', ...INDICES], rows: [[p.code, ...INDICES.map((k) => p.indices[k])]] }}
            />
            <p className="muted">{t('region.indicesMethod')}</p>
            <p data-testid="region-complexity">
              {p.complexity.eci !== null && p.complexity.rank
                ? t('region.complexity', {
                    eci: f.number(p.complexity.eci),
                    rank: p.complexity.rank.rank,
                    of: p.complexity.rank.of,
                  })
                : t('region.noComplexity')}
            </p>
          </section>
          <IndustryCellsTable
            name="region-opportunities"
            title={t('region.opportunitiesTitle')}
            cells={p.opportunities}
            unit={p.dataset.unit}
            empty={t('region.noOpportunities')}
            fileName={file('opportunities')}
            opportunities
          />
          <p className="muted">{t('region.opportunitiesMethod')}</p>
          <section aria-labelledby="similar-title">
            <h2 id="similar-title">{t('region.similarTitle')}</h2>
            <ol data-testid="similar-regions">
              {p.similar.map((s) => (
                <li key={s.code}>
                  <a
                    href={regionProfileHref(dataset, s.code, p.year)}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(regionProfileHref(dataset, s.code, p.year));
                    }}
                  >
                    {s.name}
                  </a>{' '}
                  ({f.number(s.similarity)})
                </li>
              ))}
            </ol>
            <DownloadButtons
              name={file('similar-regions')}
              label={t('region.similarTitle')}
              csv={{
                columns: ['code', 'name', 'cosine_similarity'],
                rows: p.similar.map((s) => [s.code, s.name, s.similarity]),
              }}
            />
            <p className="muted">{t('region.similarMethod')}</p>
          </section>
          <section aria-labelledby="registry-title" data-testid="region-registry">
            <h2 id="registry-title">{t('region.registryTitle')}</h2>
            {p.registry.clusters.length + p.registry.organisations.length === 0 ? (
              <p className="muted">{t('region.registryNone')}</p>
            ) : (
              <ul>
                {p.registry.clusters.map((k) => (
                  <li key={k.id}>
                    <a href={`/clusters/${encodeURIComponent(k.id)}`} onClick={onLinkClick}>
                      {k.name}
                    </a>{' '}
                    <span className="muted">({t('region.registryCluster')})</span>
                  </li>
                ))}
                {p.registry.organisations.map((o) => (
                  <li key={o.id}>
                    <a href={`/organisations/${encodeURIComponent(o.id)}`} onClick={onLinkClick}>
                      {o.name}
                    </a>{' '}
                    <span className="muted">({t('region.registryOrganisation')})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {p.notes.length ? (
            <section aria-labelledby="notes-title">
              <h2 id="notes-title">{t('region.notesTitle')}</h2>
              <ul>
                {p.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <p className="muted">
            {t('region.source', { source: p.dataset.source })}{' '}
            <a href="/methods/mapping" onClick={onLinkClick}>
              {t('methods.link')}
            </a>
          </p>
        </>
      }
    </main>
  );
}
