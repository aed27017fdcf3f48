/*
 * The workbench's second-factor page: asks for a new TOTP secret (shown once, as a QR code, as
 * Base32 and as its otpauth:// URI for the authenticator app), then confirms it with the app's
 * first code.
 */
import {api} from './workbench.js';

const form = document.getElementById('second-factor-form');
const error = document.getElementById('second-factor-error');
const secretBox = document.getElementById('second-factor-secret');

function showError(text) {
  error.textContent = text;
  error.hidden = false;
}

document.getElementById('second-factor-start').addEventListener('click', async () => {
  error.hidden = true;
  try {
    const {data} = await api('/api/security/second-factor/enrolment', {method: 'POST'});
    document.getElementById('secret').textContent = data.secret;
    document.getElementById('otpauth-uri').textContent = data.otpauthUri;
    document.getElementById('otpauth-qr').src =
      'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(data.qrCodeSvg);
    secretBox.hidden = false;
    form.elements.code.focus();
  } catch (err) {
    showError(err.message);
  }
});

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  error.hidden = true;
  const code = form.elements.code.value.trim();
  if (!/^[0-9]{6}$/.test(code)) {
    showError('请输入验证器应用显示的 6 位动态验证码。');
    return;
  }
  try {
    await api('/api/security/second-factor/confirmation', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({code}),
    });
    window.location.href = form.dataset.next || '/workbench/';
  } catch (err) {
    showError(err.message);
  }
});
