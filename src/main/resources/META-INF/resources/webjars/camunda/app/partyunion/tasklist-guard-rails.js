/*
 * Guard rails in Tasklist (issue 11):
 * - 新建任务 (a standalone task) is offered only to a user the engine lets create tasks (CREATE on
 *   the Task resource, checked once per login): for everyone else it failed after the dialog.
 * - The due date is offered for editing, and the follow-up date at all, only to a user the
 *   engine lets update tasks (UPDATE on the Task resource: administrators): for everyone else
 *   saving them failed, and the due date is the process's (the overdue light counts from it).
 * - The task's candidate groups are shown, but "添加用户组" and the group editor are offered only
 *   to a user the engine lets update tasks: for everyone else the dialog's save failed.
 * - A filled start form is not lost to Esc or a click on the dimmed backdrop: the dialog asks
 *   first, in the dialog ("关闭后已填写的内容将丢失，确定关闭吗？" with 继续填写 / 放弃并关闭); an empty form
 *   closes as before, and the dialog's own 关闭 button stays as it is (a deliberate click).
 */
const ENGINE = (window.location.pathname.match(/\/app\/tasklist\/([\w-]+)/) || [])[1] || 'default';
const MAY_CREATE = 'partyunion-may-create-task';
const MAY_UPDATE = 'partyunion-may-update-task';
const DISCARD_QUESTION = '关闭后已填写的内容将丢失，确定关闭吗？';

function engineApi() {
  const base = document.querySelector('base');
  const api = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
  return api.replace(/\/?$/, '/') + 'engine/' + ENGINE;
}

// ------------------------------------------------------------------ 新建任务

const style = document.createElement('style');
style.textContent =
  `li.create-task-action { display: none !important; }
   body.${MAY_CREATE} li.create-task-action { display: block !important; }
   body:not(.${MAY_UPDATE}) [cam-tasklist-task-meta] a.reset-due-date,
   body:not(.${MAY_UPDATE}) [cam-tasklist-task-meta] .followup-date,
   body:not(.${MAY_UPDATE}) [cam-tasklist-task-meta] a.reset-follow-up-date { display: none !important; }
   body:not(.${MAY_UPDATE}) [cam-tasklist-task-meta] .due-date { pointer-events: none; }
   body:not(.${MAY_UPDATE}) [cam-tasklist-task-meta] li.groups > span { pointer-events: none; }
   body:not(.${MAY_UPDATE}) [cam-tasklist-task-meta] li.groups:has(a[translate="ADD_GROUPS"]) { display: none !important; }`;
document.head.appendChild(style);

let checkedFor = null;

async function checkTaskCreation() {
  const account = document.querySelector('li.account');
  const signedIn = !!account && !(window.location.hash || '').startsWith('#/login');
  if (!signedIn) {
    checkedFor = null;
    document.body.classList.remove(MAY_CREATE, MAY_UPDATE);
    return;
  }
  const user = account.textContent.trim();
  if (checkedFor === user) {
    return;
  }
  checkedFor = user;
  try {
    document.body.classList.toggle(MAY_CREATE, await mayOnTasks('CREATE'));
    document.body.classList.toggle(MAY_UPDATE, await mayOnTasks('UPDATE'));
  } catch (e) {
    checkedFor = null;
  }
}

/** Whether the signed-in user holds {@code permission} on the Task resource (type 4). */
async function mayOnTasks(permission) {
  const response = await fetch(
    engineApi() + '/authorization/check?permissionName=' + permission + '&resourceName=Task&resourceType=4',
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const answer = response.ok ? await response.json() : {authorized: false};
  return answer.authorized === true;
}

window.addEventListener('hashchange', checkTaskCreation);
new MutationObserver(() => {
  if (document.querySelector('li.account') ? checkedFor === null : checkedFor !== null) {
    checkTaskCreation();
  }
}).observe(document.body, {childList: true, subtree: true});
checkTaskCreation();

// ------------------------------------------------------------------ filled start form

/** Whether the open dialog holds a Camunda Form with something typed, chosen or ticked. */
function filledFormInDialog() {
  const form = document.querySelector('.modal-dialog .fjs-container');
  if (!form) {
    return false;
  }
  return Array.from(form.querySelectorAll('.fjs-form-field input, .fjs-form-field textarea')).some(input => {
    if (input.disabled || input.readOnly || input.offsetParent === null) {
      return false; // shown only, or a helper input of a widget (hidden)
    }
    if (input.type === 'checkbox' || input.type === 'radio') {
      return input.checked;
    }
    return input.type !== 'hidden' && input.value.trim() !== '';
  });
}

const QUESTION_ID = 'partyunion-discard-question';

/**
 * Asks in the dialog itself (the webapps' sandbox allows no window.confirm): 继续填写 keeps the
 * form, 放弃并关闭 closes the dialog through its own 关闭 button.
 */
function askBeforeDiscarding(dialog) {
  if (document.getElementById(QUESTION_ID)) {
    return;
  }
  const box = document.createElement('div');
  box.id = QUESTION_ID;
  box.setAttribute('role', 'alertdialog');
  box.className = 'alert alert-warning partyunion-discard-question';
  const text = document.createElement('span');
  text.textContent = DISCARD_QUESTION;
  const keep = document.createElement('button');
  keep.type = 'button';
  keep.className = 'btn btn-default partyunion-keep';
  keep.textContent = '继续填写';
  keep.addEventListener('click', () => box.remove());
  const discard = document.createElement('button');
  discard.type = 'button';
  discard.className = 'btn btn-danger partyunion-discard';
  discard.textContent = '放弃并关闭';
  discard.addEventListener('click', () => {
    box.remove();
    const close = dialog.querySelector(".modal-footer button[ng-click='$dismiss()']");
    if (close) {
      close.click();
    }
  });
  box.append(text, ' ', keep, ' ', discard);
  (dialog.querySelector('.modal-footer') || dialog).prepend(box);
  keep.focus();
}

function keepUnlessConfirmed(event) {
  if (!filledFormInDialog()) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  askBeforeDiscarding(document.querySelector('.modal-dialog'));
}

// capture phase: before ui-bootstrap's modal stack (keydown on document, click on the backdrop)
window.addEventListener(
  'keydown',
  event => {
    if (event.key === 'Escape' || event.key === 'Esc') {
      keepUnlessConfirmed(event);
    }
  },
  true);
// ui-bootstrap closes on a click whose target is the modal window itself (the dimmed backdrop
// around the dialog)
window.addEventListener(
  'click',
  event => {
    const target = event.target;
    if (target instanceof Element && target.matches('[uib-modal-window]')) {
      keepUnlessConfirmed(event);
    }
  },
  true);
