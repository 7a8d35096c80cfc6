/**
 * The parties of an agreement: a link to each registered organisation's page (its name from
 * the register's links), the description of the others as printed.
 */
import type { Schemas } from '../api-client';
import { onLinkClick } from '../navigation';

export function PartyLinks({
  parties,
  nodes,
}: {
  parties: Schemas['AgreementParty'][];
  nodes: Schemas['AgreementLinks']['nodes'];
}) {
  const name = new Map(nodes.map((n) => [n.id, n.name]));
  return (
    <ul className="parties">
      {parties.map((p, i) => (
        <li key={p.organisationId ?? i}>
          {p.organisationId ? (
            <a href={`/organisations/${encodeURIComponent(p.organisationId)}`} onClick={onLinkClick}>
              {name.get(p.organisationId) ?? p.organisationId}
            </a>
          ) : (
            <span className="muted">{p.description}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
