/**
 * One cooperation agreement (`/agreements/<id>`): its parties (linked to their pages),
 * scope, sector relation, instrument, objectives, areas, sponsors, dates and status, and its
 * outcomes over time; who acts for one of its parties (or staff) records a new outcome.
 * API: GET /api/agreements/{id}, POST /api/agreements/{id}/outcomes.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actsFor, useMyOrganisations } from './acts-for';
import { sendJson, type GetAnswer, type Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { agreementOutcomeKinds } from '@polos/core/vocabulary-lists';
import { formatDay } from '../collaboration/zoned-time';
import { ApiForm } from '../components/api-form';
import { Choice } from '../components/choice';
import { Field } from '../components/field';
import { PartyLinks } from '../components/party-links';
import { onLinkClick } from '../navigation';
import { useFetched } from '../use-fetched';

type Agreement = Schemas['AgreementRecord'];

export default function AgreementDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [version, setVersion] = useState(0);
  const agreement = useFetched<Agreement>(`/api/agreements/${encodeURIComponent(id)}`, version);
  const links = useFetched<GetAnswer<'/api/agreements/links'>>('/api/agreements/links', version);
  const mine = useMyOrganisations();
  useEffect(() => {
    document.title = `${t('agreements.detailTitle')} · polos`;
  }, [t]);
  const back = (
    <a href="/agreements" onClick={onLinkClick}>
      {t('agreements.back')}
    </a>
  );
  if (agreement.error)
    return (
      <main id="main" tabIndex={-1}>
        {back}
        <p role="alert">{errorMessage(t, agreement.error)}</p>
      </main>
    );
  const a = agreement.data;
  if (!a)
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">{t('agreements.loading')}</p>
      </main>
    );
  const mayRecord = a.parties.some((p) => p.organisationId && actsFor(mine, p.organisationId));
  const outcomes = [...a.outcomes].sort((x, y) =>
    String(x.date ?? x.year ?? '').localeCompare(String(y.date ?? y.year ?? '')),
  );
  const fact = (label: string, value: React.ReactNode) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  return (
    <main id="main" tabIndex={-1}>
      {back}
      <h1>
        {t(`agreements.instrument.${a.instrument}`)}: {a.areas.join(', ') || a.id}
      </h1>
      <h2>{t('agreements.col.parties')}</h2>
      <PartyLinks parties={a.parties} nodes={links.data?.nodes ?? []} />
      <dl className="facts" data-testid="agreement-facts">
        {fact(t('agreements.filter.scope'), t(`agreements.scope.${a.scope}`))}
        {fact(
          t('agreements.filter.relation'),
          a.sectorRelation && t(`agreements.relation.${a.sectorRelation}`),
        )}
        {fact(t('agreements.objectives'), a.objectives)}
        {fact(t('agreements.sponsors'), a.sponsors.map((s) => s.asPrinted).join('; '))}
        {fact(t('agreements.col.year'), a.yearAsPrinted ?? a.startYear)}
        {fact(t('agreements.signedOn'), a.signedOn && formatDay(a.signedOn, i18n.language))}
        {fact(t('agreements.col.status'), a.status ? t(`agreements.status.${a.status}`) : a.statusAsReported)}
        {fact(t('agreements.source'), a.source)}
        {fact(t('agreements.notes'), a.notes)}
      </dl>
      <h2 id="outcomes-title">{t('agreements.outcomes')}</h2>
      {outcomes.length ? (
        <ol className="card-list" data-testid="outcomes">
          {outcomes.map((o, i) => (
            <li key={i}>
              <strong>{o.date ? formatDay(o.date, i18n.language) : (o.year ?? '—')}</strong>
              {o.kind ? ` · ${t(`agreements.outcomeKind.${o.kind}`)}` : ''} — {o.description}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('agreements.noOutcomes')}</p>
      )}
      {mayRecord ? <OutcomeForm id={a.id} onDone={() => setVersion((v) => v + 1)} /> : null}
    </main>
  );
}

function OutcomeForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [kind, setKind] = useState<string>('meeting');
  const [text, setText] = useState('');
  return (
    <ApiForm
      title={t('agreements.recordOutcome')}
      testId="agreement-outcome"
      submitLabel={t('agreements.recordButton')}
      savedText={t('agreements.recorded')}
      send={() =>
        sendJson('POST', `/api/agreements/${encodeURIComponent(id)}/outcomes`, { date, kind, text })
      }
      onDone={onDone}
    >
      <Field label={t('agreements.date')} type="date" value={date} onValue={setDate} required />
      <Choice
        label={t('agreements.kind')}
        value={kind}
        onChange={setKind}
        options={agreementOutcomeKinds}
        prefix="agreements.outcomeKind."
      />
      <Field label={t('agreements.text')} value={text} onValue={setText} required />
    </ApiForm>
  );
}
