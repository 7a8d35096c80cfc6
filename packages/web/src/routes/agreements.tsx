/**
 * The register of cooperation agreements (`/agreements`, issue 12 point 5): filters
 * (country, sector relation, instrument, scope, year, status) kept in the URL, the table
 * of agreements with their parties, the summary by country pair, relation, instrument and
 * year, and the map of links between the parties; "Download CSV" gives every filtered agreement.
 * API: GET /api/agreements, /api/agreements/summary, /api/agreements/links.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetAnswer } from '../api-client';
import { errorMessage } from '../api-errors';
import {
  agreementInstruments,
  agreementScopes,
  agreementStatuses,
  sectorRelations,
} from '@polos/core/vocabulary-lists';
import { type Agreement, type AgreementFilters, listAgreements } from '../api/collaboration-lists';
import { Choice } from '../components/choice';
import { ListDownload, type ListColumn } from '../components/list-download';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { PartyLinks } from '../components/party-links';
import { onLinkClick } from '../navigation';
import { useFetched } from '../use-fetched';

const AgreementSummary = lazy(() => import('../components/agreement-summary'));
const AgreementLinksMap = lazy(() => import('../components/agreement-links-map'));

const filterKeys = ['country', 'sectorRelation', 'instrument', 'scope', 'year', 'status'] as const;
type Filters = Record<(typeof filterKeys)[number], string>;
/** The filters over a closed vocabulary: the query key, its values, the texts' prefix. */
const vocabularyFilters: Array<[keyof Filters, readonly string[], string]> = [
  ['sectorRelation', sectorRelations, 'relation'],
  ['instrument', agreementInstruments, 'instrument'],
  ['scope', agreementScopes, 'scope'],
  ['status', agreementStatuses, 'status'],
];

function readUrl(): Filters {
  const p = new URLSearchParams(location.search);
  return Object.fromEntries(filterKeys.map((k) => [k, p.get(k) ?? ''])) as Filters;
}

/** The API's query for the filters: a year means agreements running in that year. */
function queryOf(f: Filters): AgreementFilters {
  const query: Record<string, string> = {};
  for (const k of filterKeys) if (f[k] && k !== 'year') query[k] = f[k];
  if (/^\d{4}$/.test(f.year)) {
    query.yearFrom = f.year;
    query.yearTo = f.year;
  }
  return query as AgreementFilters;
}

/** The CSV of the register: one row per agreement, parties and lists joined by "; ". */
const AGREEMENT_CSV: ListColumn<Agreement>[] = [
  { name: 'id', value: (a) => a.id },
  { name: 'party_organisation_ids', value: (a) => a.parties.map((p) => p.organisationId ?? '').join('; ') },
  { name: 'party_descriptions', value: (a) => a.parties.map((p) => p.description ?? '').join('; ') },
  { name: 'scope', value: (a) => a.scope },
  { name: 'sector_relation', value: (a) => a.sectorRelation },
  { name: 'instrument', value: (a) => a.instrument },
  { name: 'areas', value: (a) => a.areas.join('; ') },
  { name: 'objectives', value: (a) => a.objectives },
  { name: 'start_year', value: (a) => a.startYear },
  { name: 'end_year', value: (a) => a.endYear },
  { name: 'year_as_printed', value: (a) => a.yearAsPrinted },
  { name: 'signed_on', value: (a) => a.signedOn },
  { name: 'ends_on', value: (a) => a.endsOn },
  { name: 'status', value: (a) => a.status },
  { name: 'status_as_reported', value: (a) => a.statusAsReported },
  { name: 'outcomes', value: (a) => a.outcomes.length },
  { name: 'source', value: (a) => a.source },
];

export default function Agreements() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>(readUrl);
  const query = queryOf(filters);
  const list = useFetched<GetAnswer<'/api/agreements'>>(
    `/api/agreements?${new URLSearchParams({ limit: '200', ...(query as Record<string, string>) })}`,
  );
  const summary = useFetched<GetAnswer<'/api/agreements/summary'>>('/api/agreements/summary');
  const links = useFetched<GetAnswer<'/api/agreements/links'>>('/api/agreements/links');
  const countryNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );
  const countries = [...new Set((links.data?.nodes ?? []).map((n) => n.country))].sort();
  useEffect(() => {
    document.title = `${t('agreements.title')} · polos`;
  }, [t]);
  const set = (key: keyof Filters) => (value: string) => {
    const next = { ...filters, [key]: value };
    setFilters(next);
    const p = new URLSearchParams(Object.entries(next).filter(([, v]) => v));
    history.replaceState(null, '', p.size ? `?${p}` : location.pathname);
  };

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('agreements.title')}</h1>
      <p className="intro">{t('agreements.intro')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('agreements.filter.country')}</span>
          <select value={filters.country} onChange={(e) => set('country')(e.target.value)}>
            <option value="">{t('agreements.all')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {c === 'EU' ? t('agreements.eu') : (countryNames.of(c) ?? c)}
              </option>
            ))}
          </select>
        </label>
        {vocabularyFilters.map(([key, options, prefix]) => (
          <Choice
            key={key}
            label={t(`agreements.filter.${prefix}`)}
            value={filters[key]}
            onChange={set(key)}
            options={options}
            prefix={`agreements.${prefix}.`}
            empty={t('agreements.all')}
          />
        ))}
        <Field
          label={t('agreements.filter.year')}
          inputMode="numeric"
          pattern="\d{4}"
          placeholder="2014"
          value={filters.year}
          onChange={(e) => set('year')(e.target.value.trim())}
        />
      </form>
      <h2 id="agreements-title">{t('agreements.register', { count: list.data?.total ?? 0 })}</h2>
      {list.error ? (
        <p role="alert">{errorMessage(t, list.error)}</p>
      ) : !list.data ? (
        <p role="status">{t('agreements.loading')}</p>
      ) : !list.data.items.length ? (
        <p className="muted">{t('agreements.empty')}</p>
      ) : (
        <>
          <ListDownload
            name="agreements"
            columns={AGREEMENT_CSV}
            fetchPage={(offset, limit) => listAgreements({ ...query, offset, limit })}
          />
          <DataTable
            name="agreements"
            columns={[
              { label: t('agreements.col.parties') },
              { label: t('agreements.col.instrument') },
              { label: t('agreements.col.relation') },
              { label: t('agreements.col.year'), className: 'num' },
              { label: t('agreements.col.status') },
              { label: t('agreements.col.details') },
            ]}
          >
            <tbody>
              {list.data.items.map((a) => (
                <tr key={a.id} data-agreement={a.id}>
                  <td>
                    <PartyLinks parties={a.parties} nodes={links.data?.nodes ?? []} />
                  </td>
                  <td>{t(`agreements.instrument.${a.instrument}`)}</td>
                  <td>{a.sectorRelation ? t(`agreements.relation.${a.sectorRelation}`) : '—'}</td>
                  <td className="num">{a.yearAsPrinted ?? a.startYear ?? '—'}</td>
                  <td>{a.status ? t(`agreements.status.${a.status}`) : (a.statusAsReported ?? '—')}</td>
                  <td>
                    <a href={`/agreements/${encodeURIComponent(a.id)}`} onClick={onLinkClick}>
                      {t('agreements.open')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
      <Suspense fallback={<p role="status">{t('agreements.loading')}</p>}>
        {summary.data ? <AgreementSummary summary={summary.data} /> : null}
        <section aria-labelledby="map-title">
          <h2 id="map-title">{t('agreements.mapTitle')}</h2>
          {links.data ? <AgreementLinksMap links={links.data} /> : null}
        </section>
      </Suspense>
    </main>
  );
}
