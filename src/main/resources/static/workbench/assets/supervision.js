/*
 * 红黄灯督办: open review tasks and member-development steps with a statutory limit past their due
 * date by park and enterprise (yellow excludes red), and the overdue review tasks themselves, oldest first, each linking to its task in Tasklist.
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

/** A light count, coloured when not zero. */
const count = (n, cls) => el('span', {class: n ? cls : null, text: n});

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
          {key: 'yellow', label: '审核黄灯', num: true, sort: 'yellow', render: (r) => count(r.yellow, 'wb-count-yellow')},
          {key: 'red', label: '审核红灯', num: true, sort: 'red', render: (r) => count(r.red, 'wb-count-red')},
          {key: 'oldestDueDate', label: '审核最早到期', sort: 'oldestDueDate', render: (r) => fmtDate(r.oldestDueDate)},
          {key: 'memberDevelopmentYellow', label: '发展党员黄灯', num: true, sort: 'memberDevelopmentYellow', render: (r) => count(r.memberDevelopmentYellow, 'wb-count-yellow')},
          {key: 'memberDevelopmentRed', label: '发展党员红灯', num: true, sort: 'memberDevelopmentRed', render: (r) => count(r.memberDevelopmentRed, 'wb-count-red')},
          {key: 'memberDevelopmentOldestDueDate', label: '发展党员最早到期', sort: 'memberDevelopmentOldestDueDate', render: (r) => fmtDate(r.memberDevelopmentOldestDueDate)},
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
