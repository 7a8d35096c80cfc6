/**
 * The strategic plan (3–5 years, objectives in Lombardy's six dimensions) and the annual
 * action plans with their actions (issue 13 point 3; decision 084). Whoever acts for the
 * organisation writes; the server checks the years and the dimensions again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planDimensions } from '@polos/core/plans';
import {
  addActionPlan,
  getActionPlans,
  getStrategicPlan,
  putStrategicPlan,
  type ActionPlan,
  type StrategicPlan,
} from '../api/management';
import { ApiForm } from '../components/api-form';
import { Choice } from '../components/choice';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { useLoaded } from './use-loaded';
import { SectionStatus } from './section-status';
import { useFormats } from './formats';

type Dimension = (typeof planDimensions)[number];

export function PlanSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const f = useFormats();
  const loaded = useLoaded(
    (signal) => Promise.all([getStrategicPlan(orgId, signal), getActionPlans(orgId, signal)]),
    [orgId],
  );
  const [plan, plans] = loaded.data ?? [null, [] as ActionPlan[]];
  return (
    <section aria-labelledby="plan-title" className="management-section">
      <h2 id="plan-title">{t('management.plan.title')}</h2>
      <SectionStatus loading={loaded.loading} error={loaded.error} retry={loaded.reload} />
      {plan ? (
        <div data-testid="strategic-plan">
          <h3>
            {plan.title} ({plan.startYear}–{plan.endYear})
          </h3>
          <ul>
            {plan.objectives.map((o, i) => (
              <li key={i}>
                <strong>{t(`management.dimensions.${o.dimension}`)}</strong>: {o.text}
              </li>
            ))}
          </ul>
        </div>
      ) : loaded.data ? (
        <p>{t('management.plan.none')}</p>
      ) : null}
      {plans.map((p) => (
        <div key={p.id}>
          <h3 id={`action-plan-${p.year}-title`}>
            {t('management.plan.actionPlan', { year: p.year, title: p.title })}
          </h3>
          <DataTable
            name={`action-plan-${p.year}`}
            columns={[
              { label: t('management.plan.action') },
              { label: t('management.plan.owner') },
              { label: t('management.plan.dimension') },
              { label: t('management.plan.budget'), className: 'num' },
              { label: t('management.plan.status') },
            ]}
          >
            <tbody>
              {p.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>{a.owner}</td>
                  <td>{t(`management.dimensions.${a.dimension}`)}</td>
                  <td className="num">{f.money(a.budget, p.currency)}</td>
                  <td>{t(`management.actionStatus.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      ))}
      {canEdit ? (
        <div className="actions">
          <StrategicPlanForm orgId={orgId} plan={plan} onDone={loaded.reload} />
          <ActionPlanForm orgId={orgId} onDone={loaded.reload} />
        </div>
      ) : null}
    </section>
  );
}

function StrategicPlanForm({
  orgId,
  plan,
  onDone,
}: {
  orgId: string;
  plan: StrategicPlan | null;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const [title, setTitle] = useState(plan?.title ?? '');
  const [start, setStart] = useState(String(plan?.startYear ?? year));
  const [end, setEnd] = useState(String(plan?.endYear ?? year + 3));
  const [objectives, setObjectives] = useState<Record<Dimension, string>>(
    () =>
      Object.fromEntries(
        planDimensions.map((d) => [d, plan?.objectives.find((o) => o.dimension === d)?.text ?? '']),
      ) as Record<Dimension, string>,
  );
  return (
    <ApiForm
      title={t('management.plan.edit')}
      testId="strategic-plan-form"
      submitLabel={t('management.save')}
      savedText={t('management.saved')}
      send={() =>
        putStrategicPlan(orgId, {
          title,
          startYear: Number(start),
          endYear: Number(end),
          objectives: planDimensions
            .filter((d) => objectives[d].trim() !== '')
            .map((d) => ({ dimension: d, text: objectives[d] })),
        })
      }
      onDone={onDone}
    >
      <Field label={t('management.plan.planTitle')} value={title} onValue={setTitle} required />
      <Field label={t('management.plan.startYear')} type="number" value={start} onValue={setStart} />
      <Field label={t('management.plan.endYear')} type="number" value={end} onValue={setEnd} />
      {planDimensions.map((d) => (
        <Field
          key={d}
          label={t('management.plan.objective', { dimension: t(`management.dimensions.${d}`) })}
          value={objectives[d]}
          onValue={(v) => setObjectives((o) => ({ ...o, [d]: v }))}
        />
      ))}
    </ApiForm>
  );
}

function ActionPlanForm({ orgId, onDone }: { orgId: string; onDone(): void }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [title, setTitle] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [action, setAction] = useState({
    title: '',
    owner: '',
    dimension: 'cluster_development',
    budget: '',
  });
  return (
    <ApiForm
      title={t('management.plan.addActionPlan')}
      testId="action-plan-form"
      submitLabel={t('management.save')}
      savedText={t('management.saved')}
      send={() =>
        addActionPlan(orgId, {
          year: Number(year),
          title,
          currency: currency.trim().toUpperCase(),
          actions: action.title.trim()
            ? [
                {
                  title: action.title,
                  owner: action.owner,
                  dimension: action.dimension as Dimension,
                  budget: Number(action.budget || 0),
                },
              ]
            : [],
        })
      }
      onDone={onDone}
    >
      <Field label={t('management.funding.year')} type="number" value={year} onValue={setYear} />
      <Field label={t('management.plan.planTitle')} value={title} onValue={setTitle} required />
      <Field label={t('management.funding.currency')} value={currency} onValue={setCurrency} maxLength={3} />
      <Field
        label={t('management.plan.action')}
        value={action.title}
        onValue={(v) => setAction((a) => ({ ...a, title: v }))}
      />
      <Field
        label={t('management.plan.owner')}
        value={action.owner}
        onValue={(v) => setAction((a) => ({ ...a, owner: v }))}
      />
      <Choice
        label={t('management.plan.dimension')}
        value={action.dimension}
        onChange={(v) => setAction((a) => ({ ...a, dimension: v }))}
        options={planDimensions}
        prefix="management.dimensions."
      />
      <Field
        label={t('management.plan.budget')}
        type="number"
        min={0}
        value={action.budget}
        onValue={(v) => setAction((a) => ({ ...a, budget: v }))}
      />
    </ApiForm>
  );
}
