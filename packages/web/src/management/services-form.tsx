/**
 * Entering a year's services (PUT replaces the year): one row per reference service (ticked
 * when offered) and one of the organisation's own, each with revenue, cost, members served
 * and, optionally, the manager's estimate of how members value it (1–5).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { referenceServices } from '@polos/core/services';
import { putServices, type OfferedService, type ServiceAnalysis } from '../api/services';
import { ApiForm } from '../components/api-form';
import { Field } from '../components/field';
import { readNumbers } from '../components/form-input-error';
import { formatLocaleNumber } from '../locale-number';

type Row = {
  offered: boolean;
  name: string;
  revenue: string;
  cost: string;
  members: string;
  valuation: string;
};
const OWN = 'own';

function rowsOf(current: ServiceAnalysis | null, language: string): Record<string, Row> {
  const shown = (n: number | null | undefined) => formatLocaleNumber(n, language);
  const rows: Record<string, Row> = {};
  const blank = { offered: false, name: '', revenue: '', cost: '', members: '', valuation: '' };
  for (const r of referenceServices) rows[r.key] = { ...blank };
  rows[OWN] = { ...blank };
  for (const s of current?.services ?? []) {
    const manager = s.valuation.source === 'manager' ? shown(s.valuation.value) : '';
    const row = {
      offered: true,
      name: s.name,
      revenue: shown(s.revenue),
      cost: shown(s.cost),
      members: shown(s.membersServed),
      valuation: manager,
    };
    if (s.reference) rows[s.reference] = row;
    else rows[OWN] = row;
  }
  return rows;
}

function offered(key: string, r: Row, t: TFunction, language: string): OfferedService {
  const label = (k: string) => t(`services.${k}`);
  const n = readNumbers(t, language, {
    revenue: { label: label('revenue'), text: r.revenue },
    cost: { label: label('cost'), text: r.cost },
    membersServed: { label: label('membersServed'), text: r.members, whole: true },
    managerValuation: { label: label('managerValuation'), text: r.valuation },
  });
  return {
    ...(key === OWN ? { name: r.name.trim() } : { reference: key as OfferedService['reference'] }),
    revenue: n.revenue ?? 0,
    cost: n.cost ?? 0,
    membersServed: n.membersServed ?? 0,
    ...(n.managerValuation === null ? {} : { managerValuation: n.managerValuation }),
  };
}

export function ServicesForm({
  orgId,
  year,
  current,
  onDone,
}: {
  orgId: string;
  year: number;
  current: ServiceAnalysis | null;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  const [currency, setCurrency] = useState(current?.currency ?? 'EUR');
  const [rows, setRows] = useState(() => rowsOf(current, i18n.language));
  const set = (key: string, patch: Partial<Row>) =>
    setRows((all) => ({ ...all, [key]: { ...all[key]!, ...patch } }));
  const keys = [...referenceServices.map((r) => r.key), OWN];
  return (
    <ApiForm
      title={t('services.edit')}
      testId="services-form"
      submitLabel={t('management.save')}
      savedText={t('management.saved')}
      send={() =>
        putServices(orgId, year, {
          currency: currency.trim().toUpperCase(),
          services: keys.filter((k) => rows[k]!.offered).map((k) => offered(k, rows[k]!, t, i18n.language)),
        })
      }
      onDone={onDone}
    >
      <Field label={t('services.currency')} value={currency} onValue={setCurrency} maxLength={3} />
      {keys.map((key) => {
        const r = rows[key]!;
        const label = key === OWN ? t('services.ownService') : t(`services.names.${key}`);
        return (
          <fieldset key={key} className="inline-fields service-row" data-service={key}>
            <legend>
              <label className="check">
                <input
                  type="checkbox"
                  checked={r.offered}
                  onChange={(e) => set(key, { offered: e.target.checked })}
                />{' '}
                {label}
              </label>
            </legend>
            {key === OWN ? (
              <Field
                label={t('services.service')}
                value={r.name}
                onValue={(name) => set(key, { name, offered: true })}
              />
            ) : null}
            {r.offered ? (
              <>
                <Field
                  label={t('services.revenue')}
                  inputMode="decimal"
                  value={r.revenue}
                  onValue={(revenue) => set(key, { revenue })}
                />
                <Field
                  label={t('services.cost')}
                  inputMode="decimal"
                  value={r.cost}
                  onValue={(cost) => set(key, { cost })}
                />
                <Field
                  label={t('services.membersServed')}
                  inputMode="decimal"
                  value={r.members}
                  onValue={(members) => set(key, { members })}
                />
                <Field
                  label={t('services.managerValuation')}
                  inputMode="decimal"
                  value={r.valuation}
                  onValue={(valuation) => set(key, { valuation })}
                />
              </>
            ) : null}
          </fieldset>
        );
      })}
    </ApiForm>
  );
}
