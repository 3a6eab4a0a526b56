// su: switches between users, successful or failed, with the terminal.
import type { MessageParser } from './types.js';
import { parsePam } from './pam.js';

export const parseSu: MessageParser = (message) => {
  let m = /^(?:\+ |Successful su for )?\(to (\S+)\) (\S+) on (\S+)$/.exec(message);
  if (m) return { action: 'su', fields: { target_user: m[1]!, user: m[2]!, tty: m[3]! } };
  m = /^(?:FAILED SU|- ) ?\(to (\S+)\) (\S+) on (\S+)$/.exec(message);
  if (m) return { action: 'su_failed', fields: { target_user: m[1]!, user: m[2]!, tty: m[3]! } };
  m = /^Successful su for (\S+) by (\S+)$/.exec(message);
  if (m) return { action: 'su', fields: { target_user: m[1]!, user: m[2]! } };
  m = /^FAILED su for (\S+) by (\S+)$/.exec(message);
  if (m) return { action: 'su_failed', fields: { target_user: m[1]!, user: m[2]! } };
  return parsePam(message);
};
