/*
 * 全程纪实 of one case: personal data, open tasks, mentor / inspector, inspections, stage history
 * and every step in order (actor's real name, decision, comment, date, days against the due
 * date); A4 print view (workbench.css @media print) with the 打印 button.
 */
import {ApiError, el, empty, fmtDate, fmtNumber, getJson, light, showError, simpleTable, taskLink} from './workbench.js';

const main = document.getElementById('record');
const recordNo = main.dataset.recordNo;
const body = document.getElementById('record-body');
const base = '/api/direct-report/candidates/' + encodeURIComponent(recordNo);

document.getElementById('print').addEventListener('click', () => window.print());

const PERSONAL = [
  ['candidateName', '姓名'], ['genderLabel', '性别'], ['ethnicity', '民族'], ['birthDate', '出生日期', fmtDate],
  ['age', '年龄'], ['idNumber', '身份证号'], ['phone', '联系电话'], ['education', '学历'],
  ['politicalStatusLabel', '政治面貌'], ['jobTitle', '岗位'], ['skillLevel', '技能等级'],
  ['talentCategoryLabel', '人才类别'], ['industry', '行业'], ['enterpriseName', '企业'], ['parkName', '园区'],
  ['liaisonName', '特约培养联系人'],
  ['discoveryChannel', '发现渠道'], ['applicationDate', '入党申请日期', fmtDate], ['honors', '所获荣誉'],
  ['statusLabel', '状态'], ['stageLabel', '发展阶段'], ['nominatedAt', '推荐日期', fmtDate],
  ['approvedAt', '入库日期', fmtDate], ['closedAt', '办结日期', fmtDate], ['closingReason', '办结原因'],
  ['recommendationReason', '推荐理由'],
];

function section(title, content) {
  return el('section', {class: 'wb-box wb-record-section'}, el('h2', {text: title}), content);
}

function personal(c) {
  const cells = PERSONAL.filter(([key]) => c[key] != null && c[key] !== '').map(([key, label, f]) => [
    el('th', {scope: 'row', text: label}),
    el('td', {class: key === 'recommendationReason' || key === 'honors' ? 'wide' : null, text: f ? f(c[key]) : c[key]}),
  ]);
  return el('div', {class: 'wb-scroll'}, el('table', {class: 'wb-table wb-record-table', id: 'personal'}, el('tbody', {}, cells.map((pair) => el('tr', {}, pair)))));
}

function render(c, timeline) {
  const parts = [section('基本信息', personal(c))];
  parts.push(
    section(
      '当前待办',
      simpleTable(
        [
          {key: 'name', label: '环节'},
          {key: 'holder', label: '办理人'},
          {key: 'dueDate', label: '办理期限', render: (r) => fmtDate(r.dueDate)},
          {key: 'overdueFlag', label: '督办', render: (r) => light(r.overdueFlag)},
          {key: 'taskId', label: '任务', render: (r) => taskLink(r.taskId, '在任务列表中办理')},
        ],
        c.openTasks,
        {id: 'open-tasks', emptyText: '暂无待办'},
      ),
    ),
  );
  parts.push(
    section(
      '培养联系人和考察人',
      simpleTable(
        [
          {key: 'roleLabel', label: '身份', render: (r) => r.roleLabel || r.role},
          {key: 'personName', label: '姓名'},
          {key: 'phone', label: '联系电话'},
          {key: 'namedByName', label: '确定人'},
          {key: 'namedAt', label: '确定日期', render: (r) => fmtDate(r.namedAt)},
        ],
        c.pairings,
        {id: 'pairings'},
      ),
    ),
  );
  parts.push(
    section(
      '半年考察',
      simpleTable(
        [
          {key: 'periodNo', label: '期次', num: true},
          {key: 'inspectionDate', label: '考察日期', render: (r) => fmtDate(r.inspectionDate)},
          {key: 'conduct', label: '思想表现'},
          {key: 'work', label: '工作表现'},
          {key: 'study', label: '学习情况'},
          {key: 'opinionLabel', label: '考察意见', render: (r) => r.opinionLabel || r.opinion},
          {key: 'recordedByName', label: '记录人'},
          {key: 'recordedAt', label: '记录日期', render: (r) => fmtDate(r.recordedAt)},
        ],
        c.inspections,
        {id: 'inspections'},
      ),
    ),
  );
  parts.push(
    section(
      '发展阶段',
      simpleTable(
        [
          {key: 'label', label: '阶段', render: (r) => r.label || r.stage},
          {key: 'reachedAt', label: '日期', render: (r) => fmtDate(r.reachedAt)},
        ],
        c.stages,
        {id: 'stages'},
      ),
    ),
  );
  parts.push(
    section(
      '办理过程',
      simpleTable(
        [
          {key: 'n', label: '序号', num: true},
          {key: 'stepLabel', label: '环节', render: (r) => r.stepLabel || r.step},
          {key: 'actorName', label: '办理人', render: (r) => r.actorName || r.actor || ''},
          {key: 'decisionLabel', label: '决定', render: (r) => r.decisionLabel || r.decision || ''},
          {key: 'comment', label: '意见'},
          {key: 'startedAt', label: '开始日期', render: (r) => fmtDate(r.startedAt)},
          {key: 'at', label: '办结日期', render: (r) => fmtDate(r.at)},
          {key: 'dueAt', label: '办理期限', render: (r) => fmtDate(r.dueAt)},
          {key: 'durationDays', label: '用时（天）', num: true, render: (r) => fmtNumber(r.durationDays, 1)},
          {key: 'overdue', label: '是否逾期', render: (r) => (r.overdue == null ? '' : r.overdue ? el('span', {class: 'wb-light wb-light-red', text: '逾期'}) : '按期')},
        ],
        (timeline || []).map((t, i) => ({...t, n: i + 1})),
        {id: 'timeline'},
      ),
    ),
  );
  parts.push(el('p', {class: 'wb-print-footer', text: '打印日期：' + fmtDate(new Date().toISOString())}));
  body.replaceChildren(...parts);
}

try {
  const [c, timeline] = await Promise.all([getJson(base), getJson(base + '/timeline')]);
  document.title = (c.candidateName || recordNo) + ' 全程纪实 - 产改工作台';
  render(c, timeline);
} catch (e) {
  if (e instanceof ApiError && e.status === 404 && !e.message) {
    body.replaceChildren(empty('未找到该记录。'));
  } else {
    showError(body, e);
  }
}
