/*
 * A small "中文 | English" switch in the corner of every Camunda webapp page (loaded through
 * customScripts in each app's scripts/config.js). The choice is kept in localStorage and
 * applied by locale.js on the next page load.
 */
import {PREFERENCE_KEY, locales} from './locale.js';

const current = locales.fallbackLocale === 'zh-CN' || locales.availableLocales[0] === 'zh-CN'
  ? 'zh-CN' : 'en';

function choose(locale) {
  try {
    window.localStorage.setItem(PREFERENCE_KEY, locale);
  } catch (e) {
    return;
  }
  window.location.reload();
}

function button(locale, label) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.className = 'partyunion-language-option' + (locale === current ? ' active' : '');
  b.setAttribute('aria-pressed', String(locale === current));
  b.addEventListener('click', () => choose(locale));
  return b;
}

function install() {
  if (document.getElementById('partyunion-language-switch')) {
    return;
  }
  const box = document.createElement('div');
  box.id = 'partyunion-language-switch';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Language / 语言');
  box.append(button('zh-CN', '中文'), button('en', 'English'));
  document.body.appendChild(box);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', install);
} else {
  install();
}
