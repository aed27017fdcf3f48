/*
 * A refusal of a form (an error notification: Camunda's do not fade) stays until the user dismisses
 * it, so after the corrected form was completed it still stood under the next view, as if it spoke
 * of it. Once the user has moved on — the task completed, or another task or none opened: the
 * address's `task` parameter changed — the refusals still shown are dismissed (their own close
 * buttons, so Tasklist forgets them too). Event-driven: the browser's hashchange, no polling.
 */
function openTask(hash) {
  const match = /[?&]task=([^&]+)/.exec(hash || '');
  return match ? match[1] : null;
}

let shownFor = openTask(window.location.hash);

window.addEventListener('hashchange', () => {
  const now = openTask(window.location.hash);
  if (now === shownFor) return;
  shownFor = now;
  document
    .querySelectorAll('.notifications .alert-danger button.close, .notifications .alert-error button.close')
    .forEach((close) => close.click());
});
