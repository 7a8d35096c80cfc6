/**
 * The smart-specialisation (RIS3) pages (issue 14 point 5), one lazily loaded chunk: the list
 * of strategies with "new strategy" for analysts and admins (`/ris3`), and one strategy with its
 * priorities checked, the candidates and the indicators (`/ris3/<id>`).
 */
import type { Route } from '../navigation';
import Ris3List from './ris3-list';
import Ris3Strategy from './ris3-strategy';

export default function Ris3Pages({ route }: { route: Route }) {
  return route.page === 'ris3-strategy' ? <Ris3Strategy key={route.id} id={route.id} /> : <Ris3List />;
}
