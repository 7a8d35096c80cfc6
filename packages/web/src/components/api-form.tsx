/**
 * How the app's forms tell what went wrong, and the folding form that sends one write to
 * the API (profile parts, overview, key figures): the API's error in the user's language,
 * then one line per bad field (api-errors.ts), in a `role="alert"` box.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { describeError } from '../api-errors';
import { FormInputError } from './form-input-error';

/** The error as lines: what went wrong, each bad field, and the server's detail if any. */
export function problemLines(t: TFunction, error: unknown): string[] {
  if (error instanceof FormInputError) return [t('forms.checkFields'), ...error.lines];
  const d = describeError(t, error);
  return [d.text, ...d.fields, ...(d.detail ? [d.detail] : [])];
}

export function FormProblems({ lines }: { lines: readonly string[] | null }) {
  if (!lines?.length) return null;
  return (
    <div className="form-error" role="alert">
      <p>{lines[0]}</p>
      {lines.length > 1 ? (
        <ul>
          {lines.slice(1).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * A form folded under `title`: on submit it awaits `send()`, then `onDone(result)`; a
 * failure shows its problems in the form. `savedText` is shown after a success.
 */
export function ApiForm<T>({
  title,
  testId,
  submitLabel,
  savedText,
  send,
  onDone,
  open,
  children,
}: {
  title: string;
  /** Unfolded when shown (a form prefilled from elsewhere on the page). */
  open?: boolean;
  testId?: string;
  submitLabel: string;
  savedText?: string;
  send: () => Promise<T>;
  onDone: (result: T) => void | Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string[] | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await send();
      setProblem(null);
      setDone(true);
      await onDone(result);
    } catch (error) {
      setDone(false);
      setProblem(problemLines(t, error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <details className="add-form" data-testid={testId} open={open}>
      <summary>{title}</summary>
      <form className="form" onSubmit={(e) => void submit(e)}>
        {children}
        <FormProblems lines={problem} />
        {done && savedText ? <p role="status">{savedText}</p> : null}
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </details>
  );
}
