/** A new RIS3 strategy (analysts and admins): name, the map dataset it is checked against, the region's code, the period. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createRis3, industryDatasets, type Ris3Strategy } from '../api/ris3';
import { ApiForm } from '../components/api-form';
import { Field } from '../components/field';
import { useLoaded } from '../management/use-loaded';

export function StrategyForm({ onDone }: { onDone(s: Ris3Strategy): void }) {
  const { t } = useTranslation();
  const datasets = useLoaded((signal) => industryDatasets(signal), []);
  const [form, setForm] = useState({ name: '', dataset: '', region: '', startYear: '2024', endYear: '2030' });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const dataset = form.dataset || datasets.data?.[0]?.id || '';
  return (
    <ApiForm
      title={t('ris3.new')}
      testId="ris3-strategy-form"
      submitLabel={t('ris3.create')}
      send={() =>
        createRis3({
          name: form.name,
          dataset,
          region: form.region.trim(),
          startYear: Number(form.startYear),
          endYear: Number(form.endYear),
        })
      }
      onDone={onDone}
    >
      <Field label={t('ris3.name')} value={form.name} required onValue={(name) => set({ name })} />
      <label>
        <span>{t('ris3.dataset')}</span>
        <select value={dataset} onChange={(e) => set({ dataset: e.target.value })}>
          {(datasets.data ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      <Field
        label={t('ris3.regionCode')}
        value={form.region}
        required
        onValue={(region) => set({ region })}
      />
      <fieldset className="inline-fields">
        <Field
          label={t('ris3.startYear')}
          type="number"
          value={form.startYear}
          onValue={(startYear) => set({ startYear })}
        />
        <Field
          label={t('ris3.endYear')}
          type="number"
          value={form.endYear}
          onValue={(endYear) => set({ endYear })}
        />
      </fieldset>
    </ApiForm>
  );
}
