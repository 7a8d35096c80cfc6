/** `polos user add|list`: accounts from the command line (the first admin, scripts). */
import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { roles, userInputSchema, type Role } from '@polos/core';
import { commonPasswords, hashPassword, passwordProblem } from '@polos/server';
import { ConflictError } from '@polos/store';
import { CliInputError } from '../cli-error';
import { cliConfig, withStore } from './config-env';

async function readStdin(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += String(chunk);
  return data.replace(/\r?\n$/, '');
}

/** Asks twice on a terminal without echoing. */
async function prompt(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const ask = () =>
    new Promise<string>((resolve) => {
      const out = rl as unknown as { _writeToOutput?: (s: string) => void };
      const original = out._writeToOutput;
      rl.question(question, (answer) => {
        out._writeToOutput = original;
        process.stderr.write('\n');
        resolve(answer);
      });
      out._writeToOutput = () => {};
    });
  try {
    const first = await ask();
    const second = await ask();
    if (first !== second) throw new CliInputError('the two passwords differ');
    return first;
  } finally {
    rl.close();
  }
}

async function password(options: { passwordStdin?: boolean }): Promise<string> {
  if (options.passwordStdin) return readStdin();
  if (process.env.POLOS_PASSWORD) return process.env.POLOS_PASSWORD;
  if (process.stdin.isTTY) return prompt('Password (at least 12 characters): ');
  throw new CliInputError(
    'give the password with --password-stdin, the POLOS_PASSWORD variable, or run in a terminal',
  );
}

export function register(program: Command): void {
  const user = program.command('user').description('manage user accounts');
  user
    .command('add')
    .description(
      'create a user; the password comes from --password-stdin, $POLOS_PASSWORD or a prompt, never the command line',
    )
    .requiredOption('--email <email>', 'e-mail (the sign-in name)')
    .option('--name <name>', 'display name (default: the part of the e-mail before @)')
    .option('--role <role>', `one of ${roles.join(', ')}`, 'viewer')
    .option('--admin', 'same as --role admin')
    .option('--grant <clusterId...>', 'clusters a cluster manager may write')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (o: {
        email: string;
        name?: string;
        role: string;
        admin?: boolean;
        grant?: string[];
        passwordStdin?: boolean;
      }) => {
        const role = (o.admin ? 'admin' : o.role) as Role;
        const parsed = userInputSchema.safeParse({
          email: o.email,
          name: o.name ?? o.email.split('@')[0],
          role,
          grants: o.grant ?? [],
          password: await password(o),
        });
        if (!parsed.success) {
          throw new CliInputError(
            parsed.error.issues.map((i) => `--${String(i.path[0] ?? 'input')}: ${i.message}`).join('; '),
          );
        }
        const { password: chosen, ...account } = parsed.data;
        if (chosen === undefined) throw new CliInputError('--password: a password is required');
        const weak = passwordProblem(chosen, parsed.data, commonPasswords(cliConfig().dataPath));
        if (weak) throw new CliInputError(`--password: the password ${weak}`);
        await withStore(async (store) => {
          for (const id of parsed.data.grants) {
            if (!(await store.getCluster(id))) throw new CliInputError(`--grant: no cluster with id "${id}"`);
          }
          try {
            const created = await store.createUser(
              { ...account, passwordHash: await hashPassword(chosen) },
              { userId: null, label: 'cli' },
            );
            process.stdout.write(
              `created ${created.role} ${created.email}${created.grants.length ? ` (grants: ${created.grants.join(', ')})` : ''}\n`,
            );
          } catch (error) {
            if (error instanceof ConflictError) throw new CliInputError(error.message);
            throw error;
          }
        });
      },
    );
  user
    .command('list')
    .description('list users')
    .action(async () => {
      await withStore(async (store) => {
        for (const u of await store.listUsers()) {
          process.stdout.write(`${u.email}\t${u.role}\t${u.grants.join(',')}\n`);
        }
      });
    });
}
