/** A labelled text input: the label's text above, the input's own attributes passed through. */
import type { InputHTMLAttributes, ReactNode } from 'react';

export function Field({ label, ...input }: { label: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label>
      <span>{label}</span>
      <input {...input} />
    </label>
  );
}
