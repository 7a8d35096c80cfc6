/** Site header: name, tagline and the language switcher. */
import { useTranslation } from 'react-i18next';
import { isLanguage, languages, setLanguage } from '../i18n';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <div className="brand">
        <span className="brand-name">polos</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <label className="language">
        <span>{t('app.language')}</span>
        <select
          value={i18n.language}
          onChange={(e) => {
            if (isLanguage(e.target.value)) setLanguage(e.target.value);
          }}
        >
          {languages.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
