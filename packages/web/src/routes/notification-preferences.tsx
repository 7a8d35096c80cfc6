/**
 * The preferences form of `/notifications`: the language of notifications and e-mails,
 * and per kind whether it shows in the app and goes by e-mail; says when the platform
 * only logs e-mails (no SMTP server). API: GET|PUT /api/notifications/preferences.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type GetAnswer } from '../api-client';
import { FormProblems, problemLines } from '../components/api-form';
import { DataTable } from '../components/data-table';
import { LanguageOptions } from '../components/language-options';
import { useFetched } from '../use-fetched';

type Preferences = GetAnswer<'/api/notifications/preferences'>;

export function NotificationPreferencesForm() {
  const { t } = useTranslation();
  const { data } = useFetched<Preferences>('/api/notifications/preferences');
  const [form, setForm] = useState<Preferences | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setForm(data), [data]);
  if (!form) return null;

  const toggle = (kind: string, channel: 'inApp' | 'email', on: boolean) => {
    setSaved(false);
    setForm({ ...form, kinds: form.kinds.map((k) => (k.kind === kind ? { ...k, [channel]: on } : k)) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { emailDelivery: _delivery, ...body } = form;
    sendJson<Preferences>('PUT', '/api/notifications/preferences', body).then(
      (answer) => {
        setForm(answer);
        setProblems(null);
        setSaved(true);
      },
      (err: unknown) => setProblems(problemLines(t, err)),
    );
  };
  return (
    <form
      className="notification-preferences"
      onSubmit={submit}
      aria-labelledby="notification-preferences-title"
    >
      <h2 id="notification-preferences-title">{t('notifications.preferences')}</h2>
      {form.emailDelivery === 'log' ? <p className="note">{t('notifications.emailLogged')}</p> : null}
      <label>
        {t('notifications.language')}{' '}
        <select
          value={form.language}
          onChange={(e) => {
            setSaved(false);
            setForm({ ...form, language: e.target.value as Preferences['language'] });
          }}
        >
          <LanguageOptions />
        </select>
      </label>
      <DataTable
        name="notification-preferences"
        columns={[
          { label: t('notifications.kind') },
          { label: t('notifications.inApp') },
          { label: t('notifications.email') },
        ]}
      >
        <tbody>
          {form.kinds.map((k) => (
            <tr key={k.kind}>
              <th scope="row">{t(`notifications.kinds.${k.kind}`)}</th>
              {(['inApp', 'email'] as const).map((channel) => (
                <td key={channel}>
                  <input
                    type="checkbox"
                    aria-label={`${t(`notifications.kinds.${k.kind}`)}: ${t(`notifications.${channel}`)}`}
                    checked={k[channel]}
                    onChange={(e) => toggle(k.kind, channel, e.target.checked)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      <FormProblems lines={problems} />
      <button type="submit">{t('notifications.save')}</button>
      {saved ? <p role="status">{t('notifications.saved')}</p> : null}
    </form>
  );
}
