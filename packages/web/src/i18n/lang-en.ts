/** Every text of one language (shared + features), loaded only when that language is used. */
import base from './en.json';
import { textsFor } from './texts';

export default textsFor(
  base,
  'en',
  import.meta.glob('./features/*.en.json', { eager: true, import: 'default' }),
);
