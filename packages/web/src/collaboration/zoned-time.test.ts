import { describe, expect, it } from 'vitest';
import { formatInZone, instantToZoned, zonedToInstant } from './zoned-time';

describe('zonedToInstant and instantToZoned', () => {
  it('read a venue clock as the instant the API stores, and back', () => {
    expect(zonedToInstant('2027-03-10', '09:00', 'America/Mexico_City')).toBe('2027-03-10T15:00:00.000Z');
    expect(zonedToInstant('2027-07-01', '09:00', 'Europe/Madrid')).toBe('2027-07-01T07:00:00.000Z');
    expect(zonedToInstant('2027-01-15', '09:00', 'Europe/Madrid')).toBe('2027-01-15T08:00:00.000Z');
    expect(instantToZoned('2027-07-01T07:00:00Z', 'Europe/Madrid')).toEqual({
      date: '2027-07-01',
      time: '09:00',
    });
  });

  it('keep the wall clock across a change of offset (Madrid, last Sunday of March)', () => {
    // 03:30 on 2027-03-28 is after the change (UTC+2); 01:30 before it (UTC+1).
    expect(zonedToInstant('2027-03-28', '03:30', 'Europe/Madrid')).toBe('2027-03-28T01:30:00.000Z');
    expect(zonedToInstant('2027-03-28', '01:30', 'Europe/Madrid')).toBe('2027-03-28T00:30:00.000Z');
  });

  it('write an instant as the venue reads it, not as the browser does', () => {
    expect(formatInZone('2027-03-10T15:00:00Z', 'America/Mexico_City', 'en', { timeStyle: 'short' })).toMatch(
      /9:00\sAM/,
    );
  });
});
