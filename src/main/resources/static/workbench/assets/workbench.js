/*
 * The workbench's shared page kit (plain ES module, no build step): JSON calls to the
 * application's API with its Chinese error messages, safe DOM building (every value goes in as
 * text, never as HTML), paged / sortable / filterable tables whose state lives in the query
 * string, export links with exactly the filtered rows, formats (yyyy-MM-dd, 元) and charts
 * (ECharts, canvas) with their numbers beside them.
 */

export const TASKLIST = '/camunda/app/tasklist/default/#/';
const ZONE = 'Asia/Shanghai';

/** Tasklist's address of one task. */
export function taskHref(taskId) {
  return TASKLIST + '?task=' + encodeURIComponent(taskId);
}

/** The 纪实 page of a case. */
export function recordHref(recordNo) {
  return '/workbench/candidates/' + encodeURIComponent(recordNo);
}

// ------------------------------------------------------------------ API calls

/** An API refusal or failure, with the API's Chinese message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let token = null;

/**
 * The session's CSRF token of the webapps (one token serves Tasklist and /api): the page has it
 * in <meta name="csrf-token"> (the webapps' cookie is scoped to /camunda); without one, a read
 * of the webapps' API hands out a new token in the response header X-XSRF-TOKEN.
 */
export async function csrfToken() {
  if (token) return token;
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (meta && meta.content) {
    token = meta.content;
    return token;
  }
  const response = await fetch('/camunda/api/admin/auth/user/default', {credentials: 'same-origin'});
  token = response.headers.get('X-XSRF-TOKEN') || '';
  return token;
}

/** Forgets the token (after a login the session has a new one). */
export function forgetCsrfToken() {
  token = null;
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) meta.remove();
}

function defaultMessage(status) {
  if (status === 403) return '您无权查看该内容（403）。';
  if (status === 404) return '未找到该记录（404）。';
  if (status === 400) return '请求参数有误（400）。';
  return '服务器暂时无法完成请求（' + status + '），请稍后再试。';
}

/**
 * Calls the API; resolves to {data, total} (total = header X-Total-Count, or null). Refusals
 * reject with an ApiError that carries the API's message; 401 goes to the login page.
 */
export async function api(path, {method = 'GET', body, headers = {}} = {}) {
  const h = {Accept: 'application/json', ...headers};
  if (method !== 'GET' && method !== 'HEAD') {
    h['X-XSRF-TOKEN'] = await csrfToken();
  }
  let response;
  try {
    response = await fetch(path, {method, headers: h, body, credentials: 'same-origin'});
  } catch (e) {
    throw new ApiError(0, '无法连接服务器，请检查网络后重试。');
  }
  if (response.status === 401) {
    let expired = false;
    try {
      expired = (await response.json()).error === 'SESSION_EXPIRED';
    } catch (e) {
      expired = false;
    }
    window.location.href =
      '/workbench/login?next=' + encodeURIComponent(window.location.pathname + window.location.search) +
      (expired ? '&expired=1' : '');
    throw new ApiError(401, expired ? '会话已超时，请重新登录。' : '登录已过期，请重新登录。');
  }
  if (!response.ok) {
    let message = null;
    try {
      message = (await response.json()).message;
    } catch (e) {
      message = null;
    }
    throw new ApiError(response.status, message || defaultMessage(response.status));
  }
  const total = response.headers.get('X-Total-Count');
  const text = await response.text();
  return {data: text ? JSON.parse(text) : null, total: total == null ? null : Number(total)};
}

/** The JSON body of a GET. */
export async function getJson(path) {
  return (await api(path)).data;
}

// ------------------------------------------------------------------ DOM

/**
 * Builds an element. attrs: class, text, href, title, dataset {…}, on {event: fn}, any other
 * attribute (null / false left out). Children: nodes, strings (as text), arrays, null (skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (name === 'class') e.className = value;
    else if (name === 'text') e.textContent = String(value);
    else if (name === 'dataset') Object.assign(e.dataset, value);
    else if (name === 'on') for (const [ev, fn] of Object.entries(value)) e.addEventListener(ev, fn);
    else e.setAttribute(name, value === true ? '' : String(value));
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Shows an error (an ApiError's Chinese message) in the container. */
export function showError(container, error) {
  const message = error && error.message ? error.message : String(error);
  container.replaceChildren(el('div', {class: 'wb-error', role: 'alert', text: message}));
}

/** The empty state. */
export function empty(text = '暂无记录') {
  return el('p', {class: 'wb-empty', text});
}

/** A loading note. */
export function loading() {
  return el('p', {class: 'wb-loading', text: '正在加载…'});
}

// ------------------------------------------------------------------ formats

const DAY = new Intl.DateTimeFormat('sv-SE', {timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit'});

/** A date or timestamp as yyyy-MM-dd (timestamps with an offset in Asia/Shanghai). */
export function fmtDate(value) {
  if (value == null || value === '') return '';
  const s = String(value);
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return DAY.format(d);
  }
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  return m ? m[1] : s;
}

/** An amount in 元. */
export function fmtYuan(value) {
  if (value == null || value === '') return '';
  const n = Number(value);
  return Number.isNaN(n) ? String(value) : n.toLocaleString('zh-CN', {maximumFractionDigits: 2}) + ' 元';
}

/** A number with at most `digits` decimals. */
export function fmtNumber(value, digits = 2) {
  if (value == null || value === '') return '';
  const n = Number(value);
  return Number.isNaN(n) ? String(value) : n.toLocaleString('zh-CN', {maximumFractionDigits: digits});
}

/** 是 / 否 */
export function fmtBool(value) {
  return value == null ? '' : value ? '是' : '否';
}

/** The red / yellow light of an overdue flag (NONE, YELLOW, RED). */
export function light(flag) {
  if (flag === 'RED') return el('span', {class: 'wb-light wb-light-red', text: '红灯'});
  if (flag === 'YELLOW') return el('span', {class: 'wb-light wb-light-yellow', text: '黄灯'});
  return el('span', {class: 'wb-light wb-light-none', text: '正常'});
}

/** A link to the open task in Tasklist, or nothing. */
export function taskLink(taskId, text = '办理') {
  return taskId ? el('a', {href: taskHref(taskId), class: 'wb-task-link', text}) : '';
}

// ------------------------------------------------------------------ state in the query string

/** The page's state: the query string over the defaults. */
export function readState(defaults = {}) {
  const state = {...defaults};
  for (const [key, value] of new URLSearchParams(window.location.search)) state[key] = value;
  return state;
}

/** Keeps the state in the query string (non-empty values only). */
export function writeState(state) {
  const q = query(state);
  window.history.replaceState(null, '', window.location.pathname + (q ? '?' + q : ''));
}

/** A query string of the non-empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') q.set(key, value);
  }
  return q.toString();
}

/** The state without paging and sorting: what an export takes. */
export function filtersOf(state) {
  const {page, size, ...rest} = state;
  return rest;
}

/**
 * Binds a filter form to the state: fills the fields, and on submit / reset writes them into
 * the state (back to page 0) and calls onChange.
 */
export function bindFilters(form, state, onChange) {
  for (const field of form.elements) {
    if (field.name && state[field.name] != null) field.value = state[field.name];
  }
  const apply = () => {
    for (const field of form.elements) {
      if (field.name) state[field.name] = field.value.trim();
    }
    state.page = 0;
    onChange();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply, 0));
}

/** Fills a select with [{value, label}] after its first (「全部」) option, keeping `selected`. */
export function fillSelect(select, options, selected) {
  if (!select) return;
  const first = select.options[0];
  select.replaceChildren(first);
  for (const o of options) select.appendChild(el('option', {value: o.value, text: o.label}));
  if (selected != null) select.value = selected;
}

// ------------------------------------------------------------------ tables

function cell(column, row) {
  const value = column.render ? column.render(row) : row[column.key];
  return el('td', {class: column.num ? 'num' : null}, value == null ? '' : value);
}

function headerCell(column, sort, onSort) {
  if (!column.sort) return el('th', {class: column.num ? 'num' : null, text: column.label, scope: 'col'});
  const [field, dir] = (sort || '').split(',');
  const active = field === column.sort;
  const ariaSort = active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none';
  const mark = active ? (dir === 'asc' ? ' ▲' : ' ▼') : '';
  return el(
    'th',
    {class: column.num ? 'num' : null, scope: 'col', 'aria-sort': ariaSort},
    el('button', {
      type: 'button',
      class: 'wb-sort',
      dataset: {sort: column.sort},
      text: column.label + mark,
      on: {click: () => onSort(column.sort, active && dir === 'desc' ? 'asc' : 'desc')},
    }),
  );
}

/**
 * A table of rows (no paging). Columns: {key, label, render(row), num, sort}; a column with
 * `sort` sorts on the client (small summaries only).
 */
export function simpleTable(columns, rows, {id, emptyText} = {}) {
  if (!rows || rows.length === 0) return empty(emptyText);
  let current = rows;
  const box = el('div', {class: 'wb-scroll'});
  let sort = null;
  const draw = () => {
    const table = el(
      'table',
      {class: 'wb-table', id},
      el('thead', {}, el('tr', {}, columns.map((c) => headerCell(c, sort, onSort)))),
      el('tbody', {}, current.map((row) => el('tr', {}, columns.map((c) => cell(c, row))))),
    );
    box.replaceChildren(table);
  };
  const onSort = (field, dir) => {
    sort = field + ',' + dir;
    const sign = dir === 'asc' ? 1 : -1;
    current = [...rows].sort((a, b) => {
      const x = a[field];
      const y = b[field];
      if (x == null) return 1;
      if (y == null) return -1;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN')) * sign;
    });
    draw();
  };
  draw();
  return box;
}

/**
 * The logins a register answer created (`[{userId, initialPassword}]`; entries without a password
 * are logins that existed already): a notice with their initial passwords, shown this once; null
 * when none was created.
 */
export function initialPasswordsNote(logins) {
  const created = (logins || []).filter((l) => l && l.initialPassword);
  if (created.length === 0) return null;
  return el(
    'div',
    {class: 'wb-notice', id: 'initial-passwords'},
    el('p', {text: '已开通登录账号，初始密码只显示这一次，请当面或以安全方式交给本人，并提醒其登录后修改：'}),
    simpleTable(
      [
        {key: 'userId', label: '登录账号'},
        {key: 'initialPassword', label: '初始密码'},
      ],
      created,
      {id: 'login-table'},
    ),
  );
}

/**
 * A server-paged table in `container`: load(state) → {rows, total}; the header sorts (state.sort
 * = "field,asc|desc"), the pager pages (state.page, state.size); every change is kept in the
 * query string. Returns {reload}.
 */
export function pagedTable(container, {columns, load, state, id, onLoaded, emptyText}) {
  const reload = async () => {
    writeState(state);
    container.replaceChildren(loading());
    let result;
    try {
      result = await load(state);
    } catch (e) {
      showError(container, e);
      return;
    }
    const rows = result.rows || [];
    const total = result.total == null ? rows.length : result.total;
    const page = Number(state.page) || 0;
    const size = Number(state.size) || 20;
    const pages = Math.max(1, Math.ceil(total / size));
    const onSort = (field, dir) => {
      state.sort = field + ',' + dir;
      state.page = 0;
      reload();
    };
    const body =
      rows.length === 0
        ? empty(emptyText)
        : el(
            'div',
            {class: 'wb-scroll'},
            el(
              'table',
              {class: 'wb-table', id},
              el('thead', {}, el('tr', {}, columns.map((c) => headerCell(c, state.sort, onSort)))),
              el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => cell(c, row))))),
            ),
          );
    const go = (p) => {
      state.page = p;
      reload();
    };
    const pager = el(
      'div',
      {class: 'wb-pager'},
      el('span', {class: 'wb-total', text: '共 ' + total + ' 条，第 ' + (page + 1) + ' / ' + pages + ' 页'}),
      el('button', {type: 'button', class: 'secondary', disabled: page <= 0, text: '上一页', on: {click: () => go(page - 1)}}),
      el('button', {type: 'button', class: 'secondary', disabled: page + 1 >= pages, text: '下一页', on: {click: () => go(page + 1)}}),
      el(
        'label',
        {},
        '每页',
        el(
          'select',
          {
            class: 'wb-page-size',
            on: {
              change: (e) => {
                state.size = e.target.value;
                state.page = 0;
                reload();
              },
            },
          },
          [10, 20, 50, 100].map((n) => el('option', {value: n, selected: n === size, text: n + ' 条'})),
        ),
      ),
    );
    container.replaceChildren(body, pager);
    if (onLoaded) onLoaded(result);
  };
  return {reload};
}

/** Points an export link at `path` with the current filters (exactly the filtered rows). */
export function exportLink(link, path, state) {
  if (!link) return;
  const q = query(filtersOf(state));
  link.href = path + (q ? '?' + q : '');
}

// ------------------------------------------------------------------ charts

const charts = new Set();
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

/** Disposes the charts drawn so far (before a redraw). */
export function disposeCharts() {
  charts.forEach((c) => c.dispose());
  charts.clear();
}

/**
 * A chart figure: the ECharts chart (canvas) and a small table of its numbers beside it.
 * items: [{label, value}]; type: bar | hbar | pie | funnel | line.
 */
export function chart(container, {id, title, type = 'bar', items, valueLabel = '人数', integer = true, format = (v) => fmtNumber(v)}) {
  const figure = el('figure', {class: 'wb-figure', id});
  figure.appendChild(el('figcaption', {text: title}));
  container.appendChild(figure);
  if (!items || items.length === 0) {
    figure.appendChild(empty('暂无数据'));
    return null;
  }
  const box = el('div', {class: 'wb-figure-body'});
  const canvasBox = el('div', {class: 'wb-chart' + (type === 'hbar' ? ' wb-chart-tall' : '')});
  const numbers = simpleTable(
    [
      {key: 'label', label: '项目'},
      {key: 'value', label: valueLabel, num: true, render: (r) => format(r.value)},
    ],
    items,
  );
  numbers.classList.add('wb-chart-numbers');
  box.append(canvasBox, numbers);
  figure.appendChild(box);
  if (!window.echarts) {
    canvasBox.appendChild(empty('图表组件未加载，仅显示数字。'));
    return null;
  }
  const instance = window.echarts.init(canvasBox, null, {renderer: 'canvas'});
  instance.setOption(option(type, items, valueLabel, integer));
  charts.add(instance);
  return instance;
}

const COLORS = ['#c0392b', '#d35400', '#e6a23c', '#2e86c1', '#17a589', '#7d3c98', '#5d6d7e', '#a04000', '#1f618d', '#b7950b'];

function option(type, items, valueLabel, integer) {
  const labels = items.map((i) => i.label);
  const values = items.map((i) => i.value);
  const base = {color: COLORS, animation: false, tooltip: {trigger: type === 'pie' || type === 'funnel' ? 'item' : 'axis'}};
  if (type === 'pie') {
    // empty slices only in the table beside the chart: their labels would pile up
    const slices = items.filter((i) => Number(i.value) > 0);
    return {...base, series: [{type: 'pie', radius: ['35%', '65%'], data: slices.map((i) => ({name: i.label, value: i.value})), label: {formatter: '{b}\n{c}'}}]};
  }
  if (type === 'funnel') {
    return {
      ...base,
      series: [{type: 'funnel', sort: 'none', left: '4%', width: '58%', minSize: '8%', data: items.map((i) => ({name: i.label, value: i.value})), label: {formatter: '{b}：{c}'}}],
    };
  }
  if (type === 'hbar') {
    return {
      ...base,
      grid: {left: 8, right: 24, top: 8, bottom: 8, containLabel: true},
      xAxis: {type: 'value', minInterval: integer ? 1 : 0},
      yAxis: {type: 'category', data: labels, inverse: true, axisLabel: {width: 110, overflow: 'truncate'}},
      series: [{type: 'bar', name: valueLabel, data: values, label: {show: true, position: 'right'}}],
    };
  }
  return {
    ...base,
    grid: {left: 8, right: 16, top: 24, bottom: 8, containLabel: true},
    xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, rotate: labels.length > 6 || labels.join('').length > 24 ? 30 : 0}},
    yAxis: {type: 'value', minInterval: integer ? 1 : 0},
    series: [{type: type === 'line' ? 'line' : 'bar', name: valueLabel, data: values, label: {show: labels.length <= 12, position: 'top'}}],
  };
}
