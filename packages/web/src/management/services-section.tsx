/**
 * The service portfolio of a year against the reference table (issue 13 point 2; decision
 * 085; rules in docs/methods/services.md): each service's revenue, cost, cost recovery and
 * valuation (the members' survey when at least 3 rated it, else the manager's estimate),
 * which pay their way, which are valued but unpaid, and the common services not offered.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api-client';
import { getServices, type ServiceAnalysis } from '../api/services';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { useFormats } from './formats';
import { SectionStatus } from './section-status';
import { ServicesForm } from './services-form';
import { SurveySection } from './survey-section';
import { useLoaded } from './use-loaded';

/**
 * The year's analysis, or null when the year has no services: a 404 means that only to whoever
 * may read the organisation's records (`reader`); to anyone else it means "not published".
 */
async function analysisOf(
  id: string,
  year: number,
  reader: boolean,
  signal: AbortSignal,
): Promise<ServiceAnalysis | null> {
  try {
    return await getServices(id, year, signal);
  } catch (error) {
    if (reader && error instanceof ApiRequestError && error.status === 404) return null;
    throw error;
  }
}

export function ServicesSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const f = useFormats();
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const valid = /^\d{4}$/.test(year);
  const loaded = useLoaded(
    (signal) => (valid ? analysisOf(orgId, Number(year), canEdit, signal) : Promise.resolve(null)),
    [orgId, year],
  );
  const a = loaded.data;
  const name = (s: { reference: string | null; name: string }) =>
    s.reference ? t(`services.names.${s.reference}`) : s.name;
  return (
    <section aria-labelledby="services-title" className="management-section">
      <h2 id="services-title">{t('services.title')}</h2>
      <p className="intro">{t('services.intro')}</p>
      <form className="filters" data-testid="services-year" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('services.year')} type="number" value={year} onValue={setYear} />
      </form>
      <SectionStatus loading={loaded.loading && valid} error={loaded.error} retry={loaded.reload} />
      {a ? (
        <>
          <DataTable
            name="services"
            columns={[
              { label: t('services.service') },
              { label: t('services.revenue'), className: 'num' },
              { label: t('services.cost'), className: 'num' },
              { label: t('services.membersServed'), className: 'num' },
              { label: t('services.recovery'), className: 'num' },
              { label: t('services.valuation'), className: 'num' },
              { label: t('services.paysItsWay') },
              { label: t('services.valuedButUnpaid') },
              { label: t('services.reference') },
            ]}
          >
            <tbody>
              {a.services.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{name(s)}</th>
                  <td className="num">{f.money(s.revenue, a.currency)}</td>
                  <td className="num">{f.money(s.cost, a.currency)}</td>
                  <td className="num">{f.number(s.membersServed)}</td>
                  <td className="num">{f.share(s.costRecovery)}</td>
                  <td className="num">
                    {f.number(s.valuation.value)}
                    {s.valuation.source ? (
                      <span className="muted">
                        {' '}
                        ({t(s.valuation.source === 'survey' ? 'services.bySurvey' : 'services.byManager')})
                      </span>
                    ) : null}
                  </td>
                  <td>{s.paysItsWay ? t('services.yes') : t('services.no')}</td>
                  <td>{s.valuedButUnpaid ? t('services.yes') : t('services.no')}</td>
                  <td className="muted">
                    {s.referenceFacts
                      ? [
                          s.referenceFacts.extension,
                          s.referenceFacts.contribution,
                          s.referenceFacts.evaluation,
                        ]
                          .map((level) => t(`services.level.${level}`))
                          .join(' · ')
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p data-testid="services-totals">
            {t('services.revenue')}: {f.money(a.totals.revenue, a.currency)} · {t('services.cost')}:{' '}
            {f.money(a.totals.cost, a.currency)} · {t('services.recovery')}: {f.share(a.totals.costRecovery)}
          </p>
          {a.missingCommon.length > 0 ? (
            <>
              <h3>{t('services.missing')}</h3>
              <ul data-testid="services-missing">
                {a.missingCommon.map((m) => (
                  <li key={m.key}>
                    {t(`services.names.${m.key}`)}{' '}
                    <span className="muted">
                      ({t(`services.level.${m.extension}`)} · {t(`services.level.${m.contribution}`)} ·{' '}
                      {t(`services.level.${m.evaluation}`)})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="muted">{a.source}</p>
        </>
      ) : loaded.data === null && !loaded.loading && !loaded.error && valid ? (
        <p>{t('services.none', { year })}</p>
      ) : null}
      {canEdit && valid ? (
        <div className="actions">
          <ServicesForm
            key={`${year}-${a ? 'a' : 'n'}`}
            orgId={orgId}
            year={Number(year)}
            current={a}
            onDone={loaded.reload}
          />
          {a ? <SurveySection orgId={orgId} year={Number(year)} /> : null}
        </div>
      ) : null}
    </section>
  );
}
