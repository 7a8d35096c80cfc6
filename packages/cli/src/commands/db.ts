/** `polos db migrate|seed|find-resets`: database maintenance. */
import type { Command } from 'commander';
import {
  BackupInputError,
  backupDatabase,
  FolderInUseError,
  findPatchResets,
  restoreDatabase,
  seedDemoData,
  type AuditEntry,
  type SqlStore,
} from '@polos/store';
import { resolve } from 'node:path';
import { CliInputError } from '../cli-error';
import { storeOptionsOf } from '@polos/server';
import { cliConfig, withStore } from './config-env';

/** A refusal the user can act on (wrong file, target not empty, folder in use) is bad input: exit 2. */
const asInputError = (error: unknown): never => {
  if (error instanceof BackupInputError || error instanceof FolderInUseError)
    throw new CliInputError(error.message);
  throw error;
};

/** Every audit entry of one kind of record, oldest first. */
async function auditOf(store: SqlStore, entity: string): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listAudit({ limit: 1000, offset, entity });
    all.push(...page.items);
    if (offset + 1000 >= page.total) return all;
  }
}

const shown = (v: unknown) =>
  v === undefined
    ? 'unknown'
    : Array.isArray(v)
      ? `${v.length} entr${v.length === 1 ? 'y' : 'ies'}`
      : String(v);

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
  db.command('backup')
    .argument('<file>', 'where to write the backup (replaced if it exists)')
    .description(
      'back up the whole database, records and uploads: the embedded folder as a tarball (stop the server first), a server with pg_dump --format=custom',
    )
    .action(async (file: string) => {
      const result = await backupDatabase(storeOptionsOf(cliConfig()), resolve(file)).catch(asInputError);
      process.stdout.write(
        `backed up to ${result.file} (${result.format}, ${(result.bytes / 1e6).toFixed(1)} MB)\n`,
      );
    });
  db.command('restore')
    .argument('<file>', 'a file written by polos db backup')
    .description(
      'restore a backup into an empty database (a new folder, or a new server database), then apply pending migrations',
    )
    .action(async (file: string) => {
      const config = cliConfig();
      const format = await restoreDatabase(storeOptionsOf(config), resolve(file)).catch(asInputError);
      await withStore(async (_store, _config, applied) => {
        process.stdout.write(
          `restored ${format} into ${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}${applied.length ? `; applied: ${applied.join(', ')}` : ''}\n`,
        );
      });
    });
  db.command('find-resets')
    .description(
      'list records whose visibility, key figures or governance bodies a PATCH or an upsert import may have reset without being sent them (from the audit log; changes nothing)',
    )
    .option('--json', 'print JSON instead of text')
    .action(async (o: { json?: boolean }) => {
      await withStore(async (store) => {
        const entries = [...(await auditOf(store, 'cluster')), ...(await auditOf(store, 'organisation'))];
        const resets = findPatchResets(entries);
        const rows = await Promise.all(
          resets.map(async (r) => {
            const record =
              r.entity === 'cluster'
                ? await store.getCluster(r.entityId)
                : await store.getOrganisation(r.entityId);
            const now = record ? (record as unknown as Record<string, unknown>)[r.field] : undefined;
            return { ...r, now: record ? now : null };
          }),
        );
        if (o.json) {
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        if (!rows.length) {
          process.stdout.write(
            `no write in the audit log (${entries.length} entries read) reset a field it was not sent\n`,
          );
          return;
        }
        process.stdout.write(
          `${rows.length} field(s) may have been reset (audit id, when, who, record, field: before → written; now):\n`,
        );
        for (const r of rows) {
          const now = r.now === null ? 'record deleted' : `now ${shown(r.now)}`;
          process.stdout.write(
            `  #${r.auditId} ${r.at} ${r.actor} ${r.via} ${r.entity} ${r.entityId} ${r.field}: ${shown(r.before)} → ${shown(r.written)}; ${now}\n`,
          );
        }
        process.stdout.write(
          'Repair each with PATCH (only the field to restore); the audit detail of the earlier writes holds the old values.\n',
        );
      });
    });
}
