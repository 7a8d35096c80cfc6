/**
 * English, Spanish and Portuguese. The language comes from localStorage (a choice the
 * user made), else the browser's languages, else English; <html lang> follows it.
 *
 * Texts: `en.json`/`es.json`/`pt.json` hold the shared ones; each feature keeps its own in
 * `features/<feature>.<lang>.json`, reachable as `t('<feature>.<key>')`. A test checks
 * that every language has the same keys. Only the user's language is loaded (one chunk per
 * language, lang-<code>.ts); another is fetched when the user switches to it.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export { textsFor } from './texts';

const loaders = {
  en: () => import('./lang-en'),
  es: () => import('./lang-es'),
  pt: () => import('./lang-pt'),
};

export const languages = [
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Español' },
  { code: 'pt', label: 'Português' },
] as const;
export type Language = (typeof languages)[number]['code'];
const STORAGE_KEY = 'polos.language';

export function isLanguage(code: string): code is Language {
  return languages.some((l) => l.code === code);
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Loads a language's texts once (every language has every key: no fallback needed). */
async function loadLanguage(code: Language): Promise<void> {
  if (i18next.hasResourceBundle(code, 'translation')) return;
  const texts = (await loaders[code]()).default;
  i18next.addResourceBundle(code, 'translation', texts);
}

export async function setLanguage(code: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, code);
  await loadLanguage(code);
  await i18next.changeLanguage(code);
}

/** Resolves when the user's language is loaded: render after it. */
export const i18nReady: Promise<void> = (async () => {
  const lng = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: {},
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  await loadLanguage(lng);
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (l) => (document.documentElement.lang = l));
})();

export default i18next;
