/*
 * What the rating sheet and the comment page share: one line per reporting unit in meeting order,
 * its report status and the report itself behind a "查看述职报告" toggle (read from the API when
 * first opened).
 */
import {el, getJson, showError} from './workbench.js';

/** The API base of one meeting. */
export function meetingBase(id) {
  return '/api/review-meetings/' + encodeURIComponent(id);
}

/** The head of a unit's line: number, name, report status, and the report on demand. */
export function unitHead(base, index, line) {
  const report = el('div', {class: 'wb-sheet-report'});
  const details = el(
    'details',
    {
      on: {
        toggle: async () => {
          if (!details.open || report.dataset.loaded) return;
          report.dataset.loaded = '1';
          report.textContent = '正在加载…';
          try {
            const r = await getJson(base + '/reports/' + encodeURIComponent(line.unitCode));
            report.replaceChildren(
              el('p', {text: r.reportSummary || '（该单位未提交述职报告）'}),
              r.keyFigures ? el('p', {class: 'wb-lead', text: '主要数据：' + r.keyFigures}) : null,
            );
          } catch (e) {
            showError(report, e);
          }
        },
      },
    },
    el('summary', {text: '查看述职报告'}),
    report,
  );
  return [
    el(
      'div',
      {class: 'wb-sheet-unit'},
      el('span', {class: 'wb-sheet-no', text: String(index + 1)}),
      el('strong', {text: line.unitName}),
      el('span', {
        class: 'wb-sheet-badge' + (line.reportStatus === 'MISSING' ? ' missing' : ''),
        text: line.reportStatusLabel || '',
      }),
    ),
    details,
  ];
}

/** hh:mm of an API time. */
export function clock(value) {
  if (!value) return '';
  const d = new Date(value);
  return isNaN(d) ? '' : d.toLocaleTimeString('zh-CN', {hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai'});
}
