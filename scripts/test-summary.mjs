// Prints the closing line of `npm test`: "N passed, N failed" over every test file run,
// counting a failed non-test step (types, lint, format, build) as a failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const steps = [];
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('--failed=')) {
    steps.push(arg.slice('--failed='.length));
    continue;
  }
  if (!existsSync(arg)) continue;
  const report = JSON.parse(readFileSync(arg, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
const nonTest = steps.filter((s) => !s.startsWith('unit') && !s.startsWith('end-to-end'));
if (steps.length) console.log(`failed steps: ${steps.join('; ')}`);
console.log(`${passed} passed, ${failed + nonTest.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
