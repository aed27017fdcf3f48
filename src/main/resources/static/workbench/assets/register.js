/*
 * The registers of §7 (述职单位, 评议代表, 工会主席): the list paged and searched on the server, the
 * export of the searched rows, a form to register or change one record, and the import of a sheet
 * (all rows or none: a refused sheet lists each bad row with its number and Chinese reason). A
 * login created by registering or importing shows its initial password here, this once.
 */
import {api, csrfToken, el, exportLink, fillSelect, fmtBool, fmtDate, pagedTable, query, readState, showError, initialPasswordsNote, simpleTable, bindFilters} from './workbench.js';

const main = document.getElementById('register');
const readOnly = main.dataset.readOnly === 'true';
const towns = main.dataset.towns ? JSON.parse(main.dataset.towns) : [];
const YES_NO = [{value: 'true', label: '是'}, {value: 'false', label: '否'}];

const REGISTERS = {
  units: {
    base: '/api/registers/units',
    key: 'unitCode',
    noun: '述职单位',
    columns: [
      {key: 'unitCode', label: '代码'},
      {key: 'unitName', label: '述职单位名称'},
      {key: 'unitKind', label: '类别', render: (r) => (r.unitKind === 'COUNTY' ? '县（市）' : '州产改成员单位')},
      {key: 'sortOrder', label: '述职顺序', num: true},
      {key: 'contactId', label: '联络员账号'},
      {key: 'contactName', label: '联络员'},
      {key: 'contactPhone', label: '联络员手机'},
    ],
    fields: [
      {name: 'unitCode', label: '述职单位代码', key: true, placeholder: '例如 hhunit25'},
      {name: 'unitName', label: '述职单位名称', maxLength: 100},
      {name: 'unitKind', label: '单位类别', options: [{value: 'MEMBER', label: '州产改成员单位'}, {value: 'COUNTY', label: '县（市）'}]},
      {name: 'sortOrder', label: '述职顺序', type: 'number'},
      {name: 'contactId', label: '联络员账号', maxLength: 64},
      {name: 'contactName', label: '联络员姓名', maxLength: 30},
      {name: 'contactPhone', label: '联络员手机号码', maxLength: 11},
    ],
  },
  raters: {
    base: '/api/registers/raters',
    key: 'raterId',
    noun: '评议代表',
    filter: {name: 'panel', label: '代表类别', options: [{value: 'WORKER', label: '产业工人代表'}, {value: 'MANAGER', label: '企业管理者代表'}]},
    columns: [
      {key: 'raterId', label: '账号'},
      {key: 'name', label: '姓名'},
      {key: 'panel', label: '代表类别', render: (r) => (r.panel === 'WORKER' ? '产业工人代表' : '企业管理者代表')},
      {key: 'workplace', label: '工作单位'},
      {key: 'countyName', label: '所在县（市）'},
      {key: 'phone', label: '手机号码'},
    ],
    fields: [
      {name: 'raterId', label: '评议代表账号', key: true, maxLength: 64},
      {name: 'name', label: '姓名', maxLength: 30},
      {name: 'panel', label: '代表类别', options: [{value: 'WORKER', label: '产业工人代表'}, {value: 'MANAGER', label: '企业管理者代表'}]},
      {name: 'workplace', label: '工作单位', maxLength: 100},
      {name: 'countyCode', label: '所在县（市）', optional: true, options: []},
      {name: 'phone', label: '手机号码', maxLength: 11},
    ],
  },
  chairs: {
    base: '/api/registers/chairs',
    key: 'chairId',
    noun: '工会主席',
    filter: towns.length > 1 ? {name: 'town', label: '镇（街道）、园区工会', options: towns} : null,
    columns: [
      {key: 'chairId', label: '编号（账号）'},
      {key: 'name', label: '姓名'},
      {key: 'enterpriseName', label: '企业'},
      {key: 'townName', label: '镇（街道）、园区工会'},
      {key: 'unionMembers', label: '会员人数', num: true},
      {key: 'standaloneUnion', label: '单独建会', render: (r) => fmtBool(r.standaloneUnion)},
      {key: 'directlyUnderTown', label: '直属', render: (r) => fmtBool(r.directlyUnderTown)},
      {key: 'inOffice', label: '在岗在职', render: (r) => fmtBool(r.inOffice)},
      {key: 'officeStart', label: '任职开始', render: (r) => fmtDate(r.officeStart)},
      {key: 'officeEnd', label: '任职结束', render: (r) => fmtDate(r.officeEnd)},
      {key: 'idNumber', label: '身份证号码'},
    ],
    fields: [
      {name: 'chairId', label: '工会主席编号（登录账号）', key: true, maxLength: 64},
      {name: 'name', label: '姓名', maxLength: 64},
      {name: 'enterpriseName', label: '企业名称', maxLength: 200},
      {name: 'townUnitCode', label: '所属镇（街道）、园区工会', options: towns},
      {name: 'unionMembers', label: '会员人数', type: 'number', json: 'integer'},
      {name: 'standaloneUnion', label: '单独建会', options: YES_NO, json: 'boolean'},
      {name: 'directlyUnderTown', label: '直属镇（街道）、园区工会', options: YES_NO, json: 'boolean'},
      {name: 'onPublicPayroll', label: '公务或事业编制', options: YES_NO, json: 'boolean'},
      {name: 'inOffice', label: '在岗在职', options: YES_NO, json: 'boolean'},
      {name: 'officeStart', label: '任职开始日期', type: 'date'},
      {name: 'officeEnd', label: '任职结束日期', type: 'date'},
      {name: 'idNumber', label: '身份证号码', maxLength: 18},
      {name: 'phone', label: '手机号码', maxLength: 11},
    ],
  },
};

const config = REGISTERS[main.dataset.register];
const form = document.getElementById('filters');
const state = readState({page: 0, size: 20});

if (config.filter) {
  const extra = document.getElementById('filter-extra');
  const select = el('select', {name: config.filter.name}, el('option', {value: '', text: '全部'}));
  extra.replaceChildren(config.filter.label, select);
  extra.hidden = false;
  fillSelect(select, config.filter.options, state[config.filter.name] || '');
}

// ------------------------------------------------------------------ the form

const editBox = document.getElementById('edit-box');
const editForm = document.getElementById('edit-form');
const editMessage = document.getElementById('edit-message');
let editing = null;

function input(field, value) {
  if (field.options) {
    const select = el('select', {name: field.name, id: 'field-' + field.name});
    select.appendChild(el('option', {value: '', text: field.optional ? '（无）' : '请选择'}));
    for (const o of field.options) select.appendChild(el('option', {value: o.value, text: o.label}));
    select.value = value == null ? '' : String(value);
    return select;
  }
  return el('input', {
    name: field.name,
    id: 'field-' + field.name,
    type: field.type || 'text',
    maxlength: field.maxLength,
    placeholder: field.placeholder,
    value: value == null ? '' : String(value),
    readonly: field.key && editing != null,
  });
}

function openForm(record) {
  editing = record ? record[config.key] : null;
  document.getElementById('edit-title').textContent = record ? '修改' + config.noun + ' ' + editing : '新增' + config.noun;
  document.getElementById('edit-fields').replaceChildren(
    ...config.fields.map((field) => el('label', {}, field.label, input(field, record ? record[field.name] : null))),
  );
  editMessage.replaceChildren();
  editBox.hidden = false;
  editBox.scrollIntoView({block: 'nearest'});
}

function body() {
  const values = {};
  for (const field of config.fields) {
    const raw = editForm.elements[field.name].value.trim();
    if (raw === '') continue;
    if (field.json === 'boolean') values[field.name] = raw === 'true';
    else if (field.json === 'integer') values[field.name] = Number.isInteger(Number(raw)) ? Number(raw) : raw;
    else values[field.name] = raw;
  }
  return values;
}

editForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const save = document.getElementById('save');
  save.disabled = true;
  try {
    const path = editing == null ? config.base : config.base + '/' + encodeURIComponent(editing);
    const {data} = await api(path, {
      method: editing == null ? 'POST' : 'PUT',
      body: JSON.stringify(body()),
      headers: {'Content-Type': 'application/json'},
    });
    editBox.hidden = true;
    resultBox.replaceChildren(el('p', {class: 'wb-ok', role: 'status', text: '已保存。'}), initialPasswordsNote([data.login]) || '');
    table.reload();
  } catch (e) {
    showError(editMessage, e);
  } finally {
    save.disabled = false;
  }
});
document.getElementById('cancel').addEventListener('click', () => {
  editBox.hidden = true;
});

// ------------------------------------------------------------------ the list

const columns = [...config.columns];
if (!readOnly) {
  columns.push({
    key: 'edit',
    label: '操作',
    render: (r) => el('button', {type: 'button', class: 'secondary wb-edit', text: '修改', on: {click: () => openForm(r)}}),
  });
}
const table = pagedTable(document.getElementById('list'), {
  id: 'register-list',
  state,
  columns,
  load: async (s) => {
    exportLink(document.getElementById('export'), config.base + '.xlsx', s);
    const {data, total} = await api(config.base + '?' + query(s));
    return {rows: data, total};
  },
});

// ------------------------------------------------------------------ import

const resultBox = document.getElementById('import-result');
document.getElementById('import-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('import-file');
  if (!file.files.length) return;
  const upload = new FormData();
  upload.append('file', file.files[0]);
  const button = document.getElementById('import-button');
  button.disabled = true;
  resultBox.replaceChildren();
  try {
    const response = await fetch(config.base + '/import', {
      method: 'POST',
      body: upload,
      credentials: 'same-origin',
      headers: {Accept: 'application/json', 'X-XSRF-TOKEN': await csrfToken()},
    });
    const answer = await response.json().catch(() => ({}));
    if (response.status === 422 && Array.isArray(answer.rows)) {
      resultBox.replaceChildren(
        el('div', {class: 'wb-error', role: 'alert', id: 'import-message', text: answer.message}),
        simpleTable(
          [
            {key: 'row', label: '行号', num: true},
            {key: 'reason', label: '问题', render: (r) => el('span', {class: 'wide', text: r.reason})},
          ],
          answer.rows,
          {id: 'import-errors'},
        ),
      );
    } else if (!response.ok) {
      showError(resultBox, new Error(answer.message || '导入失败（' + response.status + '）。'));
    } else {
      resultBox.replaceChildren(
        el('p', {class: 'wb-ok', role: 'status', id: 'import-message', text: '已导入 ' + answer.imported + ' 行（新增 ' + answer.created + '，更新 ' + answer.updated + '）。'}),
        initialPasswordsNote(answer.logins) || '',
      );
      file.value = '';
      table.reload();
    }
  } catch (e) {
    showError(resultBox, e);
  } finally {
    button.disabled = false;
  }
});

if (!readOnly) {
  document.getElementById('import-box').hidden = false;
  const add = document.getElementById('new-record');
  add.hidden = false;
  add.addEventListener('click', () => openForm(null));
}

if (main.dataset.register === 'raters' && !readOnly) {
  try {
    const {data} = await api('/api/registers/units?size=200');
    config.fields.find((f) => f.name === 'countyCode').options = data
      .filter((u) => u.unitKind === 'COUNTY')
      .map((u) => ({value: u.unitCode, label: u.unitName}));
  } catch (e) {
    // the form still works without the county choices
  }
}

bindFilters(form, state, () => table.reload());
table.reload();
