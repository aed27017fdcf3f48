/* Admin in Chinese beyond its locale file: dates and the account name (see login-chinese.js). */
import {installChinese} from './login-chinese.js';

installChinese('cam.admin');
