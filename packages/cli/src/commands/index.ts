/** The list of commands of the `polos` CLI. Add one line per command file. */
import type { Command } from 'commander';
import { register as advise } from './advise';
import { register as db } from './db';
import { register as diagnose } from './diagnose';
import { register as importCommand } from './import';
import { register as map } from './map';
import { register as portfolio } from './portfolio';
import { register as serve } from './serve';
import { register as user } from './user';

export function registerCommands(program: Command): void {
  serve(program);
  user(program);
  importCommand(program);
  db(program);
  diagnose(program);
  portfolio(program);
  advise(program);
  map(program);
}
