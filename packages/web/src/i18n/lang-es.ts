/** Every text of one language (shared + features), loaded only when that language is used. */
import base from './es.json';
import { textsFor } from './texts';

export default textsFor(
  base,
  'es',
  import.meta.glob('./features/*.es.json', { eager: true, import: 'default' }),
);
