// su and runuser: switches between users, successful or failed, with the terminal. util-linux writes
// "[FAILED SU |FAILED RUNUSER ](to NEW) OLD on TTY"; shadow-utils' su writes "Successful su for NEW by
// OLD" / "FAILED su for NEW by OLD" and, with SYSLOG_SU_ENAB, "+ TTY OLD:NEW" / "- TTY OLD:NEW".
import type { MessageParser } from './types.js';
import { parsePam } from './pam.js';

export const parseSu: MessageParser = (message) => {
  let m = /^(FAILED SU |FAILED RUNUSER )?\(to (\S+)\) (\S*) on (\S+)$/.exec(message);
  if (m) return { action: m[1] ? 'su_failed' : 'su', fields: { target_user: m[2]!, user: m[3]!, tty: m[4]! } };
  m = /^(Successful|FAILED) su for (\S+) by (\S+)$/.exec(message);
  if (m) return { action: m[1] === 'FAILED' ? 'su_failed' : 'su', fields: { target_user: m[2]!, user: m[3]! } };
  m = /^([+-]) (\S+) (\S+?):(\S+)$/.exec(message);
  if (m) return { action: m[1] === '-' ? 'su_failed' : 'su', fields: { tty: m[2]!, user: m[3]!, target_user: m[4]! } };
  return parsePam(message);
};
