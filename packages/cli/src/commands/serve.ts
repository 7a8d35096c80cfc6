/** `polos serve`: migrate, seed, first admin, then serve the API and web app. */
import type { Command } from 'commander';
import { loadConfig, startServer } from '@polos/server';
import { CliInputError } from '../cli-error';

export function register(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the web app and API (migrates and seeds the database first); configured by environment variables, see docs/configuration.md',
    )
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 8080)')
    .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }) => {
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
      let running;
      try {
        running = await startServer(config);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          throw new CliInputError(
            `${config.host}:${config.port} is in use; choose another with --port or PORT`,
          );
        }
        throw error;
      }
      process.stderr.write(`polos is serving on ${running.url}\n`);
      let closing = false;
      const shutdown = (signal: string) => {
        if (closing) return;
        closing = true;
        process.stderr.write(`${signal}: closing…\n`);
        running.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on('SIGINT', () => shutdown('SIGINT'));
      process.on('SIGTERM', () => shutdown('SIGTERM'));
      await new Promise(() => {});
    });
}
