/** The page of a path the app does not know (`/partners`): said plainly, with ways on. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onLinkClick } from '../navigation';

export function NotFound() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('notFound.title')} · polos`;
  }, [t]);
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text', { path: location.pathname })}</p>
      <ul>
        <li>
          <a href="/" onClick={onLinkClick}>
            {t('notFound.home')}
          </a>
        </li>
        <li>
          <a href="/organisations" onClick={onLinkClick}>
            {t('notFound.organisations')}
          </a>
        </li>
        <li>
          <a href="/map" onClick={onLinkClick}>
            {t('notFound.map')}
          </a>
        </li>
      </ul>
    </main>
  );
}
