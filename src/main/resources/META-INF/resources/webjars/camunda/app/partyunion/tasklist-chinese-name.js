/*
 * Tasklist's header shows the account name family name first, without a space (王建国, not
 * "建国 王"), as Cockpit, Admin and Welcome do (login-chinese.js); nothing in English pages. A
 * failure here leaves the name as Tasklist writes it and never stops Tasklist.
 */
import {CHINESE, chineseFullName} from './login-chinese.js';

if (CHINESE && window.angular) {
  try {
    window.angular.module('cam.tasklist').run([
      '$rootScope',
      function ($rootScope) {
        $rootScope.$watch('userFullName', name => {
          const chinese = chineseFullName(name);
          if (chinese !== name) {
            $rootScope.userFullName = chinese;
          }
        });
      }
    ]);
  } catch (e) {
    console.warn('partyunion: Tasklist account name left as is', e);
  }
}
