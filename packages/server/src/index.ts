/** Public surface of @polos/server. */
export { createApp, VERSION, type PolosApp, type CreateAppOptions } from './app';
export { loadConfig, type ServerConfig } from './config';
export {
  startServer,
  prepareDatabase,
  serverLogger,
  openConfiguredStore,
  ensureFirstAdmin,
  storeOptionsOf,
} from './server';
export { hashPassword, verifyPassword } from './auth/passwords';
export { commonPasswords, passwordProblem } from './auth/password-policy';
export { permissions, type Principal } from '@polos/core/permissions';
export { MemorySignInThrottle, type SignInThrottle } from './auth/sign-in-throttle';
export { loadKnowledge, type Knowledge } from './knowledge';
export { PdfPrinter, type PdfPrinterOptions } from './reports/pdf-printer';
export { StoreSignInThrottle } from './auth/store-sign-in-throttle';
