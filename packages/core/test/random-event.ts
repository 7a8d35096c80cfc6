/**
 * A seeded random matchmaking event for the scheduler's tests and bench: `participants`
 * organisations, two sessions of `slotsPerSession` slots, `tables` tables, about
 * `requests` meeting requests between random pairs; 80 % attend both sessions, 10 % each
 * only one.
 */
import type { MeetingPair, ScheduleInput, Slot } from '../src/collaboration/events/schedule';
import { seededRandom } from '../src/mapping/industry-communities';

export function randomEvent(options: {
  seed: number;
  participants: number;
  slotsPerSession: number;
  tables: number;
  requests: number;
}): ScheduleInput & { requestCount: number } {
  const random = seededRandom(options.seed);
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
