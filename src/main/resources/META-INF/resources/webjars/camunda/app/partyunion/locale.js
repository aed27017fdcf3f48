/*
 * Language of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome), imported by each
 * app's scripts/config.js. The webapps compare only the primary subtag of the browser
 * language ("zh" for zh-CN) with availableLocales and otherwise use fallbackLocale, so:
 * - a choice made with the language switch (language-switch.js) wins;
 * - else a Chinese browser gets Simplified Chinese, every other browser its own language
 *   if shipped (en, de) and English otherwise.
 */
export const PREFERENCE_KEY = 'partyunion.locale';

function storedPreference() {
  try {
    return window.localStorage.getItem(PREFERENCE_KEY);
  } catch (e) {
    return null;
  }
}

const browserLanguage =
  typeof navigator === 'undefined'
    ? ''
    : String((Array.isArray(navigator.languages) && navigator.languages[0]) || navigator.language || '');
const preference = storedPreference();

export const locales =
  preference === 'zh-CN' || preference === 'en'
    ? {availableLocales: [preference], fallbackLocale: preference}
    : {
        availableLocales: ['en', 'de', 'zh-CN'],
        fallbackLocale: /^zh\b/i.test(browserLanguage) ? 'zh-CN' : 'en'
      };
