/**
 * "Change e-mail" on `/account`: the new address and the current password; a link is sent
 * to the new address, and the address changes when it is followed (`/account/link`).
 * API: POST /api/auth/email {email, currentPassword} → 202.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../api-client';
import { FormProblems, problemLines } from '../components/api-form';
import { Field } from '../components/field';
import { CurrentPasswordField } from './current-password-field';

export function EmailChange() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string[] | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await sendJson('POST', '/api/auth/email', { email: email.trim(), currentPassword: password });
      setProblem(null);
      setSent(email.trim());
      setEmail('');
      setPassword('');
    } catch (error) {
      setSent(null);
      setProblem(problemLines(t, error));
    }
  }

  return (
    <section aria-labelledby="email-title">
      <h2 id="email-title">{t('accounts.me.emailTitle')}</h2>
      <p className="muted">{t('accounts.me.emailHelp')}</p>
      <form className="form narrow-form" onSubmit={(e) => void submit(e)}>
        <Field
          label={t('accounts.me.newEmail')}
          type="email"
          name="new-email"
          autoComplete="email"
          required
          value={email}
          onValue={setEmail}
        />
        <CurrentPasswordField name="email-current-password" value={password} onValue={setPassword} />
        <FormProblems lines={problem} />
        {sent ? <p role="status">{t('accounts.me.emailSent', { email: sent })}</p> : null}
        <button type="submit" className="primary">
          {t('accounts.me.changeEmail')}
        </button>
      </form>
    </section>
  );
}
