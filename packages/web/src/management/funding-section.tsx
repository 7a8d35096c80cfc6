/**
 * The funding mix and its sustainability on an organisation's management page (issue 13
 * point 1): the years entered with their public share, the trend, the exit path and the
 * alerts, ESCA's reference figures with their source; whoever acts for the organisation
 * enters a year and publishes or withdraws. Formulas: docs/methods/sustainability.md.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getSustainability,
  putFunding,
  putSustainabilityPublication,
  type FundingSource,
} from '../api/management';
import { fundingSources } from '@polos/core/funding';
import { ApiForm } from '../components/api-form';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { readNumbers } from '../components/form-input-error';
import { SectionStatus } from './section-status';
import { useLoaded } from './use-loaded';
import { ExitPathForm } from './exit-path-form';
import { useFormats } from './formats';

const emptySources = () =>
  Object.fromEntries(fundingSources.map((s) => [s, ''])) as Record<FundingSource, string>;

export function FundingSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const {
    data,
    error,
    loading,
    reload: refresh,
  } = useLoaded((signal) => getSustainability(orgId, signal), [orgId]);
  const latest = data?.years.at(-1);
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [currency, setCurrency] = useState('');
  const [amounts, setAmounts] = useState(emptySources);

  return (
    <section aria-labelledby="funding-title" className="management-section">
      <h2 id="funding-title">{t('management.funding.title')}</h2>
      <p className="intro">{t('management.funding.intro')}</p>
      <SectionStatus loading={loading} error={error} retry={refresh} />
      {data?.years.length === 0 ? <p>{t('management.funding.none')}</p> : null}
      {data && data.years.length > 0 ? (
        <>
          <DataTable
            name="funding-years"
            columns={[
              { label: t('management.funding.year') },
              { label: t('management.funding.total'), className: 'num' },
              { label: t('management.funding.publicShare'), className: 'num' },
              ...fundingSources.map((s) => ({
                label: t(`management.sources.${s}`),
                className: 'num',
              })),
            ]}
          >
            <tbody>
              {data.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="num">{f.money(y.total, y.currency)}</td>
                  <td className="num">{f.share(y.publicShare)}</td>
                  {fundingSources.map((s) => (
                    <td key={s} className="num">
                      {f.share(y.shares[s])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p data-testid="funding-trend">
            {data.trend.publicSharePerYear === null
              ? t('management.funding.noTrend')
              : t('management.funding.trend', {
                  points: f.points(data.trend.publicSharePerYear),
                  years: data.trend.years,
                })}
          </p>
          {data.alerts.length > 0 ? (
            <ul className="alerts" data-testid="funding-alerts">
              {data.alerts.map((a) => (
                <li key={`${a.source}-${a.fromYear}`} role="note">
                  {t('management.funding.alert', {
                    source: t(`management.sources.${a.source}`),
                    from: a.fromYear,
                    to: a.toYear,
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {data ? (
        <>
          <h3 id="exit-path-title">{t('management.exit.title')}</h3>
          {data.exitPath.length > 0 ? (
            <DataTable
              name="exit-path"
              columns={[
                { label: t('management.funding.year') },
                { label: t('management.exit.target'), className: 'num' },
                { label: t('management.exit.actual'), className: 'num' },
                { label: t('management.exit.status') },
              ]}
            >
              <tbody>
                {data.exitPath.map((p) => (
                  <tr key={p.year}>
                    <th scope="row">{p.year}</th>
                    <td className="num">{f.share(p.target)}</td>
                    <td className="num">{f.share(p.actual)}</td>
                    <td>
                      {p.onTrack === null
                        ? '—'
                        : p.onTrack
                          ? t('management.exit.onTrack')
                          : t('management.exit.offTrack')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : (
            <p>{t('management.exit.none')}</p>
          )}
          <h3>{t('management.funding.reference')}</h3>
          <ul className="sources">
            {data.reference.map((r) => (
              <li key={r.factId}>
                {t('management.funding.referenceRow', { period: r.period, share: f.share(r.publicShare) })}{' '}
                <span className="muted">
                  ({r.factId}: {r.source})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canEdit ? (
        <div className="actions">
          <ApiForm
            title={t('management.funding.add')}
            testId="funding-form"
            submitLabel={t('management.save')}
            savedText={t('management.saved')}
            send={() =>
              putFunding(orgId, Number(year), {
                currency: (currency || latest?.currency || 'EUR').trim().toUpperCase(),
                sources: Object.fromEntries(
                  Object.entries(
                    readNumbers(
                      t,
                      i18n.language,
                      Object.fromEntries(
                        fundingSources.map((s) => [
                          s,
                          { label: t(`management.sources.${s}`), text: amounts[s] },
                        ]),
                      ),
                    ),
                  ).map(([s, v]) => [s, v ?? 0]),
                ) as Record<FundingSource, number>,
              })
            }
            onDone={() => {
              setAmounts(emptySources());
              refresh();
            }}
          >
            <Field label={t('management.funding.year')} type="number" value={year} onValue={setYear} />
            <Field
              label={t('management.funding.currency')}
              value={currency || latest?.currency || 'EUR'}
              onValue={setCurrency}
              maxLength={3}
            />
            {fundingSources.map((s) => (
              <Field
                key={s}
                label={t(`management.sources.${s}`)}
                inputMode="decimal"
                name={s}
                value={amounts[s]}
                onValue={(v) => setAmounts((a) => ({ ...a, [s]: v }))}
              />
            ))}
          </ApiForm>
          <ExitPathForm orgId={orgId} current={data?.exitPath ?? []} onDone={refresh} />
          {data ? (
            <ApiForm
              title={data.published ? t('management.withdraw') : t('management.publish')}
              testId="funding-publication"
              submitLabel={data.published ? t('management.withdrawButton') : t('management.publishButton')}
              send={() => putSustainabilityPublication(orgId, !data.published)}
              onDone={refresh}
            >
              <p>{t('management.publicationHelp')}</p>
            </ApiForm>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
