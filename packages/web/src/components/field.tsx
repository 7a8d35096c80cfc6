/**
 * A labelled text input: the label's text above, the input's own attributes passed
 * through. `onValue` receives the typed text (instead of `onChange`'s event).
 */
import type { InputHTMLAttributes, ReactNode } from 'react';

export function Field({
  label,
  onValue,
  ...input
}: { label: ReactNode; onValue?: (value: string) => void } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label>
      <span>{label}</span>
      <input {...input} onChange={input.onChange ?? (onValue ? (e) => onValue(e.target.value) : undefined)} />
    </label>
  );
}
