/** Loading, or the error with a retry, of one section of the management page (a polite live region). */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api-errors';

export function SectionStatus({
  loading,
  error,
  retry,
}: {
  loading: boolean;
  error: unknown;
  retry(): void;
}) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" className="status">
      {loading ? <p>{t('management.loading')}</p> : null}
      {error ? (
        <div role="alert" className="error">
          <p>{errorMessage(t, error)}</p>
          <button type="button" onClick={retry}>
            {t('clusters.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
