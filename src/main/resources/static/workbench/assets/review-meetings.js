/* 述职评议结果: the meetings by year, each linking to its results. */
import {bindFilters, el, fmtDate, getJson, loading, query, readState, showError, simpleTable, writeState} from './workbench.js';

const list = document.getElementById('list');
const state = readState({});

async function load() {
  writeState(state);
  list.replaceChildren(loading());
  try {
    const rows = await getJson('/api/review-meetings?' + query(state));
    list.replaceChildren(
      simpleTable(
        [
          {key: 'year', label: '年度', num: true, sort: 'year'},
          {
            key: 'title',
            label: '评议会',
            render: (r) => el('a', {href: '/workbench/review-meetings/' + encodeURIComponent(r.processInstanceId), text: r.title || r.year + ' 年度述职评议会'}),
          },
          {key: 'meetingDate', label: '会议日期', sort: 'meetingDate', render: (r) => fmtDate(r.meetingDate)},
          {key: 'statusLabel', label: '状态', render: (r) => r.statusLabel || r.status},
          {key: 'tallied', label: '已计分', render: (r) => (r.tallied ? '是' : '否')},
          {key: 'unitCount', label: '单位数', num: true},
          {key: 'reportsSubmitted', label: '已述职', num: true},
          {key: 'reportsMissing', label: '未述职', num: true},
        ],
        rows,
        {id: 'meetings'},
      ),
    );
  } catch (e) {
    showError(list, e);
  }
}

bindFilters(document.getElementById('filters'), state, load);
load();
