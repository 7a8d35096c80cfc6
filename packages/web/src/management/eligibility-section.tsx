/**
 * Eligibility (issue 13 point 4; decision 086; docs/methods/eligibility.md): the Basque 2016
 * programme's criteria and the ECCP listing criteria, each met, unmet or unknown with the
 * evidence that decided it (in the page's language) and its source; whoever acts for the
 * organisation enters the figures the checks need (members' turnover and the regional GDP
 * with its source, the value chain's stages and who covers them, SMEs among members, staff).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getEligibility,
  getEligibilityInputs,
  putEligibilityInputs,
  type Criterion,
  type EligibilityInputs,
} from '../api/excellence';
import { apiLanguage } from '../api/organisations';
import { ApiForm } from '../components/api-form';
import { Field } from '../components/field';
import { SectionStatus } from './section-status';
import { useLoaded } from './use-loaded';

const num = (v: string) => (v.trim() === '' ? null : Number(v));
const str = (v: number | string | null) => (v === null ? '' : String(v));

export function EligibilitySection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = apiLanguage(i18n.language);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const checked = /^\d{4}$/.test(year) ? Number(year) : undefined;
  const loaded = useLoaded(
    (signal) =>
      Promise.all([
        getEligibility(orgId, checked, signal),
        canEdit ? getEligibilityInputs(orgId, signal) : null,
      ]),
    [orgId, canEdit, checked],
  );
  const [eligibility, inputs] = loaded.data ?? [null, null];
  const verdict = (met: boolean | null) =>
    t(met === null ? 'excellence.unknown' : met ? 'excellence.met' : 'excellence.unmet');
  const list = (name: 'basque' | 'eccp', criteria: Criterion[], met: boolean | null) => (
    <div data-testid={`eligibility-${name}`}>
      <h3>
        {t(`excellence.eligibility.${name}`)}: <strong>{verdict(met)}</strong>
      </h3>
      <ul className="checklist">
        {criteria.map((c) => (
          <li key={c.key} className={`criterion-${c.met === null ? 'unknown' : c.met ? 'met' : 'unmet'}`}>
            <strong>{t(`excellence.criterion.${c.key}`)}</strong>: {verdict(c.met)} — {c.evidenceLabel[lang]}{' '}
            <span className="muted">({c.source})</span>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <section aria-labelledby="eligibility-title" className="management-section">
      <h2 id="eligibility-title">{t('excellence.eligibility.title')}</h2>
      <p className="intro">{t('excellence.eligibility.intro')}</p>
      <form className="filters" data-testid="eligibility-year" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('excellence.eligibility.year')} type="number" value={year} onValue={setYear} />
      </form>
      <SectionStatus loading={loaded.loading} error={loaded.error} retry={loaded.reload} />
      {eligibility ? (
        <>
          {list('basque', eligibility.basque.criteria, eligibility.basque.met)}
          {list('eccp', eligibility.eccp.criteria, eligibility.eccp.met)}
        </>
      ) : null}
      {canEdit && inputs ? <InputsForm orgId={orgId} inputs={inputs} onDone={loaded.reload} /> : null}
    </section>
  );
}

function InputsForm({ orgId, inputs, onDone }: { orgId: string; inputs: EligibilityInputs; onDone(): void }) {
  const { t } = useTranslation();
  const m = inputs.criticalMass;
  const [v, setV] = useState({
    membersTurnover: str(m.membersTurnover),
    regionalGdp: str(m.regionalGdp),
    currency: m.currency ?? 'EUR',
    gdpYear: str(m.gdpYear),
    gdpSource: m.gdpSource ?? '',
    market: inputs.valueChain.market ?? '',
    stages: inputs.valueChain.stages.map((s) => `${s.stage}: ${s.members.join(', ')}`).join('\n'),
    members: str(inputs.smes.members),
    smeMembers: str(inputs.smes.smeMembers),
    staffFte: str(inputs.eccp.staffFte),
  });
  const field = (key: keyof typeof v, type = 'number') => (
    <Field
      label={t(`excellence.eligibility.field.${key}`)}
      type={type}
      step="any"
      value={v[key]}
      onValue={(value) => setV((old) => ({ ...old, [key]: value }))}
    />
  );
  const stages = v.stages
    .split('\n')
    .map((line) => line.split(':'))
    .filter(([stage]) => stage!.trim() !== '')
    .map(([stage, members = '']) => ({
      stage: stage!.trim(),
      members: members
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    }));
  return (
    <ApiForm
      title={t('excellence.eligibility.edit')}
      testId="eligibility-form"
      submitLabel={t('management.save')}
      savedText={t('management.saved')}
      send={() =>
        putEligibilityInputs(orgId, {
          criticalMass: {
            membersTurnover: num(v.membersTurnover),
            regionalGdp: num(v.regionalGdp),
            currency: v.currency.trim().toUpperCase() || null,
            gdpYear: num(v.gdpYear),
            gdpSource: v.gdpSource.trim() || null,
          },
          valueChain: { market: v.market.trim() || null, stages },
          smes: { members: num(v.members), smeMembers: num(v.smeMembers) },
          eccp: { staffFte: num(v.staffFte), members: inputs.eccp.members },
        })
      }
      onDone={onDone}
    >
      {field('membersTurnover')}
      {field('regionalGdp')}
      {field('currency', 'text')}
      {field('gdpYear')}
      {field('gdpSource', 'text')}
      {field('market', 'text')}
      <label>
        <span>{t('excellence.eligibility.field.stages')}</span>
        <textarea
          rows={4}
          value={v.stages}
          onChange={(e) => setV((old) => ({ ...old, stages: e.target.value }))}
        />
      </label>
      {field('members')}
      {field('smeMembers')}
      {field('staffFte')}
    </ApiForm>
  );
}
