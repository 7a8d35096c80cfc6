/**
 * A seeded random matchmaking event for the scheduler's tests and bench: `participants`
 * organisations, two sessions of `slotsPerSession` slots, `tables` tables, about
 * `requests` meeting requests between random pairs; 80 % attend both sessions, 10 % each
 * only one.
 */
import type { MeetingPair, ScheduleInput, Slot } from '../src/collaboration/events/schedule';

/** mulberry32: a small seeded generator, enough for test data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomEvent(options: {
  seed: number;
  participants: number;
  slotsPerSession: number;
  tables: number;
  requests: number;
}): ScheduleInput & { requestCount: number } {
  const random = seeded(options.seed);
  const slots: Slot[] = [];
  for (const [i, sessionId] of ['s1', 's2'].entries())
    for (let j = 0; j < options.slotsPerSession; j++)
      slots.push({
        id: `${sessionId}-${j + 1}`,
        sessionId,
        start: new Date(Date.UTC(2026, 4, 12 + i, 9, j * 20)).toISOString(),
        minutes: 20,
      });
  const people = Array.from({ length: options.participants }, (_, i) => `org-${i}`);
  const availability: Record<string, string[] | undefined> = {};
  for (const p of people) {
    const r = random();
    availability[p] = r < 0.8 ? undefined : r < 0.9 ? ['s1'] : ['s2'];
  }
  const seen = new Set<string>();
  const meetings: MeetingPair[] = [];
  let requestCount = 0;
  for (let k = 0; requestCount < options.requests && k < options.requests * 20; k++) {
    const a = people[Math.floor(random() * people.length)]!;
    const b = people[Math.floor(random() * people.length)]!;
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    requestCount += 1;
    // A request the other way already made this pair a meeting.
    if (seen.has(`${b}>${a}`)) continue;
    meetings.push({ id: `m-${meetings.length}`, a, b });
  }
  const tables = Array.from({ length: options.tables }, (_, i) => `Table ${i + 1}`);
  return { slots, tables, availability, meetings, requestCount };
}
