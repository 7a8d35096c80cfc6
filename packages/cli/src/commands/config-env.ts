/** The server configuration as the CLI sees it: bad environment values are input errors (exit 2). */
import { loadConfig, openConfiguredStore, type ServerConfig } from '@polos/server';
import type { SqlStore } from '@polos/store';
import { CliInputError } from '../cli-error';

export function cliConfig(): ServerConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    throw new CliInputError((error as Error).message);
  }
}

/** Opens and migrates the configured database, runs `work`, and always closes it. */
export async function withStore<T>(
  work: (store: SqlStore, config: ServerConfig, applied: string[]) => Promise<T>,
): Promise<T> {
  const config = cliConfig();
  const { store, applied } = await openConfiguredStore(config);
  try {
    return await work(store, config, applied);
  } finally {
    await store.close();
  }
}
