/**
 * The collaboration links of the header (events, agreements register, programmes, calls),
 * grouped under one disclosure so the header stays one line at phone width. A link closes
 * the group once followed.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onLinkClick } from '../navigation';

const links = ['events', 'agreements', 'programmes', 'calls'] as const;

export function CollaborationNav() {
  const { t } = useTranslation();
  const group = useRef<HTMLDetailsElement>(null);
  return (
    <details className="nav-group" ref={group}>
      <summary>{t('events.nav.group')}</summary>
      <ul>
        {links.map((l) => (
          <li key={l}>
            <a
              href={`/${l}`}
              onClick={(e) => {
                onLinkClick(e);
                group.current?.removeAttribute('open');
              }}
            >
              {t(`events.nav.${l}`)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
