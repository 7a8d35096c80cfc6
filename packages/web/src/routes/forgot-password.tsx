/**
 * "Forgot your password?" (`/account/forgot`, linked from sign-in): an e-mail address; the
 * answer is the same whether an account exists or not (no enumeration). The e-mail is
 * written in the page's language. API: POST /api/auth/password-reset {email, language} → 202.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../api-client';
import { FormProblems, problemLines } from '../components/api-form';
import { EmailField } from '../components/email-field';

export default function ForgotPassword() {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string[] | null>(null);
  useEffect(() => {
    document.title = `${t('accounts.forgot.title')} · polos`;
  }, [t]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await sendJson('POST', '/api/auth/password-reset', { email: email.trim(), language: i18n.language });
      setProblem(null);
      setSent(true);
    } catch (error) {
      setProblem(problemLines(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" tabIndex={-1} className="narrow">
      <h1>{t('accounts.forgot.title')}</h1>
      {sent ? (
        <p role="status" data-testid="reset-sent">
          {t('accounts.forgot.sent')}
        </p>
      ) : (
        <>
          <p className="intro">{t('accounts.forgot.intro')}</p>
          <form className="form" onSubmit={(e) => void submit(e)}>
            <EmailField value={email} onValue={setEmail} />
            <FormProblems lines={problem} />
            <button type="submit" className="primary" disabled={busy || !email.trim()}>
              {t('accounts.forgot.send')}
            </button>
          </form>
        </>
      )}
    </main>
  );
}
