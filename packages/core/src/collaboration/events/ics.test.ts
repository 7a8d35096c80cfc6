import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toICalendar } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar agenda', () => {
  const text = toICalendar({
    name: 'Encuentro EU–LAC; Bilbao, 2026',
    timeZone: 'Europe/Madrid',
    stamp: '2026-05-01T08:00:00.000Z',
    entries: [
      {
        uid: 'm-1@polos',
        start: '2026-05-12T07:00:00.000Z',
        end: '2026-05-12T07:20:00.000Z',
        summary: `Reunión con Asociación Clúster de Movilidad y Logística de Euskadi — ${'ñ'.repeat(60)}`,
        location: 'Mesa 4',
        description: 'line one\nline two',
      },
    ],
  });

  it('ends every line in CRLF and folds none over 75 octets, never inside a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Unfolding gives back the summary whole.
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      `SUMMARY:Reunión con Asociación Clúster de Movilidad y Logística de Euskadi — ${'ñ'.repeat(60)}\r\n`,
    );
  });

  it('has one VEVENT with UID, DTSTAMP, DTSTART and DTEND in UTC, SUMMARY and LOCATION = the table', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    for (const line of [
      'UID:m-1@polos',
      'DTSTAMP:20260501T080000Z',
      'DTSTART:20260512T070000Z',
      'DTEND:20260512T072000Z',
      'LOCATION:Mesa 4',
      'DESCRIPTION:line one\\nline two',
      'X-WR-CALNAME:Encuentro EU–LAC\\; Bilbao\\, 2026',
      'END:VCALENDAR',
    ])
      expect(unfolded).toContain(`${line}\r\n`);
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds a line of exactly 75 octets not at all, and one of 76 into two', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
});
