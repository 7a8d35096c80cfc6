/**
 * The collaboration links of the header (organisation directory, partner search, events,
 * agreements register, programmes, calls),
 * grouped under one disclosure so the header stays one line at phone width. A link closes
 * the group once followed.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onLinkClick } from '../navigation';

/** Each link: its path and its text's key. */
const links = [
  ['organisations', 'directory.nav'],
  ['partner-searches', 'partners.nav'],
  ['events', 'events.nav.events'],
  ['agreements', 'events.nav.agreements'],
  ['programmes', 'events.nav.programmes'],
  ['calls', 'events.nav.calls'],
  ['sustainability', 'management.compare.title'],
] as const;

export function CollaborationNav() {
  const { t } = useTranslation();
  const group = useRef<HTMLDetailsElement>(null);
  return (
    <details className="nav-group" ref={group}>
      <summary>{t('events.nav.group')}</summary>
      <ul>
        {links.map(([path, text]) => (
          <li key={path}>
            <a
              href={`/${path}`}
              onClick={(e) => {
                onLinkClick(e);
                group.current?.removeAttribute('open');
              }}
            >
              {t(text)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
