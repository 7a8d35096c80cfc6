/**
 * `polos serve --workers N` (issue 16; decision 109): one primary process and N worker
 * processes (node:cluster) that share the port. The primary migrates, seeds and creates the
 * first admin once, then forks the workers; each serves the whole app on the shared
 * PostgreSQL database (every state instances must agree on lives there). A worker that dies
 * is forked again after a back-off and logged; SIGTERM or SIGINT closes every worker, each
 * finishing its requests in flight, then the primary.
 */
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { prepareDatabase, serverLogger, type ServerConfig } from '@polos/server';
import { CliInputError } from '../cli-error';

/** Most workers one machine is given (a typo such as 2000 would exhaust PostgreSQL's connections). */
export const MAX_WORKERS = 64;

/** Deaths counted for the back-off are those within this window. */
const DEATH_WINDOW_MS = 60_000;
/** The back-off doubles with each death in the window, from the first to the last value. */
const FIRST_RESTART_MS = 1_000;
const LAST_RESTART_MS = 30_000;
/** A worker that has not exited this long after SIGTERM is killed. */
const CLOSE_TIMEOUT_MS = 30_000;

/**
 * `--workers`: a whole number from 1 to MAX_WORKERS, or `auto` (os.availableParallelism(),
 * one per core the process may use).
 * @example parseWorkers('auto') // 2 on a two-core machine
 */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === 'auto') return Math.min(MAX_WORKERS, availableParallelism());
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS)
    throw new CliInputError(`--workers: "${value}" is not a number from 1 to ${MAX_WORKERS} or "auto"`);
  return n;
}

/** The embedded database is one process (PGlite, and the folder lock of decision 097). */
export function checkWorkers(workers: number, config: Pick<ServerConfig, 'databaseUrl'>): void {
  if (workers > 1 && !config.databaseUrl)
    throw new CliInputError(
      `--workers ${workers} needs DATABASE_URL: the embedded database (PGlite, no DATABASE_URL) is ` +
        'opened by one process only; set DATABASE_URL to a PostgreSQL server, or serve with --workers 1',
    );
}

/**
 * The wait before forking a worker again after `deaths` deaths in the window (1, 2, 3…):
 * 1 s, 2 s, 4 s … up to 30 s, so a worker that dies at start does not spin the CPU.
 */
export function restartDelay(deaths: number): number {
  return Math.min(LAST_RESTART_MS, FIRST_RESTART_MS * 2 ** Math.max(0, deaths - 1));
}

/**
 * Runs the primary: prepares the database once, forks `count` workers, restarts those that
 * die, and reports the address on stderr once every worker listens. Never returns.
 */
export async function runPrimary(config: ServerConfig, count: number): Promise<never> {
  const log = serverLogger(config);
  const store = await prepareDatabase(config, log);
  await store.close();
  let closing = false;
  const deaths: number[] = [];
  /** Which worker slot (0…count−1) each worker fills: slot 0 alone warms the map studio's datasets. */
  const slots = new Map<Worker, number>();
  const fork = (slot: number) => {
    const worker = cluster.fork({
      POLOS_WORKER_SLOT: String(slot),
      ...(slot > 0 ? { POLOS_MAP_WARMUP: 'off' } : {}),
    });
    slots.set(worker, slot);
  };
  let announced = false;
  const listening = new Set<number>();
  cluster.on('listening', (worker, address) => {
    log.info({ worker: worker.process.pid, slot: slots.get(worker) }, 'worker listening');
    listening.add(slots.get(worker)!);
    if (!announced && listening.size === count) {
      announced = true;
      const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
      process.stderr.write(`polos is serving on http://${host}:${address.port} (${count} workers)\n`);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    const slot = slots.get(worker)!;
    slots.delete(worker);
    if (closing) return;
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0]! < now - DEATH_WINDOW_MS) deaths.shift();
    const delay = restartDelay(deaths.length);
    log.error(
      { worker: worker.process.pid, slot, code, signal, restartInMs: delay },
      'worker died; restarting',
    );
    setTimeout(() => {
      if (!closing) fork(slot);
    }, delay);
  });
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`${signal}: closing ${slots.size} workers…\n`);
    const workers = [...slots.keys()];
    const kill = setTimeout(() => workers.forEach((w) => w.process.kill('SIGKILL')), CLOSE_TIMEOUT_MS);
    Promise.all(
      workers.map(
        (w) =>
          new Promise<number | null>((resolve) => {
            if (w.isDead()) return resolve(w.process.exitCode);
            w.once('exit', (code) => resolve(code));
            w.process.kill('SIGTERM');
          }),
      ),
    ).then((codes) => {
      clearTimeout(kill);
      process.exit(codes.every((c) => c === 0) ? 0 : 1);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  for (let slot = 0; slot < count; slot++) fork(slot);
  return new Promise<never>(() => {});
}
