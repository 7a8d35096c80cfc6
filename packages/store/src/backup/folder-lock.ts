/**
 * One process at a time in an embedded database folder (decision 097). PGlite keeps no
 * lock of its own that another process respects (its postmaster.pid holds a fixed -42), so
 * two processes on one folder — a running `polos serve` and a `polos db backup`, or two
 * servers — would each write their own copy of the pages and corrupt it. `polos.pid` holds
 * the owner's process id; a file left by a killed process (its pid no longer runs) is taken
 * over, so a crash never locks the folder for good.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'polos.pid';

export class FolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `the database folder ${dir} is in use by process ${pid} (a running polos server?); stop it first, or use another folder`,
    );
    this.name = 'FolderInUseError';
  }
}

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const ownerOf = (path: string): number => {
  try {
    return Number.parseInt(readFileSync(path, 'utf8'), 10);
  } catch {
    return Number.NaN;
  }
};

/**
 * Takes the folder for this process and returns its release. The same process may open
 * its folder again (tests reopen after close; the release only removes its own pid).
 * @throws FolderInUseError when another running process holds it.
 */
export function lockFolder(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  const mine = String(process.pid);
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, mine);
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = ownerOf(path);
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && running(owner))
      throw new FolderInUseError(dir, owner);
    // Left by a process that no longer runs (or unreadable): take it over.
    writeFileSync(path, mine);
  }
  return () => {
    if (ownerOf(path) === process.pid) unlinkSync(path);
  };
}
