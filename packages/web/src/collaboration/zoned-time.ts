/**
 * Wall-clock times of an event's time zone (IANA) and the UTC instants the API stores,
 * both ways, with Intl only (no time-zone database in the bundle). An event's organiser
 * types "09:00 on 2027-03-10" as it reads at the venue; the API wants an instant.
 */

/** Milliseconds that `timeZone` is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ISO 8601 in UTC) at which the clocks of `timeZone` read `date` (YYYY-MM-DD)
 * `time` (HH:MM). Across a change of offset the second estimate settles it.
 *
 * @example zonedToInstant('2027-03-10', '09:00', 'America/Mexico_City') // '2027-03-10T15:00:00.000Z'
 */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

/**
 * What the clocks of `timeZone` read at `iso`: `{ date: 'YYYY-MM-DD', time: 'HH:MM' }`.
 *
 * @example instantToZoned('2027-03-10T15:00:00Z', 'America/Mexico_City') // { date: '2027-03-10', time: '09:00' }
 */
export function instantToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const wall = new Date(Date.parse(iso) + offsetAt(Date.parse(iso), timeZone)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** `iso` written for people in `lang`, as the clocks of `timeZone` read it. */
export function formatInZone(
  iso: string,
  timeZone: string,
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return new Intl.DateTimeFormat(lang, { ...options, timeZone }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD, no time zone) written for people in `lang`. */
export function formatDay(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
