/*
 * 述职报告附件 (issue 17): the reporting unit's upload box on its meeting page. The file goes as
 * multipart (field file) to POST …/reports/{unitCode}/attachment with the session's CSRF token
 * (api() adds X-XSRF-TOKEN); the server checks the type by content, the size and that the unit's
 * report task is still open, and answers every refusal in Chinese.
 */
import {api, el, getJson, showError} from './workbench.js';
import {meetingBase} from './meeting-sheet.js';

const box = document.getElementById('attachment-box');
const id = document.getElementById('review-meeting').dataset.id;
const unit = box.dataset.unit;
const message = document.getElementById('attachment-message');
const base = meetingBase(id);
const link = base + '/reports/' + encodeURIComponent(unit) + '/attachment';

function show(file) {
  message.replaceChildren(
    el(
      'p',
      {class: 'wb-ok', role: 'status'},
      '当前附件：',
      el('a', {href: link, download: file.fileName, text: file.fileName}),
      '（' + Math.ceil(file.sizeBytes / 1024) + ' KB）',
    ),
  );
}

async function current() {
  try {
    const mine = (await getJson(base + '/attachments')).find((file) => file.unitCode === unit);
    if (mine) show(mine);
  } catch (e) {
    // the page still works without the list
  }
}

document.getElementById('attachment-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = document.getElementById('attachment-file');
  if (!input.files.length) return;
  const form = new FormData();
  form.append('file', input.files[0]);
  const button = event.target.querySelector('button');
  button.disabled = true;
  try {
    show((await api(link, {method: 'POST', body: form})).data);
    input.value = '';
  } catch (e) {
    showError(message, e);
  } finally {
    button.disabled = false;
  }
});

await current();
