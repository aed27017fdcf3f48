/*
 * 测评表 (issue 17): every reporting unit on one page with its grade (好 / 较好 / 一般 / 差) and an
 * optional remark. Each choice is saved as a draft at once (PUT …/sheet); the sheet is submitted
 * once (POST …/sheet/submit) and refused, with the units named, while a unit has no grade. The
 * rater sees only their own sheet.
 */
import {api, el, getJson, showError} from './workbench.js';
import {clock, meetingBase, unitHead} from './meeting-sheet.js';

export const GRADES = [['EXCELLENT', '好'], ['GOOD', '较好'], ['FAIR', '一般'], ['POOR', '差']];

const main = document.getElementById('rating-sheet');
const id = main.dataset.id;
const status = document.getElementById('sheet-status');
const message = document.getElementById('sheet-message');
const list = document.getElementById('sheet-lines');
const bar = document.getElementById('sheet-bar');
const progress = document.getElementById('sheet-progress');
const barMessage = document.getElementById('sheet-bar-message');
const base = id ? meetingBase(id) : null;
let sheet = null;
/** unitCode → attachment description (GET …/attachments, one call for the meeting). */
let attachments = new Map();

function describe() {
  const saved = sheet.savedAt ? '　草稿已保存 ' + clock(sheet.savedAt) : '';
  status.textContent = sheet.year + ' 年度述职评议（' + sheet.meetingDate + '）　' + sheet.statusLabel + saved;
  progress.textContent = '已评 ' + sheet.graded + ' / ' + sheet.total;
}

function render() {
  document.getElementById('sheet-title').textContent = '测评表（' + sheet.total + ' 个述职单位）';
  const editable = sheet.status === 'OPEN';
  list.replaceChildren(
    ...sheet.lines.map((line, index) => {
      const name = 'grade-' + line.unitCode;
      const choices = el(
        'div',
        {class: 'wb-grade-choices', role: 'radiogroup', 'aria-label': line.unitName + ' 评议等次'},
        GRADES.map(([value, label]) =>
          el(
            'label',
            {class: 'wb-grade'},
            el('input', {
              type: 'radio',
              name,
              value,
              checked: line.grade === value,
              disabled: !editable,
              on: {change: () => save([{unitCode: line.unitCode, grade: value, remark: remarkOf(line.unitCode)}])},
            }),
            el('span', {text: label}),
          ),
        ),
      );
      const remark = el('input', {
        type: 'text',
        class: 'wb-sheet-remark',
        maxlength: '500',
        placeholder: '评议意见（选填）',
        'aria-label': line.unitName + ' 评议意见',
        value: line.remark || '',
        disabled: !editable,
        dataset: {unit: line.unitCode},
        on: {change: () => save([{unitCode: line.unitCode, grade: gradeOf(line.unitCode), remark: remark.value}])},
      });
      return el(
        'li',
        {class: 'wb-sheet-line' + (editable && !line.grade ? ' open' : ''), id: 'line-' + line.unitCode},
        unitHead(base, index, line),
        attachmentLink(line),
        choices,
        remark,
      );
    }),
  );
  bar.hidden = !editable;
  describe();
}

function attachmentLink(line) {
  const file = attachments.get(line.unitCode);
  if (!file) return null;
  return el(
    'p',
    {class: 'wb-sheet-attachment'},
    el('a', {
      href: base + '/reports/' + encodeURIComponent(line.unitCode) + '/attachment',
      download: file.fileName,
      rel: 'noopener',
      text: '述职报告附件',
      title: file.fileName,
    }),
  );
}

function gradeOf(unitCode) {
  const checked = list.querySelector('input[name="grade-' + unitCode + '"]:checked');
  return checked ? checked.value : null;
}

function remarkOf(unitCode) {
  const input = list.querySelector('input.wb-sheet-remark[data-unit="' + unitCode + '"]');
  return input && input.value.trim() ? input.value : null;
}

function allLines() {
  return sheet.lines.map((line) => ({unitCode: line.unitCode, grade: gradeOf(line.unitCode), remark: remarkOf(line.unitCode)}));
}

function note(text, ok = true) {
  message.replaceChildren(el('div', {class: ok ? 'wb-ok' : 'wb-error', role: ok ? 'status' : 'alert', text}));
}

// saves run one after another, in the order of the rater's taps
let queue = Promise.resolve();

function save(lines) {
  queue = queue.then(() => store(lines));
  return queue;
}

async function store(lines) {
  try {
    const saved = (await api(base + '/sheet', {method: 'PUT', body: JSON.stringify({ratings: lines}), headers: {'Content-Type': 'application/json'}})).data;
    sheet = {...sheet, savedAt: saved.savedAt, graded: saved.graded, statusLabel: saved.statusLabel};
    for (const line of saved.lines) {
      const item = document.getElementById('line-' + line.unitCode);
      if (item) item.classList.toggle('open', !line.grade);
    }
    describe();
    barMessage.replaceChildren();
  } catch (e) {
    showError(barMessage, e);
  }
}

async function submit() {
  const button = document.getElementById('sheet-submit');
  button.disabled = true;
  await queue;
  try {
    sheet = (await api(base + '/sheet/submit', {method: 'POST', body: JSON.stringify({ratings: allLines()}), headers: {'Content-Type': 'application/json'}})).data;
    render();
    note('测评表已提交，谢谢！');
    window.scrollTo(0, 0);
  } catch (e) {
    showError(barMessage, e);
    const first = list.querySelector('li.open');
    if (first) first.scrollIntoView({block: 'center'});
  } finally {
    button.disabled = false;
  }
}

document.getElementById('sheet-save').addEventListener('click', async () => {
  await save(allLines());
  if (!barMessage.querySelector('.wb-error')) {
    barMessage.replaceChildren(el('div', {class: 'wb-ok', role: 'status', text: '草稿已保存。'}));
  }
});
document.getElementById('sheet-submit').addEventListener('click', submit);

if (!id) {
  status.textContent = '目前没有待填写的测评表：会议开始后，评议代表的测评表在此打开（也可扫描会场的二维码）。';
} else {
  try {
    sheet = await getJson(base + '/sheet');
    try {
      attachments = new Map((await getJson(base + '/attachments')).map((file) => [file.unitCode, file]));
    } catch (e) {
      attachments = new Map();
    }
    render();
    if (sheet.status === 'NOT_OPEN') note('测评表尚未开放：会议开始（述职报告阶段结束）后方可填写。', false);
  } catch (e) {
    status.textContent = '';
    showError(message, e);
  }
}
