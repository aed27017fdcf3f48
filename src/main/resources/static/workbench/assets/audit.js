/*
 * 审计记录 (audit administrator): the audit trail newest first, searched by user, kind and date
 * (GET /api/audit/events), exported with exactly these filters (GET /api/audit/events.xlsx).
 */
import {api, bindFilters, exportLink, fillSelect, pagedTable, readState} from './workbench.js';

const KINDS = [
  {value: 'LOGIN', label: '登录'},
  {value: 'LOGOUT', label: '退出'},
  {value: 'ID_NUMBER_VIEW', label: '查看完整身份证号'},
  {value: 'EXPORT', label: '导出'},
  {value: 'REGISTER_CHANGE', label: '登记册变更'},
  {value: 'AUTHORIZATION_CHANGE', label: '权限变更'},
  {value: 'ADMIN_ACTION', label: '管理操作'},
];

const form = document.getElementById('filters');
const state = readState({page: 0, size: 50});
fillSelect(form.elements.kind, KINDS, state.kind);

const table = pagedTable(document.getElementById('list'), {
  id: 'audit-table',
  emptyText: '暂无审计记录',
  state,
  columns: [
    {key: 'occurredAt', label: '时间'},
    {key: 'userId', label: '用户'},
    {key: 'clientAddress', label: '来源地址'},
    {key: 'kindLabel', label: '类别'},
    {key: 'action', label: '操作'},
    {key: 'target', label: '对象'},
    {key: 'outcomeLabel', label: '结果'},
  ],
  load: async (s) => {
    exportLink(document.getElementById('export'), '/api/audit/events.xlsx', s);
    const {data, total} = await api('/api/audit/events?' + new URLSearchParams(clean(s)));
    return {rows: data, total};
  },
});

function clean(s) {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v != null && v !== ''));
}

bindFilters(form, state, () => table.reload());
table.reload();
