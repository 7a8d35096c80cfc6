/**
 * For the statistical reader tests: a temporary folder for the files a test writes (made
 * before the file's tests, removed after), and the issues of a read that must fail.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ImportValidationError } from '../src/store';

/** A folder for this test file; `write(name, text)` puts a file there and returns its path. */
export function statisticalTestFolder(prefix: string) {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    path: (name: string) => join(dir, name),
    write(name: string, text: string | Buffer): string {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}

/** The issues of the ImportValidationError `promise` rejects with (fails the test otherwise). */
export async function issuesOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected an ImportValidationError');
}
