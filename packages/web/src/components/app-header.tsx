/** Site header: name, tagline, navigation, who is signed in (or a sign-in link) and the language switcher. */
import { useTranslation } from 'react-i18next';
import { isLanguage, setLanguage } from '../i18n';
import { navigate, onLinkClick } from '../navigation';
import { useSession } from '../session';
import { CollaborationNav } from './collaboration-nav';
import { LanguageOptions } from './language-options';
import { NotificationBell } from './notification-bell';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const user = session.user;
  const here = `${location.pathname}${location.search}`;
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <div className="brand">
        <a className="brand-name" href="/" onClick={onLinkClick}>
          polos
        </a>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <nav className="app-nav" aria-label={t('account.nav.label')}>
        <a href="/" onClick={onLinkClick}>
          {t('account.nav.clusters')}
        </a>
        <a href="/portfolio" onClick={onLinkClick}>
          {t('account.nav.portfolio')}
        </a>
        <a href="/map" onClick={onLinkClick}>
          {t('account.nav.map')}
        </a>
        <a href="/ris3" onClick={onLinkClick}>
          {t('ris3.nav')}
        </a>
        {user ? (
          <a href="/my-work" onClick={onLinkClick}>
            {t('accounts.nav.work')}
          </a>
        ) : null}
        <CollaborationNav />
        {user && session.can.manageUsers(user) ? (
          <a href="/admin/users" onClick={onLinkClick}>
            {t('admin.title')}
          </a>
        ) : null}
      </nav>
      <div className="header-tools">
        {user ? <NotificationBell /> : null}
        {user ? (
          <div className="who">
            <span data-testid="signed-in-as">
              {t('account.signedInAs', { name: user.name, role: t(`account.role.${user.role}`) })}
            </span>
            <a href="/account" onClick={onLinkClick}>
              {t('accounts.nav.account')}
            </a>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                void session.signOut().then(() => navigate('/'));
              }}
            >
              {t('account.signOut')}
            </button>
          </div>
        ) : user === null && location.pathname !== '/sign-in' ? (
          <a
            className="sign-in-link"
            href={`/sign-in?next=${encodeURIComponent(here)}`}
            onClick={onLinkClick}
          >
            {t('account.signIn')}
          </a>
        ) : null}
        <label className="language">
          <span>{t('app.language')}</span>
          <select
            value={i18n.language}
            onChange={(e) => {
              if (isLanguage(e.target.value)) void setLanguage(e.target.value);
            }}
          >
            <LanguageOptions />
          </select>
        </label>
      </div>
    </header>
  );
}
