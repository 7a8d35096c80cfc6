/** The `<option>`s of the interface languages, each in its own language (header, notification preferences). */
import { languages } from '../i18n';

export function LanguageOptions() {
  return (
    <>
      {languages.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.label}
        </option>
      ))}
    </>
  );
}
