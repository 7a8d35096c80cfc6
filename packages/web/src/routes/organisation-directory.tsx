/**
 * The organisation directory (`/organisations`; issue 12 point 1): full-text search (en,
 * es, pt), filters kept in the URL query, a map of where the selected organisations are,
 * and a paged table. API: GET /api/organisations (docs/api.md).
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clusterLabelLevels, collaborationOrganisationKinds } from '@polos/core/vocabulary-lists';
import { ListStatus, type ListState } from '../components/list-status';
import { listOrganisations, type OrganisationFilters, type OrganisationPage } from '../api/organisations';
import { Choice } from '../components/choice';
import { ListDownload, type ListColumn } from '../components/list-download';
import { TableHead } from '../components/data-table';
import { onLinkClick, useScrollRestore } from '../navigation';
import { clean, setFilters } from '../url-filters';
import { useUrlFilters } from '../use-url-filters';
import { Pager } from '../components/page-status';
import { useOrganisationOptions } from './organisation-options';
import { sectorText } from '../i18n/sector-text';

const OrganisationMap = lazy(() => import('../components/organisation-map'));

const PAGE_SIZE = 25;
export const KINDS = collaborationOrganisationKinds;
export const LABELS = clusterLabelLevels;

/** The directory's filters, as named in the URL and the API. */
export const directorySpec = {
  q: clean.text,
  country: clean.country,
  region: clean.text,
  sector: clean.nace,
  technology: clean.text,
  label: LABELS,
  language: clean.language,
  kind: KINDS,
  lookingForPartners: ['true'],
} as const;

type State = ListState<OrganisationPage>;

/** The CSV of the directory: raw values (ids, codes), lists joined by "; ". */
const ORGANISATION_CSV: ListColumn<OrganisationPage['items'][number]>[] = [
  { name: 'id', value: (o) => o.id },
  { name: 'name', value: (o) => o.name },
  { name: 'acronym', value: (o) => o.acronym },
  { name: 'country', value: (o) => o.country },
  { name: 'region', value: (o) => o.region },
  { name: 'kind', value: (o) => o.kind },
  { name: 'sector', value: (o) => o.sectorDescription },
  { name: 'nace_divisions', value: (o) => o.naceDivisions.join('; ') },
  { name: 'labels', value: (o) => o.labels.map((l) => l.level).join('; ') },
  { name: 'looking_for_partners', value: (o) => o.lookingForPartners },
  { name: 'website', value: (o) => o.website },
];

export default function OrganisationDirectory() {
  const { t, i18n } = useTranslation();
  const { filters, setFilters: setState, typed, setTyped, update, clear } = useUrlFilters(directorySpec);
  const [state, setList] = useState<State>({ status: 'loading' });
  useScrollRestore(state.status === 'ready');
  const options = useOrganisationOptions();
  const regionNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );
  const countryName = (code: string) => regionNames.of(code) ?? code;

  useEffect(() => {
    document.title = `${t('directory.title')} · polos`;
  }, [t]);

  const query = useMemo(() => setFilters(directorySpec, filters) as OrganisationFilters, [filters]);
  useEffect(() => {
    const controller = new AbortController();
    setList({ status: 'loading' });
    listOrganisations(
      { ...query, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE },
      controller.signal,
    ).then(
      (page) => setList({ status: 'ready', page }),
      (error: unknown) => {
        if (!controller.signal.aborted) setList({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [query, filters.page]);

  const { country: _country, ...mapQuery } = query;
  const filtered = Object.keys(query).length > 0;
  const countries = useMemo(
    () => [...options.countries].sort((a, b) => countryName(a).localeCompare(countryName(b), i18n.language)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [options.countries, regionNames],
  );

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('directory.title')}</h1>
      <p className="intro">{t('directory.intro')}</p>

      <Suspense fallback={<div className="explore-map" aria-busy="true" />}>
        <OrganisationMap
          query={mapQuery}
          country={filters.country}
          onCountry={(country) => update({ country })}
        />
      </Suspense>

      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('directory.search')}</span>
          <input
            type="search"
            value={typed}
            placeholder={t('directory.searchPlaceholder')}
            onChange={(e) => setTyped(e.target.value)}
          />
        </label>
        <label>
          <span>{t('directory.country')}</span>
          <select value={filters.country} onChange={(e) => update({ country: e.target.value })}>
            <option value="">{t('directory.all')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c)}
              </option>
            ))}
          </select>
        </label>
        <OptionSelect
          label={t('directory.region')}
          value={filters.region}
          values={options.regions}
          onChange={(region) => update({ region })}
        />
        <OptionSelect
          label={t('directory.sector')}
          value={filters.sector}
          values={options.sectors.map((s) => s.code)}
          text={(code) => `${code} · ${options.sectors.find((s) => s.code === code)?.example ?? ''}`}
          onChange={(sector) => update({ sector })}
        />
        <OptionSelect
          label={t('directory.technology')}
          value={filters.technology}
          values={options.technologies}
          onChange={(technology) => update({ technology })}
        />
        <Choice
          label={t('directory.label')}
          value={filters.label}
          onChange={(label) => update({ label })}
          options={LABELS}
          prefix="directory.labelLevel."
          empty={t('directory.all')}
        />
        <OptionSelect
          label={t('directory.language')}
          value={filters.language}
          values={options.languages}
          text={(code) => new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code}
          onChange={(language) => update({ language })}
        />
        <Choice
          label={t('directory.kind')}
          value={filters.kind}
          onChange={(kind) => update({ kind })}
          options={KINDS}
          prefix="directory.kindName."
          empty={t('directory.all')}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={filters.lookingForPartners === 'true'}
            onChange={(e) => update({ lookingForPartners: e.target.checked ? 'true' : '' })}
          />{' '}
          {t('directory.lookingForPartners')}
        </label>
        {filtered ? (
          <button type="button" className="secondary" onClick={clear}>
            {t('directory.clear')}
          </button>
        ) : null}
      </form>

      <ListStatus
        state={state}
        prefix="directory"
        onRetry={() => setState((f) => ({ ...f }))}
        onClear={clear}
        size={PAGE_SIZE}
        onPage={(page) => setState((f) => ({ ...f, page }))}
      />

      {state.status === 'ready' && state.page.items.length > 0 && (
        <>
          <ListDownload
            name="organisations"
            columns={ORGANISATION_CSV}
            fetchPage={(offset, limit) => listOrganisations({ ...query, offset, limit })}
          />
          <div className="table-wrap">
            <table className="clusters" data-testid="organisations">
              <TableHead
                columns={[
                  { label: t('directory.col.name') },
                  { label: t('directory.col.country') },
                  { label: t('directory.col.region') },
                  { label: t('directory.col.kind') },
                  { label: t('directory.col.sectors') },
                  { label: t('directory.col.label') },
                ]}
              />
              <tbody>
                {state.page.items.map((o) => (
                  <tr key={o.id} data-organisation-id={o.id}>
                    <th scope="row">
                      <a
                        className="cluster-name"
                        href={`/organisations/${encodeURIComponent(o.id)}`}
                        onClick={onLinkClick}
                      >
                        {o.name}
                      </a>
                      {o.lookingForPartners ? (
                        <span className="badge badge-partners">{t('directory.lookingBadge')}</span>
                      ) : null}
                    </th>
                    <td data-label={t('directory.col.country')}>{countryName(o.country)}</td>
                    <td data-label={t('directory.col.region')}>{o.region ?? '—'}</td>
                    <td data-label={t('directory.col.kind')}>
                      {o.kind ? t(`directory.kindName.${o.kind}`) : '—'}
                    </td>
                    <td data-label={t('directory.col.sectors')}>
                      {o.sectorDescription ? sectorText(t, i18n.language, o.sectorDescription) : ''}
                      {o.naceDivisions.length ? (
                        <span className="cluster-location">{o.naceDivisions.join(', ')}</span>
                      ) : null}
                    </td>
                    <td data-label={t('directory.col.label')}>
                      {o.labels.map((l) => t(`directory.labelLevel.${l.level}`)).join(', ') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={filters.page}
            size={PAGE_SIZE}
            total={state.page.total}
            onPage={(page) => setState({ ...filters, page })}
          />
        </>
      )}
    </main>
  );
}

/** A select over values read from the data ("All" first); `text` names an option. */
function OptionSelect(props: {
  label: string;
  value: string;
  values: readonly string[];
  text?: (value: string) => string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const values =
    props.value && !props.values.includes(props.value) ? [props.value, ...props.values] : props.values;
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('directory.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {props.text ? props.text(v) : v}
          </option>
        ))}
      </select>
    </label>
  );
}
