/*
 * One review meeting's results: score, grade, rank, the panels' shares and ratings, the deputy
 * secretary's comment; a bar chart of the scores with the numbers beside it; the export.
 */
import {chart, el, fmtDate, fmtNumber, getJson, showError, simpleTable} from './workbench.js';

const main = document.getElementById('review-meeting');
const id = main.dataset.id;
const base = '/api/review-meetings/' + encodeURIComponent(id);
const header = document.getElementById('meeting-header');
const results = document.getElementById('results');
const exportLink = document.getElementById('export');

const RATINGS = [['EXCELLENT', '好'], ['GOOD', '较好'], ['FAIR', '一般'], ['POOR', '差']];
const ratings = (r) => (r ? RATINGS.map(([k, label]) => label + ' ' + (r[k] || 0)).join('，') : '');
const share = (score, weight) => (score == null ? '' : fmtNumber(score, 2) + (weight == null ? '' : '（权重 ' + fmtNumber(weight, 2) + '）'));

let unitCount = null;
try {
  const m = await getJson(base);
  unitCount = m.unitCount;
  document.getElementById('meeting-title').textContent = m.title || m.year + ' 年度述职评议结果';
  header.replaceChildren(
    el(
      'p',
      {class: 'wb-lead'},
      '会议日期：' + fmtDate(m.meetingDate) + '　状态：' + (m.statusLabel || m.status || '') +
        (m.unitCount == null ? '' : '　述职单位：' + m.unitCount + ' 个') +
        (m.talliedAt ? '　计分日期：' + fmtDate(m.talliedAt) : '') +
        (m.fedBackAt ? '　反馈日期：' + fmtDate(m.fedBackAt) : ''),
    ),
  );
  const qrBox = document.getElementById('sheet-qr-box');
  if (qrBox && m.status === 'OPEN' && !m.tallied) {
    document.getElementById('sheet-qr').src = base + '/sheet-qr.svg';
    qrBox.hidden = false;
  }
} catch (e) {
  showError(header, e);
}

try {
  const rows = await getJson(base + '/results');
  if (rows.length > 1) {
    exportLink.href = base + '/results.xlsx';
    exportLink.hidden = false;
  }
  const ranked = [...rows].sort((a, b) => (a.rank || 0) - (b.rank || 0));
  const ownFeedback = rows.length === 1 && unitCount > 1;
  if (ownFeedback) {
    results.closest('section').before(feedback(rows[0]));
  }
  chart(ownFeedback ? el('div') : document.getElementById('chart'), {
    id: 'chart-scores',
    title: '综合得分',
    type: rows.length > 8 ? 'hbar' : 'bar',
    valueLabel: '得分',
    integer: false,
    format: (v) => fmtNumber(v, 2),
    items: ranked.filter((r) => r.score != null).map((r) => ({label: r.unitName, value: r.score})),
  });
  results.replaceChildren(
    simpleTable(
      [
        {key: 'rank', label: '排名', num: true, sort: 'rank'},
        {key: 'unitName', label: '单位', sort: 'unitName'},
        {key: 'score', label: '综合得分', num: true, sort: 'score', render: (r) => fmtNumber(r.score, 2)},
        {key: 'gradeLabel', label: '等次', render: (r) => r.gradeLabel || r.grade || ''},
        {key: 'workerScore', label: '职工代表', num: true, render: (r) => share(r.workerScore, r.workerWeight)},
        {key: 'managerScore', label: '企业管理者代表', num: true, render: (r) => share(r.managerScore, r.managerWeight)},
        {key: 'workerRatings', label: '职工代表评议', render: (r) => ratings(r.workerRatings)},
        {key: 'managerRatings', label: '管理者代表评议', render: (r) => ratings(r.managerRatings)},
        {key: 'reportStatusLabel', label: '述职情况', render: (r) => r.reportStatusLabel || r.reportStatus || ''},
        {key: 'comment', label: '副书记点评'},
      ],
      ranked,
      {id: 'results-table', emptyText: '暂无评议结果（尚未计分或尚未反馈）'},
    ),
  );
} catch (e) {
  showError(results, e);
}

/** A unit's own feedback, as a sentence: what its Party committee reads first (DOMAIN §2.5). */
function feedback(r) {
  const missing = r.reportStatus === 'MISSING';
  return el(
    'section',
    {class: 'wb-box', id: 'unit-feedback'},
    el('h2', {}, '本单位评议反馈：' + r.unitName),
    el(
      'p',
      {class: 'wb-lead'},
      '综合得分 ' + fmtNumber(r.score, 2) + ' 分，等次“' + (r.gradeLabel || r.grade || '') + '”，' +
        (unitCount ? '在 ' + unitCount + ' 个述职单位中' : '') + '排第 ' + r.rank + ' 名。' +
        (missing ? '本单位未在会前提交书面述职报告。' : ''),
    ),
    el('p', {}, '职工代表：' + ratings(r.workerRatings) + '；企业管理者代表：' + ratings(r.managerRatings) + '。'),
    el('p', {}, '副书记点评：' + (r.comment || '（未点评）')),
  );
}
