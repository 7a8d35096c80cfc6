import { describe, expect, it } from 'vitest';
import { randomEvent } from '../../../test/random-event';
import { autoSchedule, mutualMeetings, schedule, type ScheduleInput, type Slot } from './schedule';

const slot = (id: string, sessionId = 's1'): Slot => ({
  id,
  sessionId,
  start: '2026-05-12T09:00:00.000Z',
  minutes: 20,
});

/** Meetings between two one-letter participants: `'AB'` is meeting `ab` of A and B. */
const meetings = (...pairs: string[]) => pairs.map((p) => ({ id: p.toLowerCase(), a: p[0]!, b: p[1]! }));
/** A placement at table T1. */
const atT1 = (meetingId: string, slotId: string) => ({ meetingId, slotId, table: 'T1' });

/** Every slot holds each participant and each table at most once; placements respect availability. */
function assertNoConflicts(
  input: ScheduleInput,
  placed: Array<{ meetingId: string; slotId: string; table: string }>,
) {
  const byId = new Map(input.meetings.map((m) => [m.id, m]));
  const slots = new Map(input.slots.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (const f of input.fixed ?? []) for (const k of [f.a, f.b, `#${f.table}`]) seen.add(`${f.slotId} ${k}`);
  for (const p of placed) {
    const m = byId.get(p.meetingId)!;
    const s = slots.get(p.slotId)!;
    expect(input.tables).toContain(p.table);
    for (const side of [m.a, m.b]) {
      const sessions = input.availability[side];
      expect(sessions === undefined || sessions.includes(s.sessionId), `${side} attends ${s.sessionId}`).toBe(
        true,
      );
    }
    for (const key of [m.a, m.b, `#${p.table}`]) {
      expect(seen.has(`${p.slotId} ${key}`), `${key} booked twice in ${p.slotId}`).toBe(false);
      seen.add(`${p.slotId} ${key}`);
    }
  }
}

describe('schedule', () => {
  it('a triangle in two slots at one table: two meetings placed, the third reported as participants busy', () => {
    const input: ScheduleInput = {
      slots: [slot('a1'), slot('a2')],
      tables: ['T1'],
      availability: {},
      meetings: meetings('AB', 'AC', 'BC'),
    };
    const result = schedule(input);
    expect(result.placed).toEqual([atT1('ab', 'a1'), atT1('ac', 'a2')]);
    expect(result.unplaced).toEqual([{ meetingId: 'bc', reason: 'participants_busy' }]);
    expect(result.upperBound).toBe(2);
  });

  it('places the most constrained meeting first and names why the others cannot be placed', () => {
    const input: ScheduleInput = {
      slots: [slot('x1', 's1'), slot('x2', 's2')],
      tables: ['T1'],
      availability: { C: ['s1'], E: ['s2'], F: ['s1'] },
      meetings: meetings('AB', 'AC', 'EF', 'GH'),
    };
    const result = schedule(input);
    // ac only fits x1, so it goes first; ab takes x2; gh finds no table left.
    expect(result.placed).toEqual([atT1('ab', 'x2'), atT1('ac', 'x1')]);
    expect(result.unplaced).toEqual([
      { meetingId: 'ef', reason: 'no_common_session' },
      { meetingId: 'gh', reason: 'no_table' },
    ]);
    assertNoConflicts(input, result.placed);
  });

  it('keeps fixed placements and never books their participants or tables again', () => {
    const input: ScheduleInput = {
      slots: [slot('a1'), slot('a2')],
      tables: ['T1', 'T2'],
      availability: {},
      meetings: meetings('AB'),
      fixed: [{ meetingId: 'old', slotId: 'a1', table: 'T2', a: 'A', b: 'C' }],
    };
    const result = schedule(input);
    expect(result.placed).toEqual([atT1('ab', 'a2')]);
    assertNoConflicts(input, result.placed);
  });

  it('a 200-participant event (10 slots × 40 tables, 1,500 requests): nobody and no table booked twice, availability kept, near the upper bound', () => {
    const input = randomEvent({
      seed: 12,
      participants: 200,
      slotsPerSession: 5,
      tables: 40,
      requests: 1500,
    });
    expect(input.requestCount).toBe(1500);
    const result = schedule(input);
    assertNoConflicts(input, result.placed);
    // Every meeting is either placed or reported, once.
    const ids = [...result.placed.map((p) => p.meetingId), ...result.unplaced.map((u) => u.meetingId)].sort();
    expect(ids).toEqual(input.meetings.map((m) => m.id).sort());
    expect(result.placed.length).toBeLessThanOrEqual(result.upperBound);
    expect(result.upperBound).toBe(400); // 10 slots × 40 tables
    expect(result.placed.length).toBeGreaterThanOrEqual(0.95 * result.upperBound);
    for (const u of result.unplaced)
      expect(['no_common_session', 'participants_busy', 'no_table']).toContain(u.reason);
  });
});

describe('mutual requests', () => {
  it('turns a pair of requests each way into one meeting named by the earlier, and leaves one-way requests', () => {
    const requests = [
      { id: 'r2', from: 'B', to: 'A', at: '2026-05-01T10:00:00Z' },
      { id: 'r1', from: 'A', to: 'B', at: '2026-05-01T09:00:00Z' },
      { id: 'r3', from: 'A', to: 'C', at: '2026-05-01T09:30:00Z' },
    ];
    expect(mutualMeetings(requests)).toEqual([{ id: 'r1', a: 'A', b: 'B', mergedId: 'r2' }]);
    const result = autoSchedule({
      slots: [slot('a1')],
      tables: ['T1', 'T2'],
      availability: {},
      accepted: [{ id: 'm9', a: 'C', b: 'D' }],
      requests,
    });
    expect(result.placed.map((p) => p.meetingId).sort()).toEqual(['m9', 'r1']);
    expect(result.unplaced).toEqual([]);
  });
});
