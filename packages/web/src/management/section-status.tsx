/**
 * Loading, or the error with a retry, of one section of the management page (a polite live
 * region). A 404 (a 401 when signed out) is what the API answers for records the organisation
 * has not published.
 */
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api-client';
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
      {error instanceof ApiRequestError && (error.status === 404 || error.status === 401) ? (
        <p>{t('management.private')}</p>
      ) : error ? (
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
