/**
 * Comparing the funding mix of several cluster organisations (`/sustainability?ids=a,b`;
 * issue 13 point 8, the analyst's story): each organisation's latest year, public share and
 * its trend, the exit path's progress, and a chart of the public share by year with ESCA's
 * European reference (fact-050/051). Staff read every organisation; anyone else only those
 * that published their sustainability (the others are listed as not readable).
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getOrganisation, listOrganisations } from '../api/organisations';
import { getSustainability, type Sustainability } from '../api/management';
import { errorMessage } from '../api-errors';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { PlotFigure } from '../components/plot-figure';
import { useFormats } from '../management/formats';
import { useLoaded } from '../management/use-loaded';
import { numberTicks, yearLabel, yearTicks } from '../charts/ticks';

type Compared = { id: string; name: string; answer: Sustainability | null; error: unknown };

const idsOf = (search: string) =>
  (new URLSearchParams(search).get('ids') ?? '').split(',').filter((id) => id.trim() !== '');

export default function FundingComparison() {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const [ids, setIds] = useState<string[]>(() => idsOf(location.search));
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${ids.length ? `?ids=${ids.join(',')}` : ''}`);
    document.title = `${t('management.compare.title')} · polos`;
  }, [ids, t]);
  const candidates = useLoaded((signal) => listOrganisations({ limit: 20, ...(q && { q }) }, signal), [q]);
  const compared = useLoaded(
    (signal) =>
      Promise.all(
        ids.map(async (id): Promise<Compared> => {
          const name = await getOrganisation(id, signal).then(
            (o) => o.name,
            () => id,
          );
          try {
            return { id, name, answer: await getSustainability(id, signal), error: null };
          } catch (error) {
            return { id, name, answer: null, error };
          }
        }),
      ),
    [ids.join(',')],
  );
  const rows = compared.data ?? [];
  const points = rows.flatMap((r) =>
    (r.answer?.years ?? [])
      .filter((y) => y.publicShare !== null)
      .map((y) => ({ organisation: r.name, year: y.year, share: y.publicShare })),
  );
  const reference = rows.find((r) => r.answer)?.answer?.reference ?? [];

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('management.compare.title')}</h1>
      <p className="intro">{t('management.compare.intro')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('management.compare.search')} type="search" value={typed} onValue={setTyped} />
      </form>
      <ul className="candidates" data-testid="compare-candidates">
        {(candidates.data?.items ?? []).map((o) => (
          <li key={o.id}>
            <label>
              <input
                type="checkbox"
                checked={ids.includes(o.id)}
                onChange={(e) => {
                  const checked = e.target.checked;
                  setIds((all) => (checked ? [...all, o.id] : all.filter((x) => x !== o.id)));
                }}
              />{' '}
              {o.name}
            </label>
          </li>
        ))}
      </ul>
      <h2 id="compare-title">{t('management.compare.count', { count: ids.length })}</h2>
      {rows.length > 0 ? (
        <DataTable
          name="compare"
          columns={[
            { label: t('management.compare.organisation') },
            { label: t('management.funding.year') },
            { label: t('management.funding.total'), className: 'num' },
            { label: t('management.funding.publicShare'), className: 'num' },
            { label: t('management.compare.trend'), className: 'num' },
            { label: t('management.compare.exit') },
          ]}
        >
          <tbody>
            {rows.map((r) => {
              const latest = r.answer?.years.at(-1);
              const exit = r.answer?.exitPath.filter((p) => p.onTrack !== null).at(-1);
              return (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  {r.answer ? (
                    <>
                      <td>{latest?.year ?? '—'}</td>
                      <td className="num">{latest ? f.money(latest.total, latest.currency) : '—'}</td>
                      <td className="num">{f.share(latest?.publicShare)}</td>
                      <td className="num">
                        {r.answer.trend.publicSharePerYear === null
                          ? '—'
                          : t('management.compare.points', {
                              points: f.points(r.answer.trend.publicSharePerYear),
                            })}
                      </td>
                      <td>
                        {!exit
                          ? '—'
                          : exit.onTrack
                            ? t('management.exit.onTrack')
                            : t('management.exit.offTrack')}
                      </td>
                    </>
                  ) : (
                    <td colSpan={5} className="muted">
                      {errorMessage(t, r.error)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      ) : null}
      {points.length > 0 ? (
        <figure>
          <PlotFigure
            deps={[JSON.stringify(points), t]}
            make={() =>
              Plot.plot({
                ariaLabel: t('management.compare.chart'),
                y: {
                  label: t('management.funding.publicShare'),
                  percent: true,
                  domain: [0, 100],
                  tickFormat: numberTicks(i18n.language),
                },
                x: {
                  label: t('management.funding.year'),
                  ticks: yearTicks(points.map((p) => p.year)),
                  tickFormat: yearLabel,
                },
                color: { legend: true },
                marks: [
                  Plot.ruleY(reference, { y: 'publicShare', strokeDasharray: '4 3', stroke: '#888' }),
                  Plot.line(points, { x: 'year', y: 'share', stroke: 'organisation', marker: 'circle' }),
                ],
              })
            }
          />
          <figcaption>
            {t('management.compare.reference')}{' '}
            {reference
              .map((r) => `${r.period}: ${f.share(r.publicShare)} (${r.factId}, ${r.source})`)
              .join('; ')}
          </figcaption>
        </figure>
      ) : null}
    </main>
  );
}
