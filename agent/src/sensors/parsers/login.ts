// login (util-linux): console and serial logins, root logins and failed attempts, with the terminal and
// the remote host. Message forms from login-utils/login.c (log_syslog() and the PAM failure loop).
import type { MessageParser } from './types.js';
import { parsePam } from './pam.js';

export const parseLogin: MessageParser = (message) => {
  let m = /^ROOT LOGIN ON (\S+)(?: FROM (\S+))?$/.exec(message);
  if (m) return { action: 'login', fields: { target_user: 'root', tty: m[1]!, ...(m[2] ? { src_host: m[2] } : {}) } };
  m = /^LOGIN ON (\S+) BY (\S+)(?: FROM (\S+))?$/.exec(message);
  if (m) return { action: 'login', fields: { tty: m[1]!, target_user: m[2]!, ...(m[3] ? { src_host: m[3] } : {}) } };
  m = /^DIALUP AT (\S+) BY (\S+)$/.exec(message);
  if (m) return { action: 'dialup', fields: { tty: m[1]!, target_user: m[2]! } };
  m = /^FAILED LOGIN (\d+) FROM (\S+) FOR (.+?), (.*)$/.exec(message);
  if (m) return { action: 'login_failed', fields: { attempts: m[1]!, src_host: m[2]!, target_user: m[3]!, reason: m[4]! } };
  m = /^FAILED LOGIN SESSION FROM (\S+) FOR (.+?), (.*)$/.exec(message);
  if (m) return { action: 'login_failed', fields: { src_host: m[1]!, target_user: m[2]!, reason: m[3]! } };
  m = /^TOO MANY LOGIN TRIES \((\d+)\) FROM (\S+) FOR (.+?), (.*)$/.exec(message);
  if (m) return { action: 'too_many_failures', fields: { attempts: m[1]!, src_host: m[2]!, target_user: m[3]!, reason: m[4]! } };
  return parsePam(message);
};
