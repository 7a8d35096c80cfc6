/** @polos/cli is an application; its entry point is src/main.ts. */
export { CliInputError } from './cli-error';
