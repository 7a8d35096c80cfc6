/** Every text of one language (shared + features), loaded only when that language is used. */
import base from './pt.json';
import { textsFor } from './texts';

export default textsFor(
  base,
  'pt',
  import.meta.glob('./features/*.pt.json', { eager: true, import: 'default' }),
);
