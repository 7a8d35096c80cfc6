/**
 * Cooperation programmes and funding instruments (`/programmes`, issue 12 point 6): the 67
 * programmes of the EU–LAC report with filters by level, target and words, and what each
 * funds; "Download CSV" gives every filtered programme. API: GET /api/programmes.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetAnswer } from '../api-client';
import { errorMessage } from '../api-errors';
import { programmeLevels, programmeTargets } from '@polos/core/vocabulary-lists';
import { listProgrammes, type Programme, type ProgrammeFilters } from '../api/collaboration-lists';
import { Choice } from '../components/choice';
import { ListDownload, type ListColumn } from '../components/list-download';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { onLinkClick } from '../navigation';
import { useFetched } from '../use-fetched';

/** The CSV of the programmes: codes as the API has them, targets joined by "; ". */
const PROGRAMME_CSV: ListColumn<Programme>[] = [
  { name: 'id', value: (p) => p.id },
  { name: 'name', value: (p) => p.name },
  { name: 'acronym', value: (p) => p.acronym },
  { name: 'funder', value: (p) => p.funder },
  { name: 'level', value: (p) => p.level },
  { name: 'targets', value: (p) => p.targets.join('; ') },
  { name: 'what', value: (p) => p.what },
  { name: 'countries_regions', value: (p) => p.countriesRegions },
  { name: 'period', value: (p) => p.period },
  { name: 'source', value: (p) => p.source },
];

export default function Programmes() {
  const { t } = useTranslation();
  const [level, setLevel] = useState('');
  const [target, setTarget] = useState('');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    document.title = `${t('programmes.title')} · polos`;
  }, [t]);
  const filters = { ...(level && { level }), ...(target && { target }), ...(q && { q }) } as ProgrammeFilters;
  const { data, error } = useFetched<GetAnswer<'/api/programmes'>>(
    `/api/programmes?${new URLSearchParams({ limit: '100', ...(filters as Record<string, string>) })}`,
  );
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('programmes.title')}</h1>
      <p className="intro">
        {t('programmes.intro')}{' '}
        <a href="/calls" onClick={onLinkClick}>
          {t('programmes.toCalls')}
        </a>
      </p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('programmes.search')} type="search" value={typed} onValue={setTyped} />
        {(
          [
            ['level', level, setLevel, programmeLevels, 'levels'],
            ['target', target, setTarget, programmeTargets, 'targets'],
          ] as const
        ).map(([name, value, onChange, options, texts]) => (
          <Choice
            key={name}
            label={t(`programmes.${name}`)}
            value={value}
            onChange={onChange}
            options={options}
            prefix={`programmes.${texts}.`}
            empty={t('agreements.all')}
          />
        ))}
      </form>
      <h2 id="programmes-title">{t('programmes.count', { count: data?.total ?? 0 })}</h2>
      {error ? (
        <p role="alert">{errorMessage(t, error)}</p>
      ) : !data ? (
        <p role="status">{t('programmes.loading')}</p>
      ) : (
        <>
          {data.items.length ? (
            <ListDownload
              name="programmes"
              columns={PROGRAMME_CSV}
              fetchPage={(offset, limit) => listProgrammes({ ...filters, offset, limit })}
            />
          ) : null}
          <DataTable
            name="programmes"
            columns={[
              { label: t('programmes.col.name') },
              { label: t('programmes.col.what') },
              { label: t('programmes.level') },
              { label: t('programmes.target') },
              { label: t('programmes.col.where') },
              { label: t('programmes.col.period') },
            ]}
          >
            <tbody>
              {data.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name}
                    {p.acronym && p.acronym !== p.name ? ` (${p.acronym})` : ''}
                    {p.funder ? <div className="muted">{p.funder}</div> : null}
                  </th>
                  <td>{p.what ?? '—'}</td>
                  <td>{t(`programmes.levels.${p.level}`)}</td>
                  <td>{p.targets.map((x) => t(`programmes.targets.${x}`)).join(', ')}</td>
                  <td>{p.countriesRegions ?? '—'}</td>
                  <td>{p.period ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </main>
  );
}
