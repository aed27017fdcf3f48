/*
 * Guard rails in Tasklist (issue 11):
 * - 新建任务 (a standalone task) is offered only to a user the engine lets create tasks (CREATE on
 *   the Task resource, checked once per login): for everyone else it failed after the dialog.
 * - A filled start form is not lost to Esc or a click on the dimmed backdrop: the dialog asks
 *   first ("关闭后已填写的内容将丢失，确定关闭吗？"); an empty form closes as before, and the dialog's own
 *   close and cancel buttons stay as they are (a deliberate click).
 */
const ENGINE = (window.location.pathname.match(/\/app\/tasklist\/([\w-]+)/) || [])[1] || 'default';
const MAY_CREATE = 'partyunion-may-create-task';
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
   body.${MAY_CREATE} li.create-task-action { display: block !important; }`;
document.head.appendChild(style);

let checkedFor = null;

async function checkTaskCreation() {
  const account = document.querySelector('li.account');
  const signedIn = !!account && !(window.location.hash || '').startsWith('#/login');
  if (!signedIn) {
    checkedFor = null;
    document.body.classList.remove(MAY_CREATE);
    return;
  }
  const user = account.textContent.trim();
  if (checkedFor === user) {
    return;
  }
  checkedFor = user;
  try {
    const response = await fetch(
      engineApi() + '/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=4',
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    const answer = response.ok ? await response.json() : {authorized: false};
    document.body.classList.toggle(MAY_CREATE, answer.authorized === true);
  } catch (e) {
    checkedFor = null;
  }
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
  return Array.from(form.querySelectorAll('input, textarea')).some(input => {
    if (input.disabled || input.readOnly) {
      return false;
    }
    if (input.type === 'checkbox' || input.type === 'radio') {
      return input.checked;
    }
    return input.type !== 'hidden' && input.value.trim() !== '';
  });
}

function keepUnlessConfirmed(event) {
  if (filledFormInDialog() && !window.confirm(DISCARD_QUESTION)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
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
