/**
 * The members, intermediaries and value chains of a cluster on its profile; those who may
 * update the cluster (admins, analysts, its own managers) add and remove them here. API:
 * /api/clusters/{id}/members|intermediaries|value-chains (docs/api.md).
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf, api, sendJson, type Schemas } from '../api-client';
import { describeError } from '../api-errors';
import { ApiForm } from './api-form';
import { Choice } from './choice';
import { Field } from './field';
import {
  endMarkets,
  governanceTypes,
  intermediaryRoles,
  memberKinds,
  sizeClasses,
} from '@polos/core/vocabulary-lists';

type Member = Schemas['Member'];
type Intermediary = Schemas['Intermediary'];
type ValueChain = Schemas['ValueChain'];
interface Parts {
  members: Member[];
  intermediaries: Intermediary[];
  chains: ValueChain[];
}

const KINDS = memberKinds;
const SIZES = sizeClasses;
const ROLES = intermediaryRoles;
const MARKETS = endMarkets;
const GOVERNANCE = governanceTypes;

export function ClusterParts({ clusterId, canEdit }: { clusterId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const [parts, setParts] = useState<Parts | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const base = `/api/clusters/${encodeURIComponent(clusterId)}`;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });

  const load = useCallback(async () => {
    try {
      const [members, intermediaries, chains] = await Promise.all([
        answerOf(api.GET('/api/clusters/{id}/members', { params: { path: { id: clusterId } } })),
        answerOf(api.GET('/api/clusters/{id}/intermediaries', { params: { path: { id: clusterId } } })),
        answerOf(api.GET('/api/clusters/{id}/value-chains', { params: { path: { id: clusterId } } })),
      ]);
      setParts({ members, intermediaries, chains });
      setFailed(null);
    } catch (error) {
      setFailed(describeError(t, error).text);
    }
  }, [clusterId, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (path: string) => {
    try {
      await sendJson('DELETE', `${base}/${path}`);
      await load();
    } catch (error) {
      setFailed(describeError(t, error).text);
    }
  };

  if (failed && !parts) return <p role="alert">{failed}</p>;
  if (!parts) return <p role="status">{t('profile.loading')}</p>;
  return (
    <>
      <PartList
        id="members"
        title={t('parts.members')}
        empty={t('parts.noMembers')}
        items={parts.members}
        canEdit={canEdit}
        onRemove={(m) => remove(`members/${m.id}`)}
        render={(m) => (
          <>
            <strong>{m.name}</strong> · {t(`parts.kind.${m.kind}`)}
            {m.sizeClass ? ` · ${t(`parts.size.${m.sizeClass}`)}` : ''}
            {m.joined ? ` · ${t('parts.joinedIn', { year: m.joined })}` : ''}
          </>
        )}
        form={<MemberForm base={base} onAdded={load} />}
      />
      <PartList
        id="intermediaries"
        title={t('parts.intermediaries')}
        intro={t('parts.intermediariesIntro')}
        empty={t('parts.noIntermediaries')}
        items={parts.intermediaries}
        canEdit={canEdit}
        onRemove={(x) => remove(`intermediaries/${x.id}`)}
        render={(x) => (
          <>
            <strong>{x.name}</strong> · {t(`parts.kind.${x.kind}`)}
            {x.leads ? ` · ${t('parts.leads')}` : ''}
            <br />
            <span className="muted">{x.roles.map((r) => t(`parts.role.${r}`)).join(', ')}</span>
          </>
        )}
        form={<IntermediaryForm base={base} onAdded={load} />}
      />
      <PartList
        id="chains"
        title={t('parts.chains')}
        empty={t('parts.noChains')}
        items={parts.chains}
        canEdit={canEdit}
        onRemove={(c) => remove(`value-chains/${c.id}`)}
        render={(c) => (
          <>
            <strong>{c.name}</strong> · {t(`parts.market.${c.endMarket}`)} · {t(`scope.${c.scope}`)}
            {c.shareOfOutput != null
              ? ` · ${t('parts.share', { share: percent.format(c.shareOfOutput) })}`
              : ''}
            <br />
            <span className="muted">
              {t(`governance.${c.governance}`)}: {t(`diagnose.governanceHelp.${c.governance}`)}
              {c.leadFirms.length ? ` · ${t('parts.leadFirms', { firms: c.leadFirms.join(', ') })}` : ''}
            </span>
          </>
        )}
        form={<ChainForm base={base} onAdded={load} />}
      />
    </>
  );
}

/** One kind of part: its heading, the list (with Remove buttons when editable) and its add form. */
function PartList<T extends { id: string; name: string }>(props: {
  id: string;
  title: string;
  intro?: string;
  empty: string;
  items: T[];
  canEdit: boolean;
  onRemove: (item: T) => Promise<void>;
  render: (item: T) => ReactNode;
  form: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.intro ? <p className="muted">{props.intro}</p> : null}
      {props.items.length ? (
        <ul className="parts" data-testid={props.id}>
          {props.items.map((item) => (
            <li key={item.id}>
              {props.render(item)}
              {props.canEdit ? (
                <RemoveButton
                  label={t('parts.remove', { name: item.name })}
                  question={t('lists.confirmRemove', { name: item.name })}
                  onRemove={() => props.onRemove(item)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{props.empty}</p>
      )}
      {props.canEdit ? props.form : null}
    </section>
  );
}

/** Remove asks first (issue 15): a removal cannot be taken back. */
function RemoveButton(props: { label: string; question: string; onRemove: () => Promise<void> }) {
  const { t } = useTranslation();
  const ask = () => {
    if (window.confirm(props.question)) void props.onRemove();
  };
  return (
    <button type="button" className="small" aria-label={props.label} onClick={ask}>
      {t('parts.removeShort')}
    </button>
  );
}

/** An add form: posts `body()` to `url`, shows the API's field errors, clears itself on success. */
function AddForm(props: {
  title: string;
  url: string;
  body: () => unknown;
  reset: () => void;
  onAdded: () => Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ApiForm
      title={props.title}
      submitLabel={t('parts.add')}
      send={() => sendJson('POST', props.url, props.body())}
      onDone={async () => {
        props.reset();
        await props.onAdded();
      }}
    >
      {props.children}
    </ApiForm>
  );
}

/** The required name of a member, intermediary or value chain. */
function NameField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return <Field label={t('parts.name')} value={value} onChange={(e) => onChange(e.target.value)} required />;
}

function MemberForm({ base, onAdded }: { base: string; onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('firm');
  const [size, setSize] = useState('');
  const [joined, setJoined] = useState('');
  return (
    <AddForm
      title={t('parts.addMember')}
      url={`${base}/members`}
      onAdded={onAdded}
      reset={() => {
        setName('');
        setSize('');
        setJoined('');
      }}
      body={() => ({
        name: name.trim(),
        kind,
        ...(kind === 'firm' && size ? { sizeClass: size, sme: size !== 'large' } : {}),
        ...(joined ? { joined: Number(joined) } : {}),
      })}
    >
      <NameField value={name} onChange={setName} />
      <Choice
        label={t('parts.kindLabel')}
        value={kind}
        onChange={setKind}
        options={KINDS}
        prefix="parts.kind."
      />
      {kind === 'firm' ? (
        <Choice
          label={t('parts.sizeLabel')}
          value={size}
          onChange={setSize}
          options={SIZES}
          prefix="parts.size."
          empty={t('parts.unknown')}
        />
      ) : null}
      <label>
        <span>{t('parts.joined')}</span>
        <input
          inputMode="numeric"
          value={joined}
          onChange={(e) => setJoined(e.target.value.replace(/\D/g, ''))}
        />
      </label>
    </AddForm>
  );
}

function IntermediaryForm({ base, onAdded }: { base: string; onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('business_association');
  const [roles, setRoles] = useState<string[]>([]);
  const [leads, setLeads] = useState(false);
  return (
    <AddForm
      title={t('parts.addIntermediary')}
      url={`${base}/intermediaries`}
      onAdded={onAdded}
      reset={() => {
        setName('');
        setRoles([]);
        setLeads(false);
      }}
      body={() => ({ name: name.trim(), kind, roles, leads })}
    >
      <NameField value={name} onChange={setName} />
      <Choice
        label={t('parts.kindLabel')}
        value={kind}
        onChange={setKind}
        options={KINDS.filter((k) => k !== 'firm')}
        prefix="parts.kind."
      />
      <fieldset>
        <legend>{t('parts.rolesLabel')}</legend>
        {ROLES.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={roles.includes(r)}
              onChange={(e) => setRoles((rs) => (e.target.checked ? [...rs, r] : rs.filter((x) => x !== r)))}
            />{' '}
            {t(`parts.role.${r}`)}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={leads} onChange={(e) => setLeads(e.target.checked)} />{' '}
        {t('parts.leadsLabel')}
      </label>
    </AddForm>
  );
}

function ChainForm({ base, onAdded }: { base: string; onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [market, setMarket] = useState<string>('global');
  const [scope, setScope] = useState<string>('global');
  const [governance, setGovernance] = useState<string>('quasi_hierarchy');
  const [share, setShare] = useState('');
  const [lead, setLead] = useState('');
  return (
    <AddForm
      title={t('parts.addChain')}
      url={`${base}/value-chains`}
      onAdded={onAdded}
      reset={() => {
        setName('');
        setShare('');
        setLead('');
      }}
      body={() => ({
        name: name.trim(),
        endMarket: market,
        scope,
        governance,
        ...(share ? { shareOfOutput: Number(share) / 100 } : {}),
        leadFirms: lead.trim() ? [lead.trim()] : [],
      })}
    >
      <NameField value={name} onChange={setName} />
      <Choice
        label={t('parts.marketLabel')}
        value={market}
        onChange={setMarket}
        options={MARKETS}
        prefix="parts.market."
      />
      <Choice
        label={t('parts.scopeLabel')}
        value={scope}
        onChange={setScope}
        options={['domestic', 'global']}
        prefix="scope."
      />
      <Choice
        label={t('parts.governanceLabel')}
        value={governance}
        onChange={setGovernance}
        options={GOVERNANCE}
        prefix="governance."
      />
      <label>
        <span>{t('parts.shareLabel')}</span>
        <input
          inputMode="numeric"
          value={share}
          onChange={(e) => setShare(e.target.value.replace(/[^\d.]/g, ''))}
        />
      </label>
      <label>
        <span>{t('parts.leadLabel')}</span>
        <input value={lead} onChange={(e) => setLead(e.target.value)} />
      </label>
    </AddForm>
  );
}
