/*
 * One stipend quarter: totals per town union, the chairs' lines (eligible or not and why,
 * status, grade, amounts) paged on the server with filters, and the exports (the filtered list
 * and the approved payment list).
 */
import {api, bindFilters, exportLink, fillSelect, fmtYuan, getJson, pagedTable, query, readState, showError, simpleTable, taskLink} from './workbench.js';
import {ROSTER_STATUS, lineColumns} from './stipend.js';

const main = document.getElementById('quarter');
const quarter = main.dataset.quarter;
const base = '/api/chair-stipend/quarters/' + encodeURIComponent(quarter);
const form = document.getElementById('filters');
const state = readState({page: 0, size: 20});

fillSelect(form.elements.status, ROSTER_STATUS.map(([value, label]) => ({value, label})), state.status || '');
document.getElementById('export-payments').href = base + '/payments.xlsx';

const table = pagedTable(document.getElementById('list'), {
  id: 'chair-lines',
  state,
  columns: [...lineColumns(), {key: 'taskId', label: '待办', render: (r) => taskLink(r.taskId)}],
  load: async (s) => {
    exportLink(document.getElementById('export'), base + '.xlsx', s);
    const {data, total} = await api(base + '?' + query(s));
    return {rows: data, total};
  },
});

async function towns() {
  const box = document.getElementById('towns');
  try {
    const body = await getJson(base + '/towns');
    const rows = body.towns || [];
    fillSelect(form.elements.town, rows.map((t) => ({value: t.townUnitCode, label: t.townName})), state.town || '');
    box.replaceChildren(
      simpleTable(
        [
          {key: 'townName', label: '镇（街道）', sort: 'townName'},
          {key: 'chairs', label: '主席人数', num: true, sort: 'chairs'},
          {key: 'eligible', label: '符合条件', num: true},
          {key: 'assessed', label: '已考核', num: true},
          {key: 'totalAmount', label: '津贴合计', num: true, sort: 'totalAmount', render: (r) => fmtYuan(r.totalAmount)},
        ],
        body.total && rows.length > 1 ? [...rows, body.total] : rows,
        {id: 'town-totals'},
      ),
    );
  } catch (e) {
    showError(box, e);
  }
}

if (main.dataset.chairOnly === 'true') {
  document.getElementById('towns-box').hidden = true;
} else {
  await towns();
}
bindFilters(form, state, () => table.reload());
table.reload();
