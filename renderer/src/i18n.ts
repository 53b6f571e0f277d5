/**
 * i18next set-up: English and Simplified Chinese, every UI string in both (the `Messages` type makes
 * a missing key a compile error). The first language is taken from the browser / OS locale.
 * A key without a translation is logged as an error, which the e2e tests treat as a failure.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../models/index.ts';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-CN.ts';

export const UI_LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** `zh`, `zh-CN`, `zh-Hans-CN`, `zh-TW`… → zh-CN (the only Chinese UI); anything else → en. */
export function localeFromLanguageTag(tag: string | undefined): Locale {
  return tag !== undefined && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}

/** The UI locale i18next is using now, narrowed to the model's locales. */
export function currentLocale(language: string | undefined): Locale {
  return language === 'zh-CN' ? 'zh-CN' : 'en';
}

export function initI18n(language: Locale): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    // Keep 'zh-CN' as given; the default would also try 'zh'.
    load: 'currentOnly',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (lngs, _ns, key) => {
      console.error(`i18n: missing key "${key}" for ${lngs.join(', ')}`);
    },
  });
  return i18next;
}
