/*
 * 统计分析: every chart of GET /api/direct-report/statistics (computed by SQL on the server),
 * each drawn by ECharts on a canvas with its numbers beside it; the organization department
 * chooses a park, a park committee sees its own.
 */
import {bindFilters, chart, disposeCharts, el, fillSelect, fmtNumber, getJson, loading, query, readState, showError, writeState} from './workbench.js';

const main = document.getElementById('statistics');
const box = document.getElementById('charts');
const form = document.getElementById('filters');
const state = readState({});

const items = (list) => (list || []).map((i) => ({label: i.label || i.key, value: i.count}));

async function draw() {
  writeState(state);
  disposeCharts();
  box.replaceChildren(loading());
  let s;
  try {
    s = await getJson('/api/direct-report/statistics?' + query({park: state.park}));
  } catch (e) {
    showError(box, e);
    return;
  }
  box.replaceChildren();
  chart(box, {id: 'chart-stage', title: '发展阶段（漏斗）', type: 'funnel', items: items(s.byStage)});
  chart(box, {id: 'chart-park', title: '按园区', type: 'hbar', items: items(s.byPark)});
  chart(box, {id: 'chart-industry', title: '按行业', type: 'hbar', items: items(s.byIndustry)});
  chart(box, {id: 'chart-education', title: '按学历', type: 'pie', items: items(s.byEducation)});
  chart(box, {id: 'chart-gender', title: '按性别', type: 'pie', items: items(s.byGender)});
  chart(box, {id: 'chart-age', title: '按年龄段', type: 'bar', items: items(s.byAgeBand)});
  chart(box, {id: 'chart-talent', title: '按人才类别', type: 'pie', items: items(s.byTalentCategory)});
  chart(box, {id: 'chart-channel', title: '按发现渠道', type: 'hbar', items: items(s.byDiscoveryChannel)});
  chart(box, {id: 'chart-month', title: '每月推荐人数', type: 'line', items: (s.perMonth || []).map((m) => ({label: m.month, value: m.count}))});
  chart(box, {
    id: 'chart-review-days',
    title: '各审核环节平均用时',
    type: 'bar',
    valueLabel: '平均天数',
    integer: false,
    format: (v) => fmtNumber(v, 1),
    items: (s.reviewDays || []).map((d) => ({label: d.label || d.step, value: d.averageDays})),
  });
}

if (form) {
  try {
    const c = await getJson('/api/workbench/choices');
    fillSelect(form.elements.park, c.parks.map((p) => ({value: p.code, label: p.name})), state.park || '');
  } catch (e) {
    form.appendChild(el('span', {class: 'wb-error', text: e.message}));
  }
  bindFilters(form, state, draw);
}
main.dataset.ready = 'false';
await draw();
main.dataset.ready = 'true';
