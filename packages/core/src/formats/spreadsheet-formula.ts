/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet program runs a cell that starts
 * with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a formula, so a
 * cluster named `=HYPERLINK(…)` in a download would run on the reader's machine. Every
 * CSV the platform writes passes its text cells through `neutraliseFormula`.
 */

const formulaStart = /^[=+\-@\t\r]/;
/** A plain decimal number (`-0.5`, `+3`, `1e-9`): a spreadsheet reads it as a number, not a formula. */
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A text cell a spreadsheet will show, never evaluate: one starting with = + - @ TAB
 * or CR gets a leading single quote. Plain numbers written as text (`-0.5`) and every
 * other cell are returned unchanged.
 * @example
 * neutraliseFormula('=HYPERLINK("http://evil","x")') // → `'=HYPERLINK("http://evil","x")`
 * neutraliseFormula('-0.5') // → '-0.5'
 * neutraliseFormula('São Paulo') // → 'São Paulo'
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}
