/** "Current password": the field that confirms a change of one's own account. */
import { useTranslation } from 'react-i18next';
import { Field } from '../components/field';

export function CurrentPasswordField({
  name,
  value,
  onValue,
}: {
  name: string;
  value: string;
  onValue: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field
      label={t('accounts.me.currentPassword')}
      type="password"
      name={name}
      autoComplete="current-password"
      required
      value={value}
      onValue={onValue}
    />
  );
}
