/**
 * English, Spanish and Portuguese. The language comes from localStorage (a choice the
 * user made), else the browser's languages, else English; <html lang> follows it.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';
import pt from './pt.json';

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
  resources: { en: { translation: en }, es: { translation: es }, pt: { translation: pt } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18next.language;
i18next.on('languageChanged', (lng) => (document.documentElement.lang = lng));

export default i18next;
