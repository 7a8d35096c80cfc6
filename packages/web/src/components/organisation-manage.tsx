/**
 * What whoever acts for an organisation does on its page: edit the profile (PATCH), submit
 * it for publication, invite a colleague as administrator (by the e-mail of their polos
 * account); staff (admins, analysts) also publish. The server checks every write again.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../api-client';
import { getAdmins, type Organisation, type OrganisationAdmin } from '../api/organisations';
import { useSession } from '../session';
import { ApiForm } from './api-form';
import { Field } from './field';
import { profileForm, profilePatch, type ProfileForm } from './organisation-patch';

const path = (id: string, tail = '') => `/api/organisations/${encodeURIComponent(id)}${tail}`;

export function OrganisationManage({ org, onChanged }: { org: Organisation; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [form, setForm] = useState<ProfileForm>(() => profileForm(org));
  const [admins, setAdmins] = useState<OrganisationAdmin[] | null>(null);
  const [email, setEmail] = useState('');
  useEffect(() => setForm(profileForm(org)), [org]);
  useEffect(() => {
    getAdmins(org.id).then(setAdmins, () => setAdmins([]));
  }, [org.id]);
  const text = (key: keyof ProfileForm, label: string, extra: Record<string, string> = {}) => (
    <Field
      label={label}
      value={String(form[key])}
      onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      {...extra}
    />
  );
  const canPublish = session.user ? session.can.publishOrganisation(session.user) : false;

  return (
    <section aria-labelledby="manage-title" className="org-manage">
      <h2 id="manage-title">{t('directory.manage')}</h2>
      <div className="actions">
        {org.publicationStatus === 'draft' ? (
          <ApiForm
            title={t('directory.submit')}
            testId="submit"
            submitLabel={t('directory.submitButton')}
            send={() => sendJson('POST', path(org.id, '/submit'))}
            onDone={onChanged}
          >
            <p>{t('directory.submitHelp')}</p>
          </ApiForm>
        ) : null}
        {canPublish && org.publicationStatus !== 'published' ? (
          <ApiForm
            title={t('directory.publish')}
            testId="publish"
            submitLabel={t('directory.publishButton')}
            send={() => sendJson('POST', `${path(org.id, '/publish')}?lang=${i18n.language}`)}
            onDone={onChanged}
          >
            <p>{t('directory.publishHelp')}</p>
          </ApiForm>
        ) : null}
      </div>
      <ApiForm
        title={t('directory.edit')}
        testId="edit-profile"
        submitLabel={t('directory.save')}
        savedText={t('directory.saved')}
        send={() => sendJson('PATCH', path(org.id), profilePatch(org, form))}
        onDone={onChanged}
      >
        {text('sectorDescription', t('directory.field.sectorDescription'))}
        {text('technologies', t('directory.field.technologiesList'))}
        {text('languages', t('directory.field.languagesList'))}
        {text('targetMarkets', t('directory.field.targetMarketsList'))}
        {text('website', t('directory.field.website'), { type: 'url' })}
        {text('founded', t('directory.field.founded'), { inputMode: 'numeric' })}
        {text('staffFte', t('directory.field.staff'), { inputMode: 'decimal' })}
        <label className="check">
          <input
            type="checkbox"
            checked={form.lookingForPartners}
            onChange={(e) => setForm({ ...form, lookingForPartners: e.target.checked })}
          />{' '}
          {t('directory.field.lookingForPartners')}
        </label>
      </ApiForm>
      <h3>{t('directory.admins')}</h3>
      {admins === null ? (
        <p role="status">{t('directory.loading')}</p>
      ) : admins.length ? (
        <ul data-testid="admins">
          {admins.map((a) => (
            <li key={a.userId}>
              {a.name} <span className="muted">({a.email})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('directory.noAdmins')}</p>
      )}
      <ApiForm
        title={t('directory.invite')}
        testId="invite"
        submitLabel={t('directory.inviteButton')}
        savedText={t('directory.invited')}
        send={() => sendJson<OrganisationAdmin[]>('POST', path(org.id, '/admins'), { email: email.trim() })}
        onDone={(list) => {
          setAdmins(list);
          setEmail('');
        }}
      >
        <Field label={t('directory.inviteEmail')} type="email" value={email} onValue={setEmail} required />
        <small className="muted">{t('directory.inviteHelp')}</small>
      </ApiForm>
    </section>
  );
}
