/**
 * A searchable picker for long lists (1,222 products, 5,570 municipalities): a text field
 * with the browser's suggestions (a `datalist`) that picks an option when the text equals
 * one of them or its code; the list's <select> stays the complete keyboard path.
 */
import { useId, useState } from 'react';

export interface PickerOption {
  code: string;
  label: string;
}

/** How an option reads in the list: "Label (code)", or the code alone. */
export const optionText = (o: PickerOption) => (o.label === o.code ? o.code : `${o.label} (${o.code})`);

export function SearchPicker({
  label,
  placeholder,
  options,
  onPick,
}: {
  label: string;
  placeholder: string;
  options: readonly PickerOption[];
  onPick(code: string): void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const pick = (value: string) => {
    setText(value);
    const v = value.trim().toLowerCase();
    const hit = options.find((o) => optionText(o).toLowerCase() === v || o.code.toLowerCase() === v);
    if (hit) {
      onPick(hit.code);
      setText('');
    }
  };
  return (
    <label>
      <span>{label}</span>
      <input
        type="search"
        list={id}
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => pick(e.target.value)}
      />
      <datalist id={id}>
        {options.map((o) => (
          <option key={o.code} value={optionText(o)} />
        ))}
      </datalist>
    </label>
  );
}
