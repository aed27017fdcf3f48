/*
 * Tasklist keeps the unsaved input of a Camunda Form in the browser's localStorage
 * ("camunda-form:<task>") so that a draft survives a reload. The forms hold personal data
 * (names, ID and phone numbers) and offices share computers: the drafts are removed when the
 * login page shows (after a logout, or before the next user signs in).
 */
function forgetDrafts() {
  try {
    for (let i = window.localStorage.length - 1; i >= 0; i--) {
      const key = window.localStorage.key(i);
      if (key && key.startsWith('camunda-form:')) {
        window.localStorage.removeItem(key);
      }
    }
  } catch (e) {
    // storage unavailable: nothing kept
  }
}

function onLoginPage() {
  if ((window.location.hash || '').startsWith('#/login')) {
    forgetDrafts();
  }
}

window.addEventListener('hashchange', onLoginPage);
onLoginPage();
