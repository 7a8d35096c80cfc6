/**
 * Which new passwords are refused (NIST SP 800-63B §5.1.1.2: compare against common,
 * expected or compromised values and context-specific words; no composition rules).
 * Checked wherever a password is set: `POST /api/users`, `polos user add`, the first admin
 * from `POLOS_ADMIN_PASSWORD`. Each rule has its own message (docs/security.md#passwords):
 *
 * 1. at least 12 characters (also in the core's `passwordSchema`), not only spaces;
 * 2. not one character repeated (`aaaaaaaaaaaa`), nor a pattern of up to 4 repeated (`abcabcabcabc`);
 * 3. not a run of consecutive characters (`123456789012`, `abcdefghijkl`, `zyxwvutsrqpo`) or
 *    of keyboard keys (`qwertyuiopas`);
 * 4. not the e-mail, its part before @, the name, or "polos", alone or with digits and
 *    symbols around it;
 * 5. not on the shipped list of 49,233 common passwords (data/common-passwords), nor one
 *    of them with digits, symbols or spaces added before or after (`password1234`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MIN_PASSWORD_LENGTH = 12;
const KEYBOARD = [
  'qwertyuiopasdfghjklzxcvbnm',
  '1234567890',
  'qwertzuiopasdfghjklyxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
];
const SERVICE = 'polos';

/** The shipped list, read once per data folder. */
const lists = new Map<string, ReadonlySet<string>>();
export function commonPasswords(dataPath: string): ReadonlySet<string> {
  let list = lists.get(dataPath);
  if (!list) {
    const text = readFileSync(join(dataPath, 'common-passwords', 'common-passwords.txt'), 'utf8');
    list = new Set(text.split('\n').filter(Boolean));
    lists.set(dataPath, list);
  }
  return list;
}

/** Lower case, without the digits, punctuation, symbols and spaces at both ends. */
function core(password: string): string {
  return password
    .toLowerCase()
    .replace(/^[\p{N}\p{P}\p{S}\s]+/u, '')
    .replace(/[\p{N}\p{P}\p{S}\s]+$/u, '');
}
const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function isRun(password: string): boolean {
  const chars = [...password.toLowerCase()].map((ch) => ch.codePointAt(0)!);
  const step = chars[1]! - chars[0]!;
  const digit = (c: number) => c >= 48 && c <= 57;
  const next = (a: number, b: number) =>
    b - a === step || (digit(a) && digit(b) && (step === 1 ? a === 57 && b === 48 : a === 48 && b === 57));
  if (step !== 1 && step !== -1) return false;
  for (let i = 1; i < chars.length; i++) if (!next(chars[i - 1]!, chars[i]!)) return false;
  return true;
}

function isKeyboardRow(password: string): boolean {
  const p = password.toLowerCase();
  return KEYBOARD.some((row) => {
    const rows = row + row;
    const reversed = [...rows].reverse().join('');
    return rows.includes(p) || reversed.includes(p);
  });
}

/**
 * Why `password` may not be used, as the end of a sentence starting "the password …", or
 * undefined when it may.
 * @example passwordProblem('password1234', { email: 'ana@example.org' }, list)
 *   // 'is a common password with digits or symbols added'
 */
export function passwordProblem(
  password: string,
  context: { email?: string; name?: string },
  common: ReadonlySet<string>,
): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `is too short: use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (!password.trim()) return 'is only spaces';
  if (/^(.)\1*$/su.test(password)) return 'is one character repeated';
  if (/^(.{1,4})\1+$/su.test(password)) return 'repeats a short pattern';
  if (isRun(password)) return 'is a run of consecutive characters (like 123456789012 or abcdefghijkl)';
  if (isKeyboardRow(password)) return 'is a row of keyboard keys (like qwertyuiopas)';

  const lower = password.toLowerCase();
  const email = context.email?.trim().toLowerCase();
  if (email && lower.includes(email)) return 'contains your e-mail address';
  const personal = new Set<string>();
  if (email) {
    const local = email.split('@')[0]!;
    personal.add(local).add(compact(local));
  }
  if (context.name) {
    personal.add(context.name.trim().toLowerCase()).add(compact(context.name));
    for (const word of context.name.toLowerCase().split(/\s+/)) if (word) personal.add(word);
  }
  personal.delete('');
  const stripped = core(password);
  if (personal.has(stripped) || personal.has(compact(stripped))) {
    return 'is your e-mail or name (with digits or symbols around it)';
  }
  if (stripped === SERVICE || compact(stripped) === SERVICE) return 'is the name of this service';

  if (common.has(lower)) return 'is one of the most common passwords';
  if (stripped && (common.has(stripped) || common.has(compact(stripped)))) {
    return 'is a common password with digits or symbols added';
  }
  return undefined;
}
