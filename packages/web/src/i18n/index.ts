/**
 * English, Spanish and Portuguese. The language comes from localStorage (a choice the
 * user made), else the browser's languages, else English; <html lang> follows it.
 *
 * Texts: `en.json`/`es.json`/`pt.json` hold the shared ones; each feature keeps its own in
 * `features/<feature>.<lang>.json`, reachable as `t('<feature>.<key>')`. A test checks
 * that every language has the same keys.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';
import pt from './pt.json';

type Texts = Record<string, unknown>;
const featureFiles = import.meta.glob<Texts>('./features/*.json', { eager: true, import: 'default' });

/** The shared texts of one language plus every feature's, each under its feature's name. */
export function textsFor(base: Texts, lang: string, files: Record<string, Texts> = featureFiles): Texts {
  const texts: Texts = { ...base };
  for (const [path, json] of Object.entries(files)) {
    const m = /([\w-]+)\.(\w+)\.json$/.exec(path);
    if (m && m[2] === lang) texts[m[1]!] = json;
  }
  return texts;
}

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

export function setLanguage(code: Language): void {
  localStorage.setItem(STORAGE_KEY, code);
  void i18next.changeLanguage(code);
}

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: textsFor(en, 'en') },
    es: { translation: textsFor(es, 'es') },
    pt: { translation: textsFor(pt, 'pt') },
  },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18next.language;
i18next.on('languageChanged', (lng) => (document.documentElement.lang = lng));

export default i18next;
