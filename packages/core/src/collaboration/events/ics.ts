/**
 * An agenda as iCalendar (RFC 5545): one VCALENDAR with one VEVENT per meeting (UID,
 * DTSTAMP, DTSTART/DTEND in UTC, SUMMARY, LOCATION = the table). Lines end in CRLF and are
 * folded at 75 octets (never inside a UTF-8 character); text values are escaped (§3.3.11).
 * Pure: the caller passes the stamp time.
 */

export interface CalendarEntry {
  uid: string;
  /** ISO instants. */
  start: string;
  end: string;
  summary: string;
  location: string;
  description?: string;
}

const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line at 75 octets: continuation lines start with a space (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines hold 74 after their leading space.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** 20261203T093000Z */
export function icsInstant(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function toICalendar(options: {
  name: string;
  timeZone: string;
  stamp: string;
  entries: CalendarEntry[];
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//polos//matchmaking events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${options.timeZone}`,
  ];
  for (const e of options.entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsInstant(options.stamp)}`,
      `DTSTART:${icsInstant(e.start)}`,
      `DTEND:${icsInstant(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `LOCATION:${escapeText(e.location)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
