import { useTranslation } from 'react-i18next';

/** A labelled select over a vocabulary; each option's text is `t(prefix + value)`. */
export function Choice(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[];
  prefix: string;
  /** Text of an empty first option (no choice: "All", "unknown"); none when absent. */
  empty?: string;
}) {
  const { t } = useTranslation();
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option key={o} value={o}>
            {t(`${props.prefix}${o}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
