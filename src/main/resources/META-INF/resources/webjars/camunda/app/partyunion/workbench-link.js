/*
 * A "工作台" entry in the header of Tasklist (loaded through customScripts in
 * tasklist/scripts/config.js): the link to the application's record pages (产改工作台,
 * /workbench/), placed before the account menu once Angular has drawn the header.
 */
const ID = 'partyunion-workbench-link';

function install() {
  if (document.getElementById(ID)) {
    return true;
  }
  const account = document.querySelector('li.account');
  if (!account || !account.parentNode) {
    return false;
  }
  const item = document.createElement('li');
  item.id = ID;
  item.className = 'partyunion-workbench';
  const link = document.createElement('a');
  link.href = '/workbench/';
  link.textContent = '工作台';
  link.title = '产改工作台：信息库、全程纪实、统计分析等';
  item.appendChild(link);
  account.parentNode.insertBefore(item, account);
  return true;
}

// the header is redrawn on login and logout: keep the entry there
new MutationObserver(() => install()).observe(document.documentElement, {childList: true, subtree: true});
install();
