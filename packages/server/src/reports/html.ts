/**
 * The one HTML escaping helper of the reports (decision 087): every value interpolated into
 * `html\`…\`` is escaped unless it is already `SafeHtml` (the result of another `html\`…\``
 * or of `raw`, used only for markup the reports build themselves). Arrays are joined; null,
 * undefined and false print nothing. So a `<script>` in an organisation's name comes out as
 * text.
 */

/** Markup that is already safe to insert: built by `html` or `raw`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value: & < > " ' escaped. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => entities[ch]!);

/** What `html` accepts between its parts. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value as string | number));
}

/**
 * A template of markup whose values are escaped.
 * @example html`<h1>${org.name}</h1>` // name "<b>" → <h1>&lt;b&gt;</h1>
 */
export function html(parts: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = parts[0]!;
  values.forEach((value, i) => {
    out += render(value) + parts[i + 1]!;
  });
  return new SafeHtml(out);
}
