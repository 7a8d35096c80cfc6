/**
 * Entry point of the `polos` command line. Each command lives in
 * `commands/<name>.ts` and exports `register(program)`.
 *
 * Exit codes: 0 success, 1 unexpected failure, 2 bad input (the message names
 * file, row and field).
 */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';
import { CliInputError } from './cli-error';

const program = new Command()
  .name('polos')
  .description('polos — open cluster observatory and collaboration platform')
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof CliInputError) {
    process.stderr.write(`polos: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `polos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
