/*
 * Camunda Forms (form-js 1.8.7, bundled in Tasklist 7.24's lib/deps.js) in Chinese, for a browser
 * whose webapps speak zh-CN (locale.js, language-switch.js); English webapps keep form-js as is.
 *
 * form-js 1.8.7 has no message catalogue and no per-field messages: its Validator returns fixed
 * English strings ("Field is required.", `Field must match pattern ${pattern}.`, `Field must have
 * minimum value of ${min}.` …), its components render fixed placeholders ("Select", "Search",
 * "No results") and its date picker (flatpickr, English month names) derives the display format
 * from Intl.DateTimeFormat('default') (m/d/yyyy, or yyyy/m/d). The form instance is local to
 * Tasklist's form directive, so the texts are translated where they appear: a MutationObserver on
 * the page translates each rendered text node in place (its data, never the node itself: Preact
 * keeps references to the nodes and rewrites their data when a message changes, which this
 * observer sees again), placeholders and labels; each flatpickr instance (input._flatpickr) gets a
 * Chinese locale and the format yyyy-MM-dd for showing and parsing typed dates. form-js keeps the
 * submitted value independent of the display: the picker hands it a Date and it stores
 * yyyy-MM-dd (local date), so a typed 2026-11-01 is stored as "2026-11-01".
 *
 * A pattern message never shows the regular expression: "格式不正确（<the field's description>）。"
 * when the field describes its format, "格式不正确。" otherwise.
 */
import {locales} from './locale.js';

const chinese =
  locales.fallbackLocale === 'zh-CN' || locales.availableLocales[0] === 'zh-CN';

/** Date format of flatpickr (tokens: Y year, m month 01–12, d day 01–31): yyyy-MM-dd. */
const DATE_FORMAT = 'Y-m-d';
const DATE_PLACEHOLDER = '如 2026-11-01';

const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年份',
  monthAriaLabel: '月份',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

/** The Validator's and the fields' messages (form-js 1.8.7), each pattern with its Chinese text. */
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern [\s\S]*\.$/, (m, node) => patternMessage(node)],
  [/^Field must have minimum value of ([\s\S]+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of ([\s\S]+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of ([\s\S]+)\.$/, (m) => `至少 ${m[1]} 个字符。`],
  [/^Field must have maximum length of ([\s\S]+)\.$/, (m) => `最多 ${m[1]} 个字符。`],
  [
    /^Field must be a valid\s+international phone number\.\s*\(e\.g\.\s*([^)]*)\)$/,
    (m) => `请填写有效的国际电话号码（如 ${m[1]}）。`
  ],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `最多 ${m[1]} 位小数。`],
  [
    /^Please select a valid value, the two nearest valid values are (\S+) and (\S+)\.$/,
    (m) => `请填写有效值，最接近的两个有效值为 ${m[1]} 和 ${m[2]}。`
  ],
  [/^Date and time must both be entered\.$/, () => '日期和时间须同时填写。']
];

/** Fixed texts of form-js components, by the element class that shows them. */
const TEXTS = {
  'fjs-select-display': {Select: '请选择'},
  'fjs-dropdownlist-empty': {'No results': '无匹配项', 'All values selected': '已全部选择'},
  'fjs-table-empty': {'Nothing to show.': '暂无数据。'},
  'fjs-iframe-placeholder-text': {
    'No content to show.': '暂无内容。',
    "External content couldn't be loaded.": '无法加载外部内容。'
  }
};

const PLACEHOLDERS = {
  Search: '输入以搜索',
  'hh:mm': '时:分',
  'hh:mm ?m': '时:分'
};

const ATTRIBUTES = {
  'aria-label': {Increment: '加一', Decrement: '减一', 'Previous page': '上一页', 'Next page': '下一页'},
  title: {'Remove tag': '移除'}
};

function patternMessage(node) {
  const field = node.parentElement && node.parentElement.closest('.fjs-form-field');
  const description = field && field.querySelector('.fjs-form-field-description');
  const text = description ? description.textContent.trim() : '';
  return text ? `格式不正确（${text}）。` : '格式不正确。';
}

function translateMessage(text, node) {
  for (const [pattern, chineseText] of MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      return chineseText(match, node);
    }
  }
  return null;
}

/** Rewrites one text node's data (in place) when it is a known English text. */
function translateTextNode(node) {
  const text = node.data.trim();
  if (!text || !/[A-Za-z]/.test(text)) {
    return;
  }
  const parent = node.parentElement;
  if (!parent) {
    return;
  }
  let translated = null;
  if (parent.closest('.fjs-form-field-error')) {
    translated = translateMessage(text, node);
  } else {
    for (const [cls, table] of Object.entries(TEXTS)) {
      if (parent.closest('.' + cls) && Object.prototype.hasOwnProperty.call(table, text)) {
        translated = table[text];
        break;
      }
    }
  }
  if (translated !== null && translated !== node.data) {
    node.data = translated;
  }
}

function translateAttributes(container) {
  container.querySelectorAll('input[placeholder], textarea[placeholder]').forEach((input) => {
    const placeholder = input.getAttribute('placeholder');
    if (input.closest('.fjs-datepicker')) {
      if (placeholder !== DATE_PLACEHOLDER) {
        input.setAttribute('placeholder', DATE_PLACEHOLDER);
      }
    } else if (Object.prototype.hasOwnProperty.call(PLACEHOLDERS, placeholder)) {
      input.setAttribute('placeholder', PLACEHOLDERS[placeholder]);
    }
  });
  for (const [attribute, table] of Object.entries(ATTRIBUTES)) {
    container.querySelectorAll('[' + attribute + ']').forEach((element) => {
      const value = element.getAttribute(attribute);
      if (Object.prototype.hasOwnProperty.call(table, value)) {
        element.setAttribute(attribute, table[value]);
      } else if (/^Remove list item \d+$/.test(value)) {
        element.setAttribute(attribute, `删除第 ${value.replace(/\D+/g, '')} 项`);
      }
    });
  }
}

/** Chinese calendar and yyyy-MM-dd for every date picker, once per flatpickr instance. */
function localizeDatePickers(container) {
  container.querySelectorAll('.fjs-datepicker input').forEach((input) => {
    const picker = input._flatpickr;
    if (!picker || picker.partyunionZh) {
      return;
    }
    picker.partyunionZh = true;
    picker.set({locale: FLATPICKR_ZH, dateFormat: DATE_FORMAT, ariaDateFormat: 'Y年n月j日'});
    (picker.yearElements || []).forEach((e) => e.setAttribute('aria-label', '年份'));
    (picker.monthElements || []).forEach((e) => e.setAttribute('aria-label', '月份'));
    if (picker.monthsDropdownContainer) {
      picker.monthsDropdownContainer.setAttribute('aria-label', '月份');
    }
  });
}

function translate(container) {
  localizeDatePickers(container);
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateTextNode(node);
  }
  translateAttributes(container);
}

function containerOf(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element && element.closest ? element.closest('.fjs-container') : null;
}

const OBSERVED = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder', 'aria-label', 'title']
};

/** The form containers the mutation records touch (their target or an added subtree). */
function containersOf(records) {
  const containers = new Set();
  for (const record of records) {
    const container = containerOf(record.target);
    if (container) {
      containers.add(container);
    } else if (record.type === 'childList') {
      record.addedNodes.forEach((added) => {
        if (added.nodeType === Node.ELEMENT_NODE) {
          if (added.matches('.fjs-container')) {
            containers.add(added);
          }
          added.querySelectorAll('.fjs-container').forEach((c) => containers.add(c));
        }
      });
    }
  }
  return containers;
}

/**
 * Watches the page for form-js output. The observer is disconnected while it writes, so its own
 * changes never call it again (no loop with form-js or the date picker re-rendering), and a
 * failure leaves the text in English but never stops Tasklist.
 */
function install() {
  const observer = new MutationObserver((records) => {
    observer.disconnect();
    try {
      containersOf(records).forEach(translate);
    } catch (e) {
      console.warn('partyunion: form text left as is', e);
    } finally {
      observer.takeRecords();
      observer.observe(document.body, OBSERVED);
    }
  });
  observer.observe(document.body, OBSERVED);
  document.querySelectorAll('.fjs-container').forEach(translate);
}

if (chinese) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', install);
  } else {
    install();
  }
}
