/*
 * 逐单位点评 (issue 17): the deputy secretary writes the comments unit by unit in meeting order;
 * each is saved as it is written (PUT …/comments/{unitCode}) and then shown read-only.
 */
import {api, el, getJson, showError} from './workbench.js';
import {clock, meetingBase, unitHead} from './meeting-sheet.js';

const main = document.getElementById('comments');
const id = main.dataset.id;
const status = document.getElementById('comments-status');
const list = document.getElementById('comment-lines');
const base = id ? meetingBase(id) : null;
let units = [];

function describe() {
  const done = units.filter((u) => u.comment).length;
  status.textContent = '已点评 ' + done + ' / ' + units.length + '　每条点评写完点“保存”即存档。';
}

function line(unit, index) {
  const item = el('li', {class: 'wb-sheet-line', id: 'comment-' + unit.unitCode});
  const head = unitHead(base, index, unit);
  if (unit.comment) {
    item.replaceChildren(...head, el('p', {class: 'wb-comment-saved', text: unit.comment}), el('p', {class: 'wb-lead', text: '已保存 ' + clock(unit.commentedAt)}));
    return item;
  }
  const text = el('textarea', {rows: '4', maxlength: '2000', placeholder: '点评意见', 'aria-label': unit.unitName + ' 点评意见', disabled: !unit.open});
  const message = el('div', {'aria-live': 'polite'});
  const button = el('button', {type: 'button', text: '保存', disabled: !unit.open});
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const saved = (await api(base + '/comments/' + encodeURIComponent(unit.unitCode), {method: 'PUT', body: JSON.stringify({comment: text.value}), headers: {'Content-Type': 'application/json'}})).data;
      units[index] = {...saved, open: false};
      item.replaceWith(line(units[index], index));
      describe();
    } catch (e) {
      showError(message, e);
      button.disabled = false;
    }
  });
  item.replaceChildren(...head, text, message, el('div', {class: 'wb-sheet-actions'}, button));
  if (!unit.open) message.replaceChildren(el('p', {class: 'wb-lead', text: '点评尚未开放：会议开始后方可点评。'}));
  return item;
}

if (!id) {
  status.textContent = '目前没有待点评的述职评议会。';
} else {
  try {
    units = await getJson(base + '/comments');
    list.replaceChildren(...units.map(line));
    describe();
  } catch (e) {
    status.textContent = '';
    showError(list, e);
  }
}
