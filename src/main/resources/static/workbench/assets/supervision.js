/*
 * 红黄灯督办: open review tasks past their due date by park and enterprise (yellow excludes red),
 * and the overdue tasks themselves, oldest first, each linking to its task in Tasklist.
 */
import {api, bindFilters, el, fillSelect, fmtDate, getJson, light, pagedTable, query, readState, recordHref, showError, simpleTable, taskLink} from './workbench.js';

const form = document.getElementById('filters');
const summary = document.getElementById('summary');
const state = readState({page: 0, size: 20});

const table = pagedTable(document.getElementById('tasks'), {
  id: 'supervision-tasks',
  emptyText: '暂无逾期任务',
  state,
  columns: [
    {key: 'recordNo', label: '记录号', render: (r) => el('a', {href: recordHref(r.recordNo), text: r.recordNo})},
    {key: 'candidateName', label: '姓名'},
    {key: 'enterpriseName', label: '企业'},
    {key: 'parkName', label: '园区'},
    {key: 'currentStep', label: '当前环节'},
    {key: 'currentHolder', label: '办理人'},
    {key: 'dueDate', label: '办理期限', render: (r) => fmtDate(r.dueDate)},
    {key: 'overdueFlag', label: '灯色', render: (r) => light(r.overdueFlag)},
    {key: 'daysOverdue', label: '逾期天数', num: true},
    {key: 'taskId', label: '任务', render: (r) => taskLink(r.taskId, '在任务列表中打开')},
  ],
  load: async (s) => {
    const {data, total} = await api('/api/direct-report/supervision/tasks?' + query(s));
    return {rows: data, total};
  },
});

async function loadSummary() {
  try {
    const rows = await getJson('/api/direct-report/supervision');
    summary.replaceChildren(
      simpleTable(
        [
          {key: 'parkName', label: '园区', sort: 'parkName', render: (r) => r.parkName || r.parkCode},
          {
            key: 'enterpriseName',
            label: '企业',
            sort: 'enterpriseName',
            render: (r) =>
              el('a', {
                href: '#tasks',
                text: r.enterpriseName || r.enterpriseCode,
                on: {
                  click: () => {
                    state.park = r.parkCode;
                    state.enterprise = r.enterpriseCode;
                    state.page = 0;
                    form.elements.park.value = r.parkCode || '';
                    form.elements.enterprise.value = r.enterpriseCode || '';
                    table.reload();
                  },
                },
              }),
          },
          {key: 'yellow', label: '黄灯', num: true, sort: 'yellow', render: (r) => el('span', {class: r.yellow ? 'wb-count-yellow' : null, text: r.yellow})},
          {key: 'red', label: '红灯', num: true, sort: 'red', render: (r) => el('span', {class: r.red ? 'wb-count-red' : null, text: r.red})},
          {key: 'oldestDueDate', label: '最早到期', sort: 'oldestDueDate', render: (r) => fmtDate(r.oldestDueDate)},
        ],
        rows,
        {id: 'supervision-summary', emptyText: '暂无逾期任务'},
      ),
    );
  } catch (e) {
    showError(summary, e);
  }
}

try {
  const c = await getJson('/api/workbench/choices');
  fillSelect(form.elements.park, c.parks.map((p) => ({value: p.code, label: p.name})), state.park || '');
  fillSelect(form.elements.enterprise, c.enterprises.map((e) => ({value: e.code, label: e.name})), state.enterprise || '');
} catch (e) {
  // lists stay at 「全部」
}
bindFilters(form, state, () => table.reload());
loadSummary();
table.reload();
