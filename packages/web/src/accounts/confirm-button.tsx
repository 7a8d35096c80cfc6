/**
 * A button for an action that cannot be undone (revoke a token, deactivate an account, sign
 * out everywhere): the first press asks the question in place, with "Yes" and "Cancel";
 * only "Yes" acts. Focus moves to the question, and back to the button on Cancel.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmButton({
  label,
  ariaLabel,
  question,
  onConfirm,
}: {
  label: string;
  /** The button's accessible name when `label` alone is ambiguous (one per table row). */
  ariaLabel?: string;
  question: string;
  onConfirm: () => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button type="button" ref={buttonRef} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={ariaLabel ?? label}>
      <span tabIndex={-1} ref={questionRef}>
        {question}
      </span>{' '}
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void Promise.resolve(onConfirm()).finally(() => {
            setBusy(false);
            setAsking(false);
          });
        }}
      >
        {t('accounts.confirm.yes')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('accounts.confirm.cancel')}
      </button>
    </span>
  );
}
