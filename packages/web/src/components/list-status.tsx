/**
 * The status of a paged list (cluster list, organisation directory): loading, an error
 * with a retry, "showing 1–20 of 57" (a polite live region), and the empty state with
 * a way to clear the filters. Texts are `<prefix>.loading|error|showing|empty|clear`
 * (and `<prefix>.errorHint` when `hint`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api-errors';

export type ListState<P extends { total: number; offset: number; items: readonly unknown[] }> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; page: P };

export function ListStatus<P extends { total: number; offset: number; items: readonly unknown[] }>({
  state,
  prefix,
  hint = false,
  onRetry,
  onClear,
}: {
  state: ListState<P>;
  prefix: string;
  hint?: boolean;
  onRetry(): void;
  onClear(): void;
}) {
  const { t, i18n } = useTranslation();
  const numbers = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  return (
    <>
      <div aria-live="polite" className="status">
        {state.status === 'loading' && <p>{t(`${prefix}.loading`)}</p>}
        {state.status === 'error' && (
          <div role="alert" className="error">
            <p>{t(`${prefix}.error`, { message: errorMessage(t, state.error) })}</p>
            {hint ? <p>{t(`${prefix}.errorHint`)}</p> : null}
            <button type="button" onClick={onRetry}>
              {t('clusters.retry')}
            </button>
          </div>
        )}
        {state.status === 'ready' && state.page.total > 0 && (
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
