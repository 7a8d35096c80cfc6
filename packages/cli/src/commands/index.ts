/** The list of commands of the `polos` CLI. Add one line per command file. */
import type { Command } from 'commander';
import { register as db } from './db';
import { register as importCommand } from './import';
import { register as serve } from './serve';
import { register as user } from './user';

export function registerCommands(program: Command): void {
  for (const register of [serve, user, importCommand, db]) register(program);
}
