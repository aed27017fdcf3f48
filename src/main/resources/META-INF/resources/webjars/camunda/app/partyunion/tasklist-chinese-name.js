/*
 * Tasklist's header shows the account name family name first, without a space (王建国, not
 * "建国 王"), as Cockpit, Admin and Welcome do (login-chinese.js); nothing in English pages.
 * Tasklist loads its custom scripts before it defines its AngularJS module, so the name is set
 * right where the header shows it (the account menu's toggle), each time Tasklist writes it.
 */
import {CHINESE, chineseFullName} from './login-chinese.js';

function chineseNameInHeader() {
  document.querySelectorAll('li.account .dropdown-toggle').forEach(toggle => {
    toggle.childNodes.forEach(node => {
      if (node.nodeType === Node.TEXT_NODE && node.data.trim()) {
        const chinese = chineseFullName(node.data.trim());
        if (chinese !== node.data.trim()) {
          node.data = node.data.replace(node.data.trim(), chinese);
        }
      }
    });
  });
}

if (CHINESE) {
  new MutationObserver(chineseNameInHeader).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true
  });
  chineseNameInHeader();
}
