/*
 * The workbench login: signs in through the Camunda webapps' own login (the same session as
 * Tasklist), with the webapps' CSRF token, then goes on to the page asked for.
 */
import {csrfToken, forgetCsrfToken} from './workbench.js';

const form = document.getElementById('login-form');
const error = document.getElementById('login-error');
const submit = document.getElementById('login-submit');

function showError(text) {
  error.textContent = text;
  error.hidden = false;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  error.hidden = true;
  const username = form.elements.username.value.trim();
  const password = form.elements.password.value;
  if (!username || !password) {
    showError('请输入用户名和密码。');
    return;
  }
  submit.disabled = true;
  try {
    const response = await fetch('/camunda/api/admin/auth/user/default/login/welcome', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        'X-XSRF-TOKEN': await csrfToken(),
      },
      body: new URLSearchParams({username, password}).toString(),
    });
    if (response.ok) {
      // the login starts a new session: fetch its CSRF token as the webapps do
      await fetch('/camunda/api/admin/auth/user/default', {credentials: 'same-origin'});
      window.location.href = form.dataset.next || '/workbench/';
      return;
    }
    if (response.status === 403) {
      // the session's token changed (e.g. another tab logged out): one more try with a new one
      forgetCsrfToken();
    }
    if (response.status === 401) {
      showError('用户名或密码不正确（多次输错后需等待片刻再试）。');
    } else if (response.status === 403) {
      showError('安全校验未通过，请刷新页面后重试。');
    } else {
      showError('登录失败（' + response.status + '），请稍后再试。');
    }
  } catch (err) {
    showError('无法连接服务器，请检查网络后重试。');
  } finally {
    submit.disabled = false;
  }
});
