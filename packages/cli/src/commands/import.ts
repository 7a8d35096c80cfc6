/** `polos import clusters <file>`: all-or-nothing import of a CSV or JSON file. */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ConflictError, ImportValidationError, parseClusterFile } from '@polos/store';
import { CliInputError } from '../cli-error';
import { withStore } from './config-env';

export function register(program: Command): void {
  const command = program.command('import').description('import data from files');
  command
    .command('clusters <file>')
    .description(
      'import clusters from a .csv or .json file: every row is checked first; one bad row rejects the whole file (docs/storage.md)',
    )
    .option('--mode <mode>', 'insert (ids must be new) or upsert (update existing ids)', 'insert')
    .action(async (file: string, o: { mode: string }) => {
      if (o.mode !== 'insert' && o.mode !== 'upsert')
        throw new CliInputError(`--mode: use insert or upsert, not "${o.mode}"`);
      let content: string;
      try {
        content = await readFile(file, 'utf8');
      } catch (error) {
        throw new CliInputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      const fileName = basename(file);
      let rows;
      try {
        rows = parseClusterFile(content, {
          fileName,
          ...(/\.json$/i.test(file)
            ? { format: 'json' as const }
            : /\.csv$/i.test(file)
              ? { format: 'csv' as const }
              : {}),
        });
      } catch (error) {
        if (error instanceof ImportValidationError) {
          throw new CliInputError(
            `${error.issues.length} problem(s); nothing was imported:\n` +
              error.issues.map((i) => `  ${i.file}, row ${i.row}, field ${i.field}: ${i.message}`).join('\n'),
          );
        }
        throw error;
      }
      await withStore(async (store) => {
        try {
          const result = await store.importClusters(
            rows,
            { userId: null, label: 'cli' },
            { mode: o.mode as 'insert' | 'upsert', source: fileName },
          );
          process.stdout.write(
            `imported ${fileName}: ${result.inserted} inserted, ${result.updated} updated\n`,
          );
        } catch (error) {
          if (error instanceof ConflictError) {
            throw new CliInputError(
              `${fileName}, field id: ${error.message}; nothing was imported (use --mode upsert to update)`,
            );
          }
          throw error;
        }
      });
    });
}
