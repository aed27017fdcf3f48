/*
 * 津贴季度: the quarters (city union all chairs, a town union its chairs), or a chair's own
 * history of quarters (GET /api/chair-stipend/my-quarters).
 */
import {el, empty, fmtYuan, getJson, loading, showError, simpleTable, taskLink} from './workbench.js';
import {lineColumns} from './stipend.js';

const main = document.getElementById('quarters');
const chairOnly = main.dataset.chairOnly === 'true';
const list = document.getElementById('list');
const quarterLink = (q) => el('a', {href: '/workbench/chair-stipend/quarters/' + encodeURIComponent(q), text: q});

list.replaceChildren(loading());
try {
  if (chairOnly) {
    // a chair reads this on a phone: one card per quarter, every field on its own line
    const rows = await getJson('/api/chair-stipend/my-quarters');
    const columns = lineColumns({withChair: false});
    list.replaceChildren(
      rows.length === 0
        ? empty('暂无津贴记录')
        : el(
            'div',
            {class: 'wb-line-cards', id: 'my-quarters'},
            rows.map((r) =>
              el(
                'article',
                {class: 'wb-line-card'},
                el('h2', {}, String(r.quarter).replace(/^(\d{4})Q([1-4])$/, '$1 年第 $2 季度') + ' ', el('span', {class: 'wb-line-amount', text: fmtYuan(r.quarterAmount)})),
                el(
                  'dl',
                  {},
                  columns.map((c) => {
                    const value = c.render ? c.render(r) : r[c.key];
                    return value == null || value === '' ? null : [el('dt', {text: c.label}), el('dd', {}, value)];
                  }),
                ),
                r.taskId ? el('p', {}, taskLink(r.taskId, '去办理（任务列表）')) : null,
              ),
            ),
          ),
    );
  } else {
    const rows = await getJson('/api/chair-stipend/quarters');
    list.replaceChildren(
      simpleTable(
        [
          {key: 'quarter', label: '季度', sort: 'quarter', render: (r) => quarterLink(r.quarter)},
          {key: 'statusLabel', label: '状态', render: (r) => r.statusLabel || r.status},
          {key: 'chairs', label: '主席人数', num: true},
          {key: 'eligible', label: '符合条件', num: true},
          {key: 'ineligible', label: '不符合条件', num: true},
          {key: 'awaitingSelfReport', label: '待提交述职', num: true},
          {key: 'awaitingAssessment', label: '待考核', num: true},
          {key: 'assessed', label: '已考核', num: true},
          {key: 'paid', label: '已发放', num: true},
          {key: 'totalAmount', label: '津贴合计', num: true, sort: 'totalAmount', render: (r) => fmtYuan(r.totalAmount)},
        ],
        rows,
        {id: 'quarter-list'},
      ),
    );
  }
} catch (e) {
  showError(list, e);
}
