/**
 * A new password typed twice, with the rule shown under it (used on `/account` and on the
 * page of an invitation or reset link). `mismatch` is true while the two differ.
 */
import { useTranslation } from 'react-i18next';
import { Field } from '../components/field';

export function NewPasswordFields({
  value,
  again,
  onValue,
  onAgain,
}: {
  value: string;
  again: string;
  onValue: (v: string) => void;
  onAgain: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        <span>{t('accounts.me.newPassword')}</span>
        <input
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          aria-describedby="password-rule"
          value={value}
          onChange={(e) => onValue(e.target.value)}
        />
      </label>
      <small className="muted" id="password-rule">
        {t('accounts.me.passwordRule')}
      </small>
      <Field
        label={t('accounts.me.newPasswordAgain')}
        type="password"
        name="new-password-again"
        autoComplete="new-password"
        required
        value={again}
        onValue={onAgain}
      />
    </>
  );
}
