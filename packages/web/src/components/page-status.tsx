/**
 * The frames every data page shares: a page that is still loading or failed to load
 * (`PageStatus`), and the previous/next pager of a paged list.
 */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api-errors';

/** The whole page while its data loads, or its error (with "Try again" when `onRetry`). */
export function PageStatus({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" tabIndex={-1}>
      {error == null ? (
        <p role="status">{t('directory.loading')}</p>
      ) : (
        <div role="alert" className="error">
          <p>{t('directory.error', { message: errorMessage(t, error) })}</p>
          {onRetry ? (
            <button type="button" onClick={onRetry}>
              {t('clusters.retry')}
            </button>
          ) : null}
        </div>
      )}
    </main>
  );
}

/** Previous / next over `total` rows shown `size` at a time; `page` is 1-based. */
export function Pager({
  page,
  size,
  total,
  onPage,
}: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= size) return null;
  return (
    <nav className="pager" aria-label={t('directory.pagination')}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('clusters.previous')}
      </button>
      <button type="button" disabled={page * size >= total} onClick={() => onPage(page + 1)}>
        {t('clusters.next')}
      </button>
    </nav>
  );
}
