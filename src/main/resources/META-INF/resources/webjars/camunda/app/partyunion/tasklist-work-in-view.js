/*
 * Tasklist opens on the filter that holds work (issue 11): Tasklist itself opens on the filter of
 * the lowest priority, so an enterprise whose returned case waits in 本单位待办 met 我的待办 (0).
 * When Tasklist shows its task list without a chosen filter (after the login, or at its bare
 * address), this script reads the user's filters with their task counts (the same call Tasklist's
 * filter list makes) and, if the first filter is empty, opens the first one in Tasklist's order
 * (priority, then name) that has tasks. Tasklist may write its own first filter into the address
 * before the answer arrives (after the login): that one is replaced too; a filter the user clicked,
 * or another filter named in the address (a link), always wins. The choice is made once per page
 * load. Nothing changes when the call fails (e.g. signed out).
 */
const ENGINE = (window.location.pathname.match(/\/app\/tasklist\/([\w-]+)/) || [])[1] || 'default';

let chosen = false;
let userChose = false; // a click on a filter in the list
let asking = false;
let askAgain = false; // a navigation (the login) came while a call was under way

function engineApi() {
  const base = document.querySelector('base');
  const api = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
  return api.replace(/\/?$/, '/') + 'engine/' + ENGINE;
}

/** The address's parameters while it shows the task list with no task open, else null. */
function taskListView() {
  const hash = window.location.hash || '#/';
  const cut = hash.indexOf('?');
  const path = cut < 0 ? hash : hash.slice(0, cut);
  if (path !== '#/' && path !== '#') {
    return null;
  }
  const params = new URLSearchParams(cut < 0 ? '' : hash.slice(cut + 1));
  return params.has('task') ? null : params;
}

function byTasklistOrder(a, b) {
  const pa = Number((a.properties || {}).priority || 0);
  const pb = Number((b.properties || {}).priority || 0);
  return pa !== pb ? pa - pb : String(a.name).localeCompare(String(b.name));
}

async function openFilterWithWork() {
  if (asking) {
    askAgain = true;
    return;
  }
  const asked = taskListView();
  if (chosen || userChose || !asked) {
    return;
  }
  asking = true;
  try {
    const response = await fetch(engineApi() + '/filter?resourceType=Task&itemCount=true', {
      credentials: 'same-origin',
      headers: {Accept: 'application/json'}
    });
    if (!response.ok) {
      return; // signed out: try again after the login
    }
    chosen = true;
    const filters = (await response.json()).sort(byTasklistOrder);
    const params = taskListView();
    if (!params || userChose || filters.length === 0 || filters[0].itemCount > 0) {
      return;
    }
    if (params.has('filter') && params.get('filter') !== filters[0].id) {
      return; // not Tasklist's own first choice: a filter named in the address meanwhile
    }
    const withWork = filters.find(f => f.itemCount > 0);
    if (withWork) {
      params.set('filter', withWork.id);
      window.location.replace('#/?' + params.toString());
    }
  } catch (e) {
    // no network or an unexpected answer: Tasklist keeps its own choice
  } finally {
    asking = false;
    if (askAgain) {
      // e.g. the call made on the login page was still under way when the login completed: its
      // 401 says nothing about the signed-in user, so ask once more
      askAgain = false;
      openFilterWithWork();
    }
  }
}

document.addEventListener(
  'click',
  (event) => {
    if (event.target instanceof Element && event.target.closest('.task-filter')) {
      userChose = true;
    }
  },
  true);
window.addEventListener('hashchange', openFilterWithWork);
openFilterWithWork();
