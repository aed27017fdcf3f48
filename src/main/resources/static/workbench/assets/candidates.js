/*
 * 信息库 (all cases the user may see) and 我的推荐 (an enterprise's own nominations; the API
 * scopes them): filters, server-paged sortable table, export of exactly the filtered rows.
 */
import {
  api, bindFilters, el, exportLink, fillSelect, fmtDate, getJson, light, pagedTable, readState,
  recordHref, taskLink,
} from './workbench.js';

const main = document.getElementById('candidates');
const mine = main.dataset.mode === 'mine';
const form = document.getElementById('filters');
const state = readState({page: 0, size: 20, sort: 'nominatedAt,desc'});

const columns = [
  {key: 'recordNo', label: '记录号', sort: 'recordNo', render: (r) => el('a', {href: recordHref(r.recordNo), text: r.recordNo})},
  {key: 'candidateName', label: '姓名', sort: 'candidateName'},
  ...(mine ? [] : [{key: 'enterpriseName', label: '企业', sort: 'enterpriseCode'}, {key: 'parkName', label: '园区', sort: 'parkCode'}]),
  {key: 'statusLabel', label: '状态', sort: 'status', render: (r) => r.statusLabel || r.status},
  {key: 'stageLabel', label: '阶段', sort: 'stage', render: (r) => r.stageLabel || r.stage || ''},
  {key: 'currentStep', label: '当前环节', render: (r) => r.currentStep || '—'},
  {key: 'currentHolder', label: '当前办理人', render: (r) => r.currentHolder || '—'},
  ...(mine ? [] : [
    {key: 'genderLabel', label: '性别', render: (r) => r.genderLabel || ''},
    {key: 'age', label: '年龄', num: true},
    {key: 'education', label: '学历'},
    {key: 'talentCategoryLabel', label: '人才类别'},
    {key: 'idNumber', label: '身份证号'},
  ]),
  {key: 'nominatedAt', label: '推荐日期', sort: 'nominatedAt', render: (r) => fmtDate(r.nominatedAt)},
  {key: 'approvedAt', label: '入库日期', sort: 'approvedAt', render: (r) => fmtDate(r.approvedAt)},
  {key: 'overdueFlag', label: '督办', render: (r) => light(r.overdueFlag)},
  {key: 'taskId', label: '待办', render: (r) => taskLink(r.taskId, '在任务列表中办理')},
];

const table = pagedTable(document.getElementById('list'), {
  id: 'candidate-table',
  columns,
  state,
  load: async (s) => {
    exportLink(document.getElementById('export'), '/api/direct-report/candidates.xlsx', s);
    const {data, total} = await api('/api/direct-report/candidates?' + new URLSearchParams(clean(s)));
    return {rows: data, total};
  },
});

function clean(s) {
  const out = {};
  for (const [k, v] of Object.entries(s)) if (v != null && v !== '') out[k] = v;
  return out;
}

async function choices() {
  if (mine) return;
  try {
    const c = await getJson('/api/workbench/choices');
    const parkSelect = form.elements.park;
    const enterpriseSelect = form.elements.enterprise;
    fillSelect(parkSelect, c.parks.map((p) => ({value: p.code, label: p.name})), state.park || '');
    const enterprises = () =>
      c.enterprises
        .filter((e) => !parkSelect.value || e.parkCode === parkSelect.value)
        .map((e) => ({value: e.code, label: e.name}));
    fillSelect(enterpriseSelect, enterprises(), state.enterprise || '');
    parkSelect.addEventListener('change', () => fillSelect(enterpriseSelect, enterprises(), ''));
  } catch (e) {
    // the lists stay at 「全部」; the table shows any real refusal
  }
}

async function returnedNotice() {
  if (!mine) return;
  const notice = document.getElementById('returned-notice');
  try {
    const {data, total} = await api('/api/direct-report/candidates?status=RETURNED&size=50');
    if (!total) return;
    notice.replaceChildren(
      el('strong', {text: '有 ' + total + ' 条推荐被退回，请修改后重新报送'}),
      el(
        'ul',
        {},
        data.map((r) =>
          el('li', {}, r.candidateName + '（' + r.recordNo + '） ', taskLink(r.taskId, '去修改')),
        ),
      ),
    );
    notice.hidden = false;
  } catch (e) {
    // the table below shows the API's message
  }
}

await choices();
bindFilters(form, state, () => table.reload());
returnedNotice();
table.reload();
