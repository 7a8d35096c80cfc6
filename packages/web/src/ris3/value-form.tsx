/** Record an indicator's observed value for a year (replaces that year's). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putRis3Value } from '../api/ris3';
import { ApiForm } from '../components/api-form';
import { Field } from '../components/field';

export function ValueForm({
  indicator,
  onDone,
}: {
  indicator: { id: string; priorityId: string; indicatorId: string; name: string };
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [value, setValue] = useState('');
  return (
    <ApiForm
      title={t('ris3.addValue', { name: indicator.name })}
      testId="ris3-value-form"
      submitLabel={t('ris3.save')}
      send={() => {
        const { id, priorityId, indicatorId } = indicator;
        return putRis3Value({ id, priorityId, indicatorId }, Number(year), Number(value));
      }}
      onDone={onDone}
    >
      <fieldset className="inline-fields">
        <Field label={t('ris3.year')} type="number" value={year} required onValue={setYear} />
        <Field label={t('ris3.value')} type="number" step="any" value={value} required onValue={setValue} />
      </fieldset>
    </ApiForm>
  );
}
