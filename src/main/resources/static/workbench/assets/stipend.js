/* Labels and columns shared by the chair-stipend pages. */
import {el, fmtBool, fmtNumber, fmtYuan} from './workbench.js';

export const ROSTER_STATUS = [
  ['INELIGIBLE', '不符合条件'], ['AWAITING_SELF_REPORT', '待提交述职'], ['AWAITING_ASSESSMENT', '待考核'],
  ['NO_SELF_REPORT', '未按期述职'], ['ASSESSED', '已考核'], ['FAILED', '考核不合格'], ['PAID', '已发放'],
];
const STATUS = Object.fromEntries(ROSTER_STATUS);

export const statusOf = (r) => r.statusLabel || STATUS[r.status] || r.status || '';

/** The columns of a chair's line in a quarter. */
export function lineColumns({withChair = true} = {}) {
  return [
    ...(withChair
      ? [
          {key: 'chairId', label: '编号', sort: 'chairId'},
          {key: 'name', label: '姓名', sort: 'name'},
          {key: 'enterpriseName', label: '企业'},
          {key: 'townName', label: '镇（街道）', render: (r) => r.townName || r.townUnitCode},
        ]
      : []),
    {key: 'eligible', label: '符合条件', render: (r) => fmtBool(r.eligible)},
    {key: 'reasonLabel', label: '不符合原因', render: (r) => r.reasonLabel || r.reason || ''},
    {key: 'status', label: '状态', sort: withChair ? 'status' : null, render: (r) => el('span', {class: 'wb-status wb-status-' + String(r.status || '').toLowerCase(), text: statusOf(r)})},
    {key: 'gradeLabel', label: '考核等次', render: (r) => r.gradeLabel || r.grade || ''},
    {key: 'score', label: '得分', num: true, render: (r) => fmtNumber(r.score, 1)},
    {key: 'monthlyAmount', label: '月标准', num: true, render: (r) => fmtYuan(r.monthlyAmount)},
    {key: 'months', label: '月数', num: true},
    {key: 'quarterAmount', label: '季度金额', num: true, sort: withChair ? 'quarterAmount' : null, render: (r) => fmtYuan(r.quarterAmount)},
  ];
}
