/*
 * Tasklist sorts a filter's tasks by creation time unless the address says otherwise; the
 * people who use it work by due date (overdue reviews are flagged), so the task list opens
 * sorted by due date, earliest first. A sorting the user picks stays in the address and wins.
 */
const DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function openSortedByDueDate() {
  const hash = window.location.hash || '#/';
  const cut = hash.indexOf('?');
  const path = cut < 0 ? hash : hash.slice(0, cut);
  if (path !== '#/' && path !== '#') {
    return;
  }
  const params = new URLSearchParams(cut < 0 ? '' : hash.slice(cut + 1));
  if (!params.has('sorting')) {
    params.set('sorting', DUE_DATE_FIRST);
    window.location.replace('#/?' + params.toString());
  }
}

window.addEventListener('hashchange', openSortedByDueDate);
openSortedByDueDate();
