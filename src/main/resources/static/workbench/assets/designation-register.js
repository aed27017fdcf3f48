/*
 * 登记册 (organization department): one register of DOMAIN §7 — the list searched and paged on
 * the server (GET /api/registers/{register}?q=&page=&size=), the edit form built from the
 * register's fields (data-fields; POST to register, PUT …/{key} to update), the import upload
 * (POST …/import, multipart; a refused sheet lists each bad row with its row number and reason)
 * and the export of exactly the searched rows (GET /api/registers/{register}.xlsx?q=). One-time
 * passwords of logins created now are shown once.
 */
import {api, ApiError, bindFilters, csrfToken, el, exportLink, fmtBool, pagedTable, readState, initialPasswordsNote, showError, simpleTable} from './workbench.js';

const main = document.getElementById('register');
const register = main.dataset.register;
const fields = JSON.parse(main.dataset.fields);
const key = fields[0].name;
const base = '/api/registers/' + register;
const state = readState({page: 0, size: 20});

/** A referenced row's name beside its code: parkCode → parkName, liaisonId → liaisonName. */
function shown(field, row) {
  const value = row[field.name];
  if (field.kind === 'FLAG') return fmtBool(value);
  const nameKey = field.name.replace(/(Code|Id)$/, 'Name');
  if (nameKey !== field.name && field.name !== key && row[nameKey]) return row[nameKey] + '（' + value + '）';
  return value == null ? '' : value;
}

const table = pagedTable(document.getElementById('list'), {
  id: 'register-table',
  emptyText: '登记册中暂无记录',
  state,
  columns: [
    ...fields.map((f) => ({key: f.name, label: f.label, render: (row) => shown(f, row)})),
    {
      key: 'edit',
      label: '操作',
      render: (row) => el('button', {type: 'button', class: 'secondary wb-edit', dataset: {key: row[key]}, text: '编辑', on: {click: () => edit(row)}}),
    },
  ],
  load: async (s) => {
    exportLink(document.getElementById('export'), base + '.xlsx', s);
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(s)) if (v != null && v !== '') q.set(k, v);
    const {data, total} = await api(base + '?' + q);
    return {rows: data, total};
  },
});

// ------------------------------------------------------------------ edit form

const editor = document.getElementById('editor');
const form = document.getElementById('edit-form');
const editMessage = document.getElementById('edit-message');
let editing = null;

function input(field) {
  if (field.kind === 'FLAG') {
    return el('label', {class: 'wb-check'}, el('input', {type: 'checkbox', name: field.name}), field.label);
  }
  return el(
    'label',
    {},
    el('span', {class: field.required ? 'wb-required' : null, text: field.label}),
    el('input', {name: field.name, maxlength: field.maxLength, autocomplete: 'off', required: field.required}),
  );
}

form.append(
  ...fields.map(input),
  el(
    'div',
    {class: 'wb-filter-actions'},
    el('button', {type: 'submit', id: 'save', text: '保存'}),
    el('button', {type: 'button', class: 'secondary', text: '取消', on: {click: () => (editor.hidden = true)}}),
  ),
);

function open(row) {
  editing = row ? row[key] : null;
  document.getElementById('editor-title').textContent = row ? '编辑：' + row[key] : '新增';
  for (const field of fields) {
    const control = form.elements[field.name];
    if (field.kind === 'FLAG') control.checked = Boolean(row && row[field.name]);
    else control.value = row && row[field.name] != null ? row[field.name] : '';
  }
  form.elements[key].readOnly = Boolean(row);
  editMessage.replaceChildren();
  editor.hidden = false;
  form.elements[row ? fields[1].name : key].focus();
}

function edit(row) {
  open(row);
}

document.getElementById('new').addEventListener('click', () => open(null));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = {};
  for (const field of fields) {
    const control = form.elements[field.name];
    if (field.kind === 'FLAG') body[field.name] = control.checked;
    else if (control.value.trim() !== '') body[field.name] = control.value.trim();
  }
  const save = document.getElementById('save');
  save.disabled = true;
  try {
    const path = editing ? base + '/' + encodeURIComponent(editing) : base;
    const {data} = await api(path, {
      method: editing ? 'PUT' : 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body),
    });
    editing = data.entry[key];
    form.elements[key].readOnly = true;
    editMessage.replaceChildren(
      ...[el('p', {class: 'wb-ok', role: 'status', text: '已保存：' + editing}), initialPasswordsNote(data.logins)].filter(Boolean),
    );
    table.reload();
  } catch (e) {
    showError(editMessage, e);
  } finally {
    save.disabled = false;
  }
});

// ------------------------------------------------------------------ import

const importMessage = document.getElementById('import-message');

document.getElementById('import-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('import-file');
  if (!file.files.length) return;
  const upload = new FormData();
  upload.append('file', file.files[0]);
  const button = document.getElementById('import');
  button.disabled = true;
  importMessage.replaceChildren(el('p', {class: 'wb-loading', text: '正在导入…'}));
  try {
    const response = await fetch(base + '/import', {
      method: 'POST',
      body: upload,
      headers: {Accept: 'application/json', 'X-XSRF-TOKEN': await csrfToken()},
      credentials: 'same-origin',
    });
    let answer = null;
    try {
      answer = await response.json();
    } catch (e) {
      answer = null;
    }
    if (response.status === 422 && answer && answer.rows) {
      importMessage.replaceChildren(
        el('div', {class: 'wb-error', role: 'alert', text: answer.message}),
        simpleTable(
          [
            {key: 'row', label: '行号', num: true},
            {key: 'reason', label: '错误原因'},
          ],
          answer.rows,
          {id: 'import-errors'},
        ),
      );
      return;
    }
    if (!response.ok) {
      throw new ApiError(response.status, (answer && answer.message) || '导入失败（' + response.status + '）。');
    }
    importMessage.replaceChildren(
      ...[el('p', {class: 'wb-ok', role: 'status', text: '已导入 ' + answer.imported + ' 条记录。'}), initialPasswordsNote(answer.logins)].filter(Boolean),
    );
    file.value = '';
    table.reload();
  } catch (e) {
    showError(importMessage, e);
  } finally {
    button.disabled = false;
  }
});

bindFilters(document.getElementById('filters'), state, () => table.reload());
table.reload();
