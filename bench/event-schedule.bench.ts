/**
 * The matchmaking-event scheduler's speed and yield (decision 078): seeded random events of
 * 200 participants (10 slots × 40 tables, 1,500 requests) and 1,000 participants (10 slots ×
 * 200 tables, 7,500 requests), and 200 participants with 100 tables (the participants, not the
 * tables, bind). Prints the median time of 5 runs, meetings placed and the
 * upper bound. Run: node scripts/bundle.mjs bench/event-schedule.bench.ts .tmp/bench-event-schedule.mjs --run
 */
import { schedule } from '@polos/core';
import { randomEvent } from '../packages/core/test/random-event';

const RUNS = 5;
for (const [participants, tables, requests] of [
  [200, 40, 1500],
  [200, 100, 1500],
  [1000, 200, 7500],
] as const) {
  const input = randomEvent({ seed: 12, participants, slotsPerSession: 5, tables, requests });
  const times: number[] = [];
  let result = schedule(input);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = schedule(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${participants} participants, ${input.slots.length} slots × ${tables} tables, ${input.requestCount} requests → ` +
      `${input.meetings.length} meetings: placed ${result.placed.length} of upper bound ${result.upperBound}; ` +
      `median ${times[Math.floor(RUNS / 2)]!.toFixed(0)} ms over ${RUNS} runs`,
  );
}
