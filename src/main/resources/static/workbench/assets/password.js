/*
 * The workbench's password page: sets the signed-in user's own password (POST
 * /api/security/password, the password policy applies), then goes on to the page asked for.
 */
import {api} from './workbench.js';

const form = document.getElementById('password-form');
const error = document.getElementById('password-error');
const submit = document.getElementById('password-submit');

function showError(text) {
  error.textContent = text;
  error.hidden = false;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  error.hidden = true;
  const currentPassword = form.elements.currentPassword.value;
  const newPassword = form.elements.newPassword.value;
  if (!currentPassword || !newPassword) {
    showError('请填写当前密码和新密码。');
    return;
  }
  if (newPassword !== form.elements.repeatPassword.value) {
    showError('两次输入的新密码不一致。');
    return;
  }
  submit.disabled = true;
  try {
    await api('/api/security/password', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({currentPassword, newPassword}),
    });
    window.location.href = form.dataset.next || '/workbench/';
  } catch (err) {
    showError(err.message);
  } finally {
    submit.disabled = false;
  }
});
