/*
 * 筹备评议会 (issue 17): the registered worker and manager representatives, deputy secretaries and
 * units as check boxes with each panel's size and the configured minimum; the meeting is started
 * through POST /api/review-meetings (the start form's rules apply) and its page opened.
 */
import {api, el, getJson, showError} from './workbench.js';

const form = document.getElementById('setup-form');
const message = document.getElementById('setup-message');
let minimum = 1;

function picker(fieldset, people, {name, type = 'checkbox', checked = true, panel = false}) {
  const count = el('span', {class: 'wb-picker-count'});
  const update = () => {
    const n = fieldset.querySelectorAll('input:checked').length;
    count.textContent = panel ? '已选 ' + n + ' 人（每组至少 ' + minimum + ' 人）' : '';
    count.classList.toggle('short', panel && n < minimum);
  };
  fieldset.append(
    count,
    el(
      'div',
      {class: 'wb-picker-options'},
      people.map((p) =>
        el('label', {}, el('input', {type, name, value: p.id, checked, on: {change: update}}), ' ' + p.name + '（' + p.id + '）'),
      ),
    ),
  );
  update();
}

function picked(name) {
  return [...form.querySelectorAll('input[name="' + name + '"]:checked')].map((i) => i.value);
}

try {
  const people = await getJson('/api/review-meetings/people');
  minimum = people.minimumPanelSize;
  picker(document.getElementById('workers'), people.workers, {name: 'worker', panel: true});
  picker(document.getElementById('managers'), people.managers, {name: 'manager', panel: true});
  picker(document.getElementById('deputies'), people.deputies, {name: 'deputy', type: 'radio', checked: people.deputies.length === 1});
  picker(document.getElementById('units'), people.units.map((u) => ({id: u.unitCode, name: u.unitName})), {name: 'unit'});
  form.year.value = new Date().getFullYear();
} catch (e) {
  showError(message, e);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const units = picked('unit');
  const body = {
    year: Number(form.year.value),
    meetingDate: form.meetingDate.value,
    workerRaters: picked('worker'),
    managerRaters: picked('manager'),
    deputySecretary: picked('deputy')[0] || null,
    reportingUnits: units.length === form.querySelectorAll('input[name="unit"]').length ? [] : units,
  };
  try {
    const started = (await api('/api/review-meetings', {method: 'POST', body: JSON.stringify(body), headers: {'Content-Type': 'application/json'}})).data;
    window.location.href = '/workbench/review-meetings/' + encodeURIComponent(started.processInstanceId);
  } catch (e) {
    showError(message, e);
  }
});
