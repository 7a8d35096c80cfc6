/**
 * A post's expiry: six months after publication unless the poster says otherwise, never
 * more than twelve months ahead, never in the past. Dates are UTC calendar days.
 */
import { ApiError } from '../../errors';

export const DEFAULT_MONTHS = 6;
export const MAX_MONTHS = 12;

/** Today in UTC, YYYY-MM-DD. */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);

/** `day` plus `months` calendar months (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)))
    .toISOString()
    .slice(0, 10);
}

/** The expiry date asked for (or the default), checked against today; 400 names `expiresOn`. */
export function expiryFrom(asked: string | undefined, day = today()): string {
  if (asked === undefined) return addMonths(day, DEFAULT_MONTHS);
  const latest = addMonths(day, MAX_MONTHS);
  if (asked < day || asked > latest)
    throw new ApiError(400, 'invalid_input', 'invalid input', [
      {
        path: 'expiresOn',
        message: `use a date from ${day} to ${latest} (at most ${MAX_MONTHS} months ahead)`,
      },
    ]);
  return asked;
}
