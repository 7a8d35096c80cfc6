/**
 * "Invite a user" on the Accounts page: by default an invitation e-mail (a link valid for
 * 7 days, in the chosen language) lets the person choose her password; "set a first password
 * instead" keeps the older way. Clusters are granted to a cluster manager (decision 103).
 * API: POST /api/users {email, name, role, grants, language, password?}.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '@polos/core/vocabulary-lists';
import { sendJson, type Schemas } from '../api-client';
import { FormProblems, problemLines } from '../components/api-form';
import { LanguageOptions } from '../components/language-options';
import { ClusterGrantsPicker } from './cluster-grants-picker';

export function InviteForm({
  clusters,
  onInvited,
}: {
  clusters: readonly Schemas['Cluster'][];
  onInvited: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('cluster_manager');
  const [language, setLanguage] = useState(i18n.language);
  const [withPassword, setWithPassword] = useState(false);
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<string[]>([]);
  const [problem, setProblem] = useState<string[] | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const who = { name: name.trim(), email: email.trim() };
    try {
      await sendJson('POST', '/api/users', {
        ...who,
        role,
        language,
        grants: role === 'cluster_manager' ? grants : [],
        ...(withPassword ? { password } : {}),
      });
      setProblem(null);
      setDone(withPassword ? t('admin.invited', who) : t('accounts.admin.invitedByEmail', who));
      setName('');
      setEmail('');
      setPassword('');
      setGrants([]);
      await onInvited();
    } catch (error) {
      setDone(null);
      setProblem(problemLines(t, error));
    }
  }

  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('admin.invite')}</h2>
      <form className="form narrow-form" onSubmit={(e) => void submit(e)}>
        <label>
          <span>{t('admin.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          <span>{t('admin.email')}</span>
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          <span>{t('admin.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`account.role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('accounts.admin.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <LanguageOptions />
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={withPassword} onChange={(e) => setWithPassword(e.target.checked)} />{' '}
          {t('accounts.admin.setPassword')}
        </label>
        {withPassword ? (
          <label>
            <span>{t('admin.password')}</span>
            <input
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
            <small className="muted">{t('admin.passwordHelp')}</small>
          </label>
        ) : (
          <p className="muted">{t('accounts.admin.byEmail')}</p>
        )}
        {role === 'cluster_manager' ? (
          <ClusterGrantsPicker
            clusters={clusters}
            grants={grants}
            onChange={setGrants}
            legend={t('admin.grantsLegend')}
            testId="grants"
          />
        ) : null}
        <FormProblems lines={problem} />
        {done ? <p role="status">{done}</p> : null}
        <button type="submit" className="primary">
          {t('admin.inviteButton')}
        </button>
      </form>
    </section>
  );
}
