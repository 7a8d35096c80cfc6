/**
 * Writing the collective shared value (PUT replaces it all): challenges and capabilities one
 * per line, impacts as rows (kind, indicator, value, unit, year, evidence; empty rows left
 * out), and what the organisation did in each intermediary role.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putSharedValue, roleKeys, type Impact, type RoleKey, type SharedValue } from '../api/excellence';
import { ApiForm } from '../components/api-form';
import { Choice } from '../components/choice';
import { Field } from '../components/field';

type ImpactRow = Record<'kind' | 'indicator' | 'value' | 'unit' | 'year' | 'evidence', string>;
const blank: ImpactRow = { kind: 'economic', indicator: '', value: '', unit: '', year: '', evidence: '' };
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function SharedValueForm({
  orgId,
  current,
  onDone,
}: {
  orgId: string;
  current: SharedValue;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [challenges, setChallenges] = useState(current.challenges.map((c) => c.challenge).join('\n'));
  const [capabilities, setCapabilities] = useState(current.capabilities.map((c) => c.capability).join('\n'));
  const [impacts, setImpacts] = useState<ImpactRow[]>([
    ...current.impacts.map((i) => ({ ...i, value: String(i.value), year: String(i.year) })),
    { ...blank },
  ]);
  const [roles, setRoles] = useState<Record<RoleKey, string>>(
    () => Object.fromEntries(roleKeys.map((k) => [k, current.roles[k] ?? ''])) as Record<RoleKey, string>,
  );
  const setImpact = (i: number, patch: Partial<ImpactRow>) =>
    setImpacts((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <ApiForm
      title={t('excellence.shared.edit')}
      testId="shared-value-form"
      submitLabel={t('management.save')}
      savedText={t('management.saved')}
      send={() =>
        putSharedValue(orgId, {
          challenges: lines(challenges).map((challenge) => ({ challenge, description: null })),
          capabilities: lines(capabilities).map((capability) => ({ capability, description: null })),
          impacts: impacts
            .filter((r) => r.indicator.trim() !== '')
            .map((r): Impact => ({
              kind: r.kind as Impact['kind'],
              indicator: r.indicator.trim(),
              value: Number(r.value),
              unit: r.unit.trim(),
              year: Number(r.year),
              evidence: r.evidence.trim(),
            })),
          roles: Object.fromEntries(roleKeys.map((k) => [k, roles[k].trim() || null])) as Record<
            RoleKey,
            string | null
          >,
        })
      }
      onDone={onDone}
    >
      <label>
        <span>{t('excellence.shared.challengesLines')}</span>
        <textarea rows={3} value={challenges} onChange={(e) => setChallenges(e.target.value)} />
      </label>
      <label>
        <span>{t('excellence.shared.capabilitiesLines')}</span>
        <textarea rows={3} value={capabilities} onChange={(e) => setCapabilities(e.target.value)} />
      </label>
      {impacts.map((r, i) => (
        <fieldset key={i} className="inline-fields" data-impact={i}>
          <legend>{t('excellence.shared.impact', { n: i + 1 })}</legend>
          <Choice
            label={t('excellence.shared.kind')}
            value={r.kind}
            onChange={(kind) => setImpact(i, { kind })}
            options={['economic', 'social', 'environmental']}
            prefix="excellence.shared.kinds."
          />
          {(['indicator', 'value', 'unit', 'year', 'evidence'] as const).map((k) => (
            <Field
              key={k}
              label={t(`excellence.shared.field.${k}`)}
              type={k === 'value' || k === 'year' ? 'number' : 'text'}
              step="any"
              value={r[k]}
              onValue={(value) => setImpact(i, { [k]: value })}
            />
          ))}
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => setImpacts((all) => [...all, { ...blank }])}>
        {t('excellence.shared.addImpact')}
      </button>
      {roleKeys.map((k) => (
        <label key={k}>
          <span>{t(`excellence.shared.role.${k}`)}</span>
          <textarea
            rows={2}
            value={roles[k]}
            onChange={(e) => setRoles((all) => ({ ...all, [k]: e.target.value }))}
          />
        </label>
      ))}
    </ApiForm>
  );
}
