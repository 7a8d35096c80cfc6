/**
 * Partner search (`/partner-searches`; issue 12 point 2): the open posts, newest first,
 * with filters in the URL (offer/request, kind, sector, country, text), and a form to post
 * one for an organisation the user acts for; "Download CSV" gives every filtered post.
 * API: GET/POST /api/partner-searches.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api-errors';
import {
  listPartnerSearches,
  type PartnerSearch,
  type PartnerSearchFilters,
  type PartnerSearchPage,
} from '../api/organisations';
import { Choice } from '../components/choice';
import { ListDownload, type ListColumn } from '../components/list-download';
import { DIRECTIONS, PartnerSearchForm, SEARCH_KINDS } from '../components/partner-search-form';
import { navigate, onLinkClick } from '../navigation';
import { clean, setFilters } from '../url-filters';
import { useUrlFilters } from '../use-url-filters';
import { Pager } from '../components/page-status';
import { useMyOrganisations } from './acts-for';

const PAGE_SIZE = 20;
export const partnerSearchSpec = {
  q: clean.text,
  direction: DIRECTIONS,
  kind: SEARCH_KINDS,
  sector: clean.nace,
  country: clean.country,
} as const;

/** The CSV of the posts: codes (NACE divisions, ISO countries) joined by "; ", dates ISO. */
const PARTNER_SEARCH_CSV: ListColumn<PartnerSearch>[] = [
  { name: 'id', value: (p) => p.id },
  { name: 'organisation_id', value: (p) => p.organisationId },
  { name: 'direction', value: (p) => p.direction },
  { name: 'kind', value: (p) => p.kind },
  { name: 'title', value: (p) => p.title },
  { name: 'sectors', value: (p) => p.sectors.join('; ') },
  { name: 'countries_sought', value: (p) => p.countriesSought.join('; ') },
  { name: 'language', value: (p) => p.language },
  { name: 'published_on', value: (p) => p.publishedOn },
  { name: 'expires_on', value: (p) => p.expiresOn },
  { name: 'status', value: (p) => p.status },
];

export default function PartnerSearchList() {
  const { t, i18n } = useTranslation();
  const { filters, setFilters: setState, typed, setTyped, update } = useUrlFilters(partnerSearchSpec);
  const [page, setPage] = useState<PartnerSearchPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mine = useMyOrganisations();
  const regionNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );

  useEffect(() => {
    document.title = `${t('partners.title')} · polos`;
  }, [t]);
  const query = useMemo(() => setFilters(partnerSearchSpec, filters) as PartnerSearchFilters, [filters]);
  useEffect(() => {
    const controller = new AbortController();
    setPage(null);
    setError(null);
    listPartnerSearches(
      { ...query, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE },
      controller.signal,
    ).then(setPage, (e: unknown) => !controller.signal.aborted && setError(e));
    return () => controller.abort();
  }, [query, filters.page]);

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('partners.title')}</h1>
      <p className="intro">{t('partners.intro')}</p>
      {mine?.items.length ? (
        <PartnerSearchForm
          organisations={mine.items}
          onPosted={(post) => navigate(`/partner-searches/${encodeURIComponent(post.id)}`)}
        />
      ) : null}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('partners.search')}</span>
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <Choice
          label={t('partners.direction')}
          value={filters.direction}
          onChange={(direction) => update({ direction })}
          options={DIRECTIONS}
          prefix="partners.directionName."
          empty={t('directory.all')}
        />
        <Choice
          label={t('partners.kind')}
          value={filters.kind}
          onChange={(kind) => update({ kind })}
          options={SEARCH_KINDS}
          prefix="partners.kindName."
          empty={t('directory.all')}
        />
        <label>
          <span>{t('partners.sector')}</span>
          <input
            value={filters.sector}
            placeholder="C30"
            size={6}
            onChange={(e) => update({ sector: clean.nace(e.target.value) })}
          />
        </label>
        <label>
          <span>{t('partners.country')}</span>
          <input
            value={filters.country}
            placeholder="MX"
            size={4}
            onChange={(e) => update({ country: clean.country(e.target.value) })}
          />
        </label>
      </form>
      <div aria-live="polite" className="status">
        {!page && !error ? <p>{t('directory.loading')}</p> : null}
        {error ? (
          <p role="alert" className="error">
            {t('directory.error', { message: errorMessage(t, error) })}
          </p>
        ) : null}
        {page ? <p data-testid="showing">{t('partners.total', { count: page.total })}</p> : null}
      </div>
      {page?.items.length ? (
        <ListDownload
          name="partner-searches"
          columns={PARTNER_SEARCH_CSV}
          fetchPage={(offset, limit) => listPartnerSearches({ ...query, offset, limit })}
        />
      ) : null}
      {page?.items.length ? (
        <ul className="posts" data-testid="posts">
          {page.items.map((p) => (
            <li key={p.id} className="post-card">
              <p className="post-tags">
                <span className={`badge badge-${p.direction}`}>
                  {t(`partners.directionName.${p.direction}`)}
                </span>{' '}
                <span className="badge badge-neutral">{t(`partners.kindName.${p.kind}`)}</span>{' '}
                {p.status !== 'open' ? (
                  <span className="badge badge-neutral">{t(`partners.status.${p.status}`)}</span>
                ) : null}
              </p>
              <h2>
                <a href={`/partner-searches/${encodeURIComponent(p.id)}`} onClick={onLinkClick}>
                  {p.title}
                </a>
              </h2>
              <p className="muted">
                {[
                  p.sectors.join(', '),
                  p.countriesSought.map((c) => regionNames.of(c) ?? c).join(', '),
                  t('partners.expires', { date: p.expiresOn }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {page ? (
        <Pager
          page={filters.page}
          size={PAGE_SIZE}
          total={page.total}
          onPage={(n) => setState({ ...filters, page: n })}
        />
      ) : null}
    </main>
  );
}
