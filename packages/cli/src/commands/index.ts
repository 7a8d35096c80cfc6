/** The list of commands of the `polos` CLI. Add one line per command file. */
import type { Command } from 'commander';

export function registerCommands(_program: Command): void {}
