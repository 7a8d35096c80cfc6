/** An error in what the user gave the CLI (exit code 2). The message names file, row and field. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}
