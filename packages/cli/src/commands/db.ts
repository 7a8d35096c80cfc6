/** `polos db migrate|seed`: database maintenance. */
import type { Command } from 'commander';
import { seedDemoData } from '@polos/store';
import { withStore } from './config-env';

export function register(program: Command): void {
  const db = program.command('db').description('database maintenance ($POLOS_DATA_DIR or $DATABASE_URL)');
  db.command('migrate')
    .description('apply pending migrations')
    .action(async () => {
      await withStore(async (_store, _config, applied) => {
        process.stdout.write(
          applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date; nothing to apply\n',
        );
      });
    });
  db.command('seed')
    .description('seed the bundled demo data (each dataset once)')
    .action(async () => {
      await withStore(async (store, config) => {
        const { seeded } = await seedDemoData(store, { dataDir: config.dataPath });
        process.stdout.write(
          seeded.length ? `seeded: ${seeded.join(', ')}\n` : 'demo data was already seeded\n',
        );
      });
    });
}
