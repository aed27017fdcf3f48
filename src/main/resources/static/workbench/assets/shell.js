/*
 * The shell of every workbench page: the menu drawer on narrow screens, and 退出, which ends the
 * one session shared with the Camunda webapps (their own logout) and returns to the login.
 */
import {csrfToken} from './workbench.js';

const toggle = document.querySelector('.wb-menu-toggle');
const menu = document.getElementById('wb-menu');
if (toggle && menu) {
  toggle.addEventListener('click', () => {
    const open = !document.body.classList.contains('wb-menu-open');
    document.body.classList.toggle('wb-menu-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });
}

const logout = document.getElementById('wb-logout');
if (logout) {
  logout.addEventListener('click', async () => {
    logout.disabled = true;
    try {
      await fetch('/camunda/api/admin/auth/user/default/logout', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'X-XSRF-TOKEN': await csrfToken()},
      });
    } finally {
      window.location.href = '/workbench/login';
    }
  });
}
