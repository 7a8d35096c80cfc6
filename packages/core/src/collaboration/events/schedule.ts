/**
 * The matchmaking-event scheduler (issue 12 point 4; docs/methods/event-scheduler.md,
 * decision 078). Pure: given the event's slots and tables, each participant's sessions and
 * the accepted meetings (pairs of participant organisations), it gives every meeting it can
 * a slot and a table with no participant and no table booked twice in a slot.
 *
 * Method: greedy, most-constrained meeting first (fewest slots both sides attend, then the
 * busier pair), each into the first slot where both sides are free and a table is left;
 * then a bounded repair pass that frees a slot for an unplaced meeting by moving one of the
 * blocking meetings to another slot (one move per try, at most slots × 2 tries per meeting).
 * Placements given as `fixed` are kept as they are. What cannot be placed is reported with
 * its reason.
 */

export interface Slot {
  id: string;
  sessionId: string;
  /** ISO instant (UTC). */
  start: string;
  minutes: number;
}

export interface MeetingPair {
  id: string;
  a: string;
  b: string;
}

export interface Placement {
  meetingId: string;
  slotId: string;
  table: string;
}

export type UnplacedReason =
  /** The two sides attend no session in common. */
  | 'no_common_session'
  /** Every slot both attend is taken by another meeting of one side. */
  | 'participants_busy'
  /** Both sides are free in some slot, but every table is taken there. */
  | 'no_table';

export interface ScheduleInput {
  slots: Slot[];
  /** Table or virtual-room names, all available in every slot. */
  tables: string[];
  /** The session ids each participant attends; a participant not listed attends all. */
  availability: Record<string, string[] | undefined>;
  meetings: MeetingPair[];
  /** Placements already made, kept as they are (their meetings are not in `meetings`). */
  fixed?: Array<Placement & { a: string; b: string }>;
}

export interface ScheduleResult {
  placed: Placement[];
  unplaced: Array<{ meetingId: string; reason: UnplacedReason }>;
  /** An upper bound on how many of `meetings` any schedule could place (see upperBound). */
  upperBound: number;
}

const FIXED = '';
const REPAIR_TRIES_PER_SLOT = 2;

export function schedule(input: ScheduleInput): ScheduleResult {
  const { slots, tables } = input;
  // slotId → participant → the meeting they are in there (FIXED for a kept placement).
  const who = new Map<string, Map<string, string>>(slots.map((s) => [s.id, new Map()]));
  const tablesUsed = new Map<string, Set<string>>(slots.map((s) => [s.id, new Set()]));
  const inSlot = new Map<string, Set<string>>(slots.map((s) => [s.id, new Set()]));
  const at = new Map<string, { slotId: string; table: string }>();
  for (const f of input.fixed ?? []) {
    who.get(f.slotId)?.set(f.a, FIXED).set(f.b, FIXED);
    tablesUsed.get(f.slotId)?.add(f.table);
  }
  const attends = (p: string, slot: Slot) => {
    const sessions = input.availability[p];
    return sessions === undefined || sessions.includes(slot.sessionId);
  };
  const common = new Map<string, Slot[]>();
  for (const m of input.meetings)
    common.set(
      m.id,
      slots.filter((s) => attends(m.a, s) && attends(m.b, s)),
    );
  const degree = new Map<string, number>();
  for (const m of input.meetings) for (const p of [m.a, m.b]) degree.set(p, (degree.get(p) ?? 0) + 1);
  const load = (m: MeetingPair) => degree.get(m.a)! + degree.get(m.b)!;
  const order = [...input.meetings].sort(
    (x, y) =>
      common.get(x.id)!.length - common.get(y.id)!.length ||
      load(y) - load(x) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
  const byId = new Map(input.meetings.map((m) => [m.id, m]));

  const freeTable = (slotId: string) => tables.find((t) => !tablesUsed.get(slotId)!.has(t));
  const free = (m: MeetingPair, slotId: string) => !who.get(slotId)!.has(m.a) && !who.get(slotId)!.has(m.b);
  const put = (m: MeetingPair, slotId: string, table: string) => {
    who.get(slotId)!.set(m.a, m.id).set(m.b, m.id);
    tablesUsed.get(slotId)!.add(table);
    inSlot.get(slotId)!.add(m.id);
    at.set(m.id, { slotId, table });
  };
  const lift = (m: MeetingPair) => {
    const { slotId, table } = at.get(m.id)!;
    who.get(slotId)!.delete(m.a);
    who.get(slotId)!.delete(m.b);
    tablesUsed.get(slotId)!.delete(table);
    inSlot.get(slotId)!.delete(m.id);
    at.delete(m.id);
  };
  const tryPlace = (m: MeetingPair, except?: string) => {
    for (const s of common.get(m.id)!) {
      if (s.id === except || !free(m, s.id)) continue;
      const t = freeTable(s.id);
      if (t !== undefined) {
        put(m, s.id, t);
        return true;
      }
    }
    return false;
  };
  /** Places `m` in `slotId` by moving `other` (placed there) to another slot; undoes on failure. */
  const moveAndPlace = (m: MeetingPair, slotId: string, other: MeetingPair) => {
    const back = at.get(other.id)!;
    lift(other);
    const t = freeTable(slotId);
    if (t !== undefined && free(m, slotId)) {
      put(m, slotId, t);
      if (tryPlace(other, slotId)) return true;
      lift(m);
    }
    put(other, back.slotId, back.table);
    return false;
  };

  const left = order.filter((m) => !tryPlace(m));
  const unplaced: ScheduleResult['unplaced'] = [];
  for (const m of left) {
    let tries = 0;
    let done = false;
    for (const s of common.get(m.id)!) {
      const blocking = [m.a, m.b].map((p) => who.get(s.id)!.get(p)).filter((id) => id !== undefined);
      // Two blockers would need two moves; a kept placement never moves.
      if (blocking.length > 1 || blocking.includes(FIXED)) continue;
      const candidates = blocking.length ? blocking : [...inSlot.get(s.id)!];
      for (const id of candidates) {
        if (tries++ >= slots.length * REPAIR_TRIES_PER_SLOT) break;
        if ((done = moveAndPlace(m, s.id, byId.get(id)!))) break;
      }
      if (done || tries >= slots.length * REPAIR_TRIES_PER_SLOT) break;
    }
    if (!done) unplaced.push({ meetingId: m.id, reason: reasonFor(m) });
  }

  function reasonFor(m: MeetingPair): UnplacedReason {
    const both = common.get(m.id)!;
    if (!both.length) return 'no_common_session';
    return both.some((s) => free(m, s.id)) ? 'no_table' : 'participants_busy';
  }

  const placed = input.meetings
    .filter((m) => at.has(m.id))
    .map((m) => ({ meetingId: m.id, slotId: at.get(m.id)!.slotId, table: at.get(m.id)!.table }));
  return { placed, unplaced, upperBound: upperBound(input, common) };
}

/**
 * No schedule places more meetings than: the meetings whose sides share a session; half the
 * sum over participants of min(their meetings, their free slots); and the sum over slots of
 * min(free tables, half the participants free there).
 */
function upperBound(input: ScheduleInput, common: Map<string, Slot[]>): number {
  const feasible = input.meetings.filter((m) => common.get(m.id)!.length > 0);
  const deg = new Map<string, number>();
  for (const m of feasible) for (const p of [m.a, m.b]) deg.set(p, (deg.get(p) ?? 0) + 1);
  const fixedBusy = new Set((input.fixed ?? []).flatMap((f) => [`${f.slotId} ${f.a}`, `${f.slotId} ${f.b}`]));
  const attends = (p: string, s: Slot) => {
    const sessions = input.availability[p];
    return (sessions === undefined || sessions.includes(s.sessionId)) && !fixedBusy.has(`${s.id} ${p}`);
  };
  let ends = 0;
  for (const [p, d] of deg) ends += Math.min(d, input.slots.filter((s) => attends(p, s)).length);
  let perSlot = 0;
  for (const s of input.slots) {
    const tablesFree = input.tables.length - (input.fixed ?? []).filter((f) => f.slotId === s.id).length;
    const people = [...deg.keys()].filter((p) => attends(p, s)).length;
    perSlot += Math.max(0, Math.min(tablesFree, Math.floor(people / 2)));
  }
  return Math.min(feasible.length, Math.floor(ends / 2), perSlot);
}

/**
 * b2match's automatic scheduling of mutual interest: each pair of participants who both
 * asked to meet the other (a → b and b → a) becomes one meeting, named by the earlier
 * request (by `at`, then id); the later request is the one merged into it.
 */
export function mutualMeetings(
  requests: Array<{ id: string; from: string; to: string; at: string }>,
): Array<MeetingPair & { mergedId: string }> {
  const byPair = new Map<string, typeof requests>();
  for (const r of requests) {
    if (r.from === r.to) continue;
    const key = r.from < r.to ? `${r.from}\u0000${r.to}` : `${r.to}\u0000${r.from}`;
    byPair.set(key, [...(byPair.get(key) ?? []), r]);
  }
  const out: Array<MeetingPair & { mergedId: string }> = [];
  for (const list of byPair.values()) {
    const sorted = [...list].sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id));
    const first = sorted[0]!;
    const reverse = sorted.find((r) => r.from === first.to);
    if (reverse) out.push({ id: first.id, a: first.from, b: first.to, mergedId: reverse.id });
  }
  return out;
}

/** `mutualMeetings` then `schedule` of those meetings and `accepted` ones together. */
export function autoSchedule(
  input: Omit<ScheduleInput, 'meetings'> & {
    accepted: MeetingPair[];
    requests: Array<{ id: string; from: string; to: string; at: string }>;
  },
): ScheduleResult & { mutual: Array<MeetingPair & { mergedId: string }> } {
  const mutual = mutualMeetings(input.requests);
  const result = schedule({ ...input, meetings: [...input.accepted, ...mutual] });
  return { ...result, mutual };
}
