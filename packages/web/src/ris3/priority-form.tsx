/** Add a priority to a RIS3 strategy: title, industry codes of the dataset, EU priority domain, description. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addRis3Priority } from '../api/ris3';
import { ApiForm } from '../components/api-form';
import { Field } from '../components/field';
import { splitList } from '../components/organisation-patch';

export function PriorityForm({
  strategyId,
  initial,
  onDone,
}: {
  strategyId: string;
  /** Prefilled from a candidate ("add as priority"). */
  initial?: { title: string; codes: string };
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    title: initial?.title ?? '',
    codes: initial?.codes ?? '',
    domain: '',
    description: '',
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <ApiForm
      title={t('ris3.addPriority')}
      testId="ris3-priority-form"
      submitLabel={t('ris3.add')}
      send={() =>
        addRis3Priority(strategyId, {
          title: form.title,
          industryCodes: splitList(form.codes),
          domain: form.domain,
          description: form.description,
        })
      }
      onDone={onDone}
      open={!!initial}
    >
      <Field
        label={t('ris3.priorityTitle')}
        value={form.title}
        required
        onValue={(title) => set({ title })}
      />
      <Field label={t('ris3.codes')} value={form.codes} required onValue={(codes) => set({ codes })} />
      <Field label={t('ris3.domain')} value={form.domain} onValue={(domain) => set({ domain })} />
      <label>
        <span>{t('ris3.description')}</span>
        <textarea value={form.description} onChange={(e) => set({ description: e.target.value })} />
      </label>
    </ApiForm>
  );
}
