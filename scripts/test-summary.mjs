// Prints the closing lines of `npm test`: "N passed, N failed" over every test file run,
// counting a failed non-test step (types, lint, format, build) as a failure. A test step
// that failed without a failed test (a file that could not run, an unhandled error, a
// worker that did not stop) is explained from its JSON report and its log, so the tail
// of the output always says why.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const steps = [];
const reasons = [];
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('--failed=')) {
    steps.push(arg.slice('--failed='.length));
    continue;
  }
  if (arg.endsWith('.log')) {
    if (existsSync(arg)) reasons.push(...unhandledErrors(readFileSync(arg, 'utf8'), arg));
    continue;
  }
  if (!existsSync(arg)) continue;
  const report = JSON.parse(readFileSync(arg, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    if (file.status === 'failed' && failedTests.length === 0)
      reasons.push(
        `${file.name}: the file failed outside its tests: ${String(file.message ?? '').slice(0, 600)}`,
      );
  }
}

/** The "Unhandled Errors" section of a vitest log (ANSI colours removed), if any. */
function unhandledErrors(log, name) {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const out = [];
  const start = text.search(/Unhandled (Errors|Rejection|Error)/);
  if (start >= 0) out.push(`${name}: ${text.slice(start, start + 2500)}`);
  for (const line of text.split('\n'))
    if (/Timeout terminating|Worker exited unexpectedly|Closing rpc while/i.test(line))
      out.push(`${name}: ${line.trim()}`);
  return out;
}

const nonTest = steps.filter((s) => !s.startsWith('unit') && !s.startsWith('end-to-end'));
if (steps.length) console.log(`failed steps: ${steps.join('; ')}`);
for (const reason of reasons) console.log(reason);
console.log(`${passed} passed, ${failed + nonTest.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
