/** Add an indicator to a RIS3 priority: name, unit, baseline and target (year and value). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addRis3Indicator } from '../api/ris3';
import { ApiForm } from '../components/api-form';
import { Field } from '../components/field';

export function IndicatorForm({
  strategyId,
  priorityId,
  onDone,
}: {
  strategyId: string;
  priorityId: string;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: '',
    unit: '',
    baseYear: '',
    baseValue: '',
    targetYear: '',
    targetValue: '',
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const num = (key: keyof typeof form, label: string) => (
    <Field
      label={label}
      type="number"
      step="any"
      value={form[key]}
      required
      onValue={(v) => set({ [key]: v })}
    />
  );
  return (
    <ApiForm
      title={t('ris3.addIndicator')}
      testId="ris3-indicator-form"
      submitLabel={t('ris3.add')}
      send={() =>
        addRis3Indicator(strategyId, priorityId, {
          name: form.name,
          unit: form.unit,
          baseline: { year: Number(form.baseYear), value: Number(form.baseValue) },
          target: { year: Number(form.targetYear), value: Number(form.targetValue) },
        })
      }
      onDone={onDone}
    >
      <Field label={t('ris3.indicatorName')} value={form.name} required onValue={(name) => set({ name })} />
      <Field label={t('ris3.unit')} value={form.unit} onValue={(unit) => set({ unit })} />
      <fieldset className="inline-fields">
        {num('baseYear', t('ris3.baselineYear'))}
        {num('baseValue', t('ris3.baseline'))}
      </fieldset>
      <fieldset className="inline-fields">
        {num('targetYear', t('ris3.targetYear'))}
        {num('targetValue', t('ris3.target'))}
      </fieldset>
    </ApiForm>
  );
}
