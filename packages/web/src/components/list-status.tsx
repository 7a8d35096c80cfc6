/**
 * The status of a paged list (cluster list, organisation directory): loading, an error
 * with a retry, "showing 1–20 of 57" (a polite live region), and the empty state with
 * a way to clear the filters. Texts are `<prefix>.loading|error|showing|empty|clear`
 * (and `<prefix>.errorHint` when `hint`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api-client';
import { errorMessage } from '../api-errors';

export type ListState<P extends { total: number; offset: number; items: readonly unknown[] }> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; page: P };

export function ListStatus<P extends { total: number; offset: number; items: readonly unknown[] }>({
  state,
  prefix,
  hint = false,
  onRetry,
  onClear,
  size,
  onPage,
}: {
  state: ListState<P>;
  prefix: string;
  hint?: boolean;
  onRetry(): void;
  onClear(): void;
  /** Rows per page and a way to change page: a page past the end then says so and offers the last. */
  size?: number;
  onPage?: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const numbers = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  // A page past the end (`?page=99` of 3): the total, else 0.
  const beyond =
    state.status === 'ready' && state.page.total > 0 && state.page.items.length === 0 ? state.page.total : 0;
  return (
    <>
      <div aria-live="polite" className="status">
        {state.status === 'loading' && <p>{t(`${prefix}.loading`)}</p>}
        {state.status === 'error' && (
          <div role="alert" className="error">
            <p>{t(`${prefix}.error`, { message: errorMessage(t, state.error) })}</p>
            {/* "Is the server running?" when it could not be reached or failed (5xx), not for a refused request. */}
            {hint && !(state.error instanceof ApiRequestError && state.error.status < 500) ? (
              <p>{t(`${prefix}.errorHint`)}</p>
            ) : null}
            <button type="button" onClick={onRetry}>
              {t('clusters.retry')}
            </button>
          </div>
        )}
        {beyond && size && onPage && state.status === 'ready' ? (
          <p>
            {t('list.beyondEnd', {
              page: numbers.format(Math.floor(state.page.offset / size) + 1),
              pages: numbers.format(Math.ceil(state.page.total / size)),
            })}{' '}
            <button type="button" onClick={() => onPage(Math.ceil(beyond / size))}>
              {t('list.lastPage')}
            </button>
          </p>
        ) : null}
        {state.status === 'ready' && state.page.total > 0 && !beyond && (
          <p data-testid="showing">
            {t(`${prefix}.showing`, {
              from: numbers.format(state.page.offset + 1),
              to: numbers.format(state.page.offset + state.page.items.length),
              total: numbers.format(state.page.total),
            })}
          </p>
        )}
      </div>
      {state.status === 'ready' && state.page.total === 0 && (
        <div className="empty">
          <p>{t(`${prefix}.empty`)}</p>
          <button type="button" onClick={onClear}>
            {t(`${prefix}.clear`)}
          </button>
        </div>
      )}
    </>
  );
}
