/*
 * The workbench login: signs in through the Camunda webapps' own login (the same session as
 * Tasklist), with the webapps' CSRF token, then goes on to the page asked for. A user with a second
 * factor is asked for the authenticator app's code after the password was accepted
 * (SECOND_FACTOR_REQUIRED) and signs in again with it.
 */
import {csrfToken, forgetCsrfToken} from './workbench.js';

const form = document.getElementById('login-form');
const error = document.getElementById('login-error');
const submit = document.getElementById('login-submit');
const codeField = document.getElementById('code-field');

function showError(text) {
  error.textContent = text;
  error.hidden = false;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  error.hidden = true;
  const username = form.elements.username.value.trim();
  const password = form.elements.password.value;
  const code = form.elements.code.value.trim();
  if (!username || !password) {
    showError('请输入用户名和密码。');
    return;
  }
  const fields = {username, password};
  if (!codeField.hidden) {
    if (!/^[0-9]{6}$/.test(code)) {
      showError('请输入验证器应用显示的 6 位动态验证码。');
      return;
    }
    fields.code = code;
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
      body: new URLSearchParams(fields).toString(),
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
    let refusal = null;
    try {
      refusal = response.status === 401 ? await response.json() : null;
    } catch (err) {
      refusal = null;
    }
    if (refusal && /^SECOND_FACTOR_/.test(refusal.type || '')) {
      // the password was right, the login session was ended: the next try needs a new token
      forgetCsrfToken();
      codeField.hidden = false;
      form.elements.code.value = '';
      form.elements.code.focus();
      showError(refusal.message);
    } else if (response.status === 401) {
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
