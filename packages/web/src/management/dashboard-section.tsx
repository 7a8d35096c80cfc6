/**
 * Indicators and the dashboard (issue 13 point 3; decision 084): each indicator's status
 * against its target (on track when progress ≥ 90 %, at risk ≥ 60 %, off track below: the
 * rule in docs/methods/plans-and-indicators.md), its trend, and the action plan's progress.
 * Whoever acts for the organisation adds indicators and records targets and actuals.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planDimensions } from '@polos/core/plans';
import { addIndicator, getDashboard, getIndicators, putIndicatorValue } from '../api/management';
import { ApiForm } from '../components/api-form';
import { Choice } from '../components/choice';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { useFormats } from './formats';
import { SectionStatus } from './section-status';
import { useLoaded } from './use-loaded';

const directions = ['higher_is_better', 'lower_is_better'] as const;

export function DashboardSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const f = useFormats();
  const loaded = useLoaded(
    (signal) => Promise.all([getDashboard(orgId, signal), getIndicators(orgId, signal)]),
    [orgId],
  );
  const [dashboard, indicators] = loaded.data ?? [null, []];
  const rows = dashboard?.dimensions.flatMap((d) =>
    d.indicators.map((i) => ({ ...i, dimension: d.dimension })),
  );
  const actions = dashboard?.overall.actions;
  return (
    <section aria-labelledby="dashboard-title" className="management-section">
      <h2 id="dashboard-title">{t('management.dashboard.title')}</h2>
      <p className="intro">{t('management.dashboard.rule')}</p>
      <SectionStatus loading={loaded.loading} error={loaded.error} retry={loaded.reload} />
      {rows && rows.length > 0 ? (
        <DataTable
          name="dashboard"
          columns={[
            { label: t('management.plan.dimension') },
            { label: t('management.dashboard.indicator') },
            { label: t('management.dashboard.period') },
            { label: t('management.dashboard.actual'), className: 'num' },
            { label: t('management.dashboard.target'), className: 'num' },
            { label: t('management.dashboard.progress'), className: 'num' },
            { label: t('management.dashboard.status') },
            { label: t('management.dashboard.trend') },
          ]}
        >
          <tbody>
            {rows.map((i) => (
              <tr key={i.id}>
                <td>{t(`management.dimensions.${i.dimension}`)}</td>
                <th scope="row">
                  {i.name} <span className="muted">({i.unit})</span>
                </th>
                <td>{i.period ?? '—'}</td>
                <td className="num">{f.number(i.actual)}</td>
                <td className="num">{f.number(i.target)}</td>
                <td className="num">{f.share(i.progress)}</td>
                <td>
                  <span className={`badge status-${i.status}`}>{t(`management.status.${i.status}`)}</span>
                </td>
                <td>{i.trend ? t(`management.trend.${i.trend}`) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : dashboard ? (
        <p>{t('management.dashboard.none')}</p>
      ) : null}
      {actions && actions.total > 0 ? (
        <p data-testid="action-progress">
          {t('management.dashboard.actions', {
            done: actions.done,
            total: actions.total,
            spent: f.share(actions.shareSpent),
          })}
        </p>
      ) : null}
      {canEdit ? (
        <div className="actions">
          <IndicatorForm orgId={orgId} onDone={loaded.reload} />
          {indicators.length > 0 ? (
            <ValueForm orgId={orgId} indicators={indicators} onDone={loaded.reload} />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function IndicatorForm({ orgId, onDone }: { orgId: string; onDone(): void }) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const [v, setV] = useState({
    name: '',
    dimension: 'cluster_development',
    unit: '',
    direction: 'higher_is_better',
    baseline: '',
    baselineYear: String(year - 1),
    targetYear: String(year + 1),
    target: '',
  });
  const field = (key: keyof typeof v, type = 'text') => (
    <Field
      label={t(`management.dashboard.field.${key}`)}
      type={type}
      value={v[key]}
      onValue={(value) => setV((old) => ({ ...old, [key]: value }))}
    />
  );
  return (
    <ApiForm
      title={t('management.dashboard.add')}
      testId="indicator-form"
      submitLabel={t('management.save')}
      savedText={t('management.saved')}
      send={() =>
        addIndicator(orgId, {
          name: v.name,
          dimension: v.dimension as (typeof planDimensions)[number],
          unit: v.unit,
          direction: v.direction as (typeof directions)[number],
          baseline: Number(v.baseline),
          baselineYear: Number(v.baselineYear),
          targets: v.target.trim() ? { [v.targetYear]: Number(v.target) } : {},
        })
      }
      onDone={onDone}
    >
      {field('name')}
      <Choice
        label={t('management.plan.dimension')}
        value={v.dimension}
        onChange={(dimension) => setV((old) => ({ ...old, dimension }))}
        options={planDimensions}
        prefix="management.dimensions."
      />
      {field('unit')}
      <Choice
        label={t('management.dashboard.field.direction')}
        value={v.direction}
        onChange={(direction) => setV((old) => ({ ...old, direction }))}
        options={directions}
        prefix="management.direction."
      />
      {field('baseline', 'number')}
      {field('baselineYear', 'number')}
      {field('targetYear', 'number')}
      {field('target', 'number')}
    </ApiForm>
  );
}

function ValueForm({
  orgId,
  indicators,
  onDone,
}: {
  orgId: string;
  indicators: readonly { id: string; name: string }[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [indicator, setIndicator] = useState(indicators[0]?.id ?? '');
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [actual, setActual] = useState('');
  return (
    <ApiForm
      title={t('management.dashboard.record')}
      testId="indicator-value-form"
      submitLabel={t('management.save')}
      savedText={t('management.saved')}
      send={() => putIndicatorValue(orgId, indicator, period, { actual: Number(actual) })}
      onDone={onDone}
    >
      <label>
        <span>{t('management.dashboard.indicator')}</span>
        <select value={indicator} onChange={(e) => setIndicator(e.target.value)}>
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </label>
      <Field label={t('management.dashboard.period')} value={period} onValue={setPeriod} />
      <Field
        label={t('management.dashboard.actual')}
        type="number"
        step="any"
        value={actual}
        onValue={setActual}
      />
    </ApiForm>
  );
}
