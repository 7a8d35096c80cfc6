/** The methods documents served by the app. */
export { registerMethodRoutes } from './methods.routes';
