/**
 * `polos serve`: migrate, seed, first admin, then serve the API and web app — in this
 * process, or with `--workers N` in N worker processes sharing the port (serve-workers.ts).
 */
import cluster from 'node:cluster';
import type { Command } from 'commander';
import { loadConfig, startServer, type ServerConfig } from '@polos/server';
import { CliInputError } from '../cli-error';
import { checkWorkers, parseWorkers, runPrimary } from './serve-workers';

export function register(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the web app and API (migrates and seeds the database first); configured by environment variables, see docs/configuration.md',
    )
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 8080)')
    .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .option(
      '-w, --workers <n>',
      'worker processes sharing the port: a number, or "auto" for one per core (default: 1; more than 1 needs DATABASE_URL)',
    )
    .action(async (options: { port?: string; host?: string; workers?: string }) => {
      let config;
      try {
        config = loadConfig({
          ...process.env,
          ...(options.port ? { PORT: options.port } : {}),
          ...(options.host ? { HOST: options.host } : {}),
        });
      } catch (error) {
        throw new CliInputError((error as Error).message);
      }
      if (cluster.isWorker) return serveHere(config, { prepared: true });
      const workers = parseWorkers(options.workers);
      checkWorkers(workers, config);
      if (workers > 1) return runPrimary(config, workers);
      return serveHere(config, { prepared: false });
    });
}

/** Serves in this process (alone, or as one worker whose primary prepared the database). */
async function serveHere(config: ServerConfig, options: { prepared: boolean }): Promise<never> {
  let running;
  try {
    running = await startServer(config, undefined, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliInputError(`${config.host}:${config.port} is in use; choose another with --port or PORT`);
    }
    throw error;
  }
  // A worker says nothing here: its primary tells the address once every worker listens.
  if (!cluster.isWorker) process.stderr.write(`polos is serving on ${running.url}\n`);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    if (!cluster.isWorker) process.stderr.write(`${signal}: closing…\n`);
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // A worker whose primary is gone (killed without closing it) closes too.
  if (cluster.isWorker) process.on('disconnect', () => shutdown('disconnect'));
  return new Promise<never>(() => {});
}
