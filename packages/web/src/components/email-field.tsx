/** The e-mail field of the sign-in and forgotten-password forms (the browser offers the saved address). */
import { useTranslation } from 'react-i18next';
import { Field } from './field';

export function EmailField({ value, onValue }: { value: string; onValue: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Field
      label={t('account.email')}
      type="email"
      name="email"
      autoComplete="username"
      required
      value={value}
      onValue={onValue}
    />
  );
}
