/**
 * The planned exit path (issue 13 point 1): a target public share for each year, entered as
 * percentages (a row per year; empty rows are left out). PUT replaces the whole path.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putExitPath, type ExitTarget } from '../api/management';
import { ApiForm } from '../components/api-form';
import { Field } from '../components/field';

type Row = { year: string; percent: string };

const rowsOf = (current: readonly { year: number; target: number }[]): Row[] => [
  ...current.map((p) => ({ year: String(p.year), percent: String(Math.round(p.target * 1000) / 10) })),
  { year: '', percent: '' },
];

export function ExitPathForm({
  orgId,
  current,
  onDone,
}: {
  orgId: string;
  current: readonly { year: number; target: number }[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(current));
  const set = (i: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const targets = (): ExitTarget[] =>
    rows
      .filter((r) => r.year.trim() !== '' && r.percent.trim() !== '')
      .map((r) => ({ year: Number(r.year), publicShare: Number(r.percent) / 100 }));
  return (
    <ApiForm
      title={t('management.exit.set')}
      testId="exit-path-form"
      submitLabel={t('management.save')}
      savedText={t('management.saved')}
      send={() => putExitPath(orgId, targets())}
      onDone={onDone}
    >
      {rows.map((r, i) => (
        <fieldset key={i} className="inline-fields">
          <Field
            label={t('management.funding.year')}
            type="number"
            value={r.year}
            onValue={(year) => set(i, { year })}
          />
          <Field
            label={t('management.exit.targetPercent')}
            type="number"
            min={0}
            max={100}
            step="any"
            value={r.percent}
            onValue={(percent) => set(i, { percent })}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => setRows((all) => [...all, { year: '', percent: '' }])}
      >
        {t('management.exit.addYear')}
      </button>
    </ApiForm>
  );
}
