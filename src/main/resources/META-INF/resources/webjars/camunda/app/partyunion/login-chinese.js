/*
 * What the Camunda webapps (Cockpit, Admin, Welcome and their login pages) still show in English
 * or in a non-Chinese form once the zh-CN locale files are in place, set right in the browser:
 * - dates: the webapps' camDate filter (moment formats "LLL" or Cockpit's hard-coded
 *   "YYYY-MM-DD[T]HH:mm:ss") shows every date as yyyy-MM-dd HH:mm:ss in China time (Asia/Shanghai,
 *   UTC+8, whatever the computer's time zone);
 * - the account name in the header: the webapps write "firstName lastName" (建国 王); a Chinese
 *   name reads family name first without a space (王建国);
 * - texts the shipped templates and libraries hard-code in English (tooltips like "zoom in", the
 *   DMN table keywords of dmn-js), replaced where they appear (see TEXTS).
 * Loaded through customScripts of each app's scripts/config.js (cockpit-chinese.js,
 * admin-chinese.js, login-welcome.js); does nothing when the page is shown in English.
 */
import {locales} from './locale.js';

export const CHINESE = locales.fallbackLocale === 'zh-CN';

const CHINA = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
});

/** A Date from what the REST API gives (ISO text with or without offset, epoch millis, Date). */
function toDate(value) {
  if (value instanceof Date) {
    return value;
  }
  if (typeof value === 'number') {
    return new Date(value);
  }
  // "2026-12-02T05:29:57.000+0000" -> "+00:00", which every browser parses
  const text = String(value).trim().replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  return new Date(text);
}

/**
 * {@code value} as "yyyy-MM-dd HH:mm:ss" in China time ("yyyy-MM-dd" for the 'short' and 'day'
 * kinds); text that is no date comes back as it is.
 */
export function chinaDate(value, kind) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const date = toDate(value);
  if (isNaN(date.getTime())) {
    return String(value);
  }
  const part = {};
  CHINA.formatToParts(date).forEach(p => {
    part[p.type] = p.value;
  });
  const day = `${part.year}-${part.month}-${part.day}`;
  if (kind === 'short' || kind === 'day' || kind === 'monthName') {
    return day;
  }
  return `${day} ${part.hour}:${part.minute}:${part.second}`;
}

const CJK = /[\u3400-\u9fff]/;

/** "建国 王" (first name, last name) -> "王建国"; other names unchanged. */
export function chineseFullName(name) {
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(name || '');
  return m && CJK.test(m[1]) && CJK.test(m[2]) ? m[2] + m[1] : name;
}

/** Exact English texts (trimmed) of shipped templates and libraries, and what we show instead. */
export const TEXTS = {
  'zoom in': '放大',
  'zoom out': '缩小',
  'reset zoom': '重置缩放',
  'Select all': '全选',
  Actions: '操作',
  'data-id': '数据 ID',
  'definition-id': '定义 ID',
  'definition-key': '定义键',
  'deployment-id': '部署 ID',
  'instance-id': '实例 ID',
  'tenant-id': '租户 ID',
  'removal-time': '清除时间',
  'history-time-to-live': '历史保留时间',
  'super-process-instance-id': '上级流程实例 ID',
  'super-case-instance-id': '上级案例实例 ID',
  drd: '决策需求图'
};

const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];

/** The Chinese for {@code text}: an exact entry, or a prefix entry (key ending in ": "). */
function translated(text, texts) {
  if (Object.prototype.hasOwnProperty.call(texts, text)) {
    return texts[text];
  }
  const cut = text.indexOf(': ');
  const prefix = cut < 0 ? null : text.slice(0, cut + 2);
  return prefix && Object.prototype.hasOwnProperty.call(texts, prefix)
    ? texts[prefix] + text.slice(cut + 2)
    : null;
}

function replaceIn(root, texts) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) {
    nodes.push(walker.currentNode);
  }
  nodes.forEach(node => {
    const text = node.nodeValue.trim();
    const chinese = text && translated(text, texts);
    if (chinese) {
      node.nodeValue = node.nodeValue.replace(text, chinese);
    }
  });
  const elements = root.querySelectorAll ? root.querySelectorAll('[title],[placeholder],[aria-label]') : [];
  [root, ...elements].forEach(el => {
    if (!el.getAttribute) {
      return;
    }
    ATTRIBUTES.forEach(name => {
      const value = el.getAttribute(name);
      const chinese = value && translated(value.trim(), texts);
      if (chinese) {
        el.setAttribute(name, chinese);
      }
    });
  });
}

/**
 * Keeps replacing {@code texts} in the page as Angular and the diagram libraries render;
 * {@code scoped} maps a CSS selector to texts replaced only inside matching elements.
 */
export function replaceTexts(texts, scoped = {}) {
  let queued = false;
  const run = () => {
    queued = false;
    observer.disconnect();
    replaceIn(document.body, texts);
    Object.entries(scoped).forEach(([selector, inner]) => {
      document.querySelectorAll(selector).forEach(el => replaceIn(el, inner));
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ATTRIBUTES
    });
  };
  const observer = new MutationObserver(() => {
    if (!queued) {
      queued = true;
      window.requestAnimationFrame(run);
    }
  });
  if (document.body) {
    run();
  } else {
    document.addEventListener('DOMContentLoaded', run);
  }
}

/**
 * Chinese dates and full names for the AngularJS app {@code appModule} ('cam.cockpit',
 * 'cam.admin', 'cam.welcome'): its config blocks run after the app's own, so ours win.
 */
export function installChinese(appModule, texts = TEXTS, scoped = {}) {
  if (!CHINESE) {
    return;
  }
  const angular = window.angular;
  if (angular) {
    const app = angular.module(appModule);
    app.config([
      '$provide',
      'camDateFormatProvider',
      function ($provide, camDateFormat) {
        camDateFormat.setDateFormat('YYYY-MM-DD HH:mm:ss', 'normal');
        camDateFormat.setDateFormat('YYYY-MM-DD HH:mm:ss', 'long');
        camDateFormat.setDateFormat('YYYY-MM-DD HH:mm', 'abbr');
        camDateFormat.setDateFormat('YYYY-MM-DD', 'short');
        $provide.decorator('camDateFilter', [
          '$delegate',
          function () {
            return (value, kind) => chinaDate(value, kind);
          }
        ]);
      }
    ]);
    app.run([
      '$rootScope',
      function ($rootScope) {
        $rootScope.$watch('userFullName', name => {
          const chinese = chineseFullName(name);
          if (chinese !== name) {
            $rootScope.userFullName = chinese;
          }
        });
      }
    ]);
  }
  replaceTexts(texts, scoped);
}
