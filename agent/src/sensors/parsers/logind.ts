// systemd-logind: sessions opening and closing per user (every ssh, console, cron-less login goes
// through it). Message forms from src/login/logind-session.c: "New session %s of user %s." and, since
// systemd 256, "New session '%s' of user '%s' with class '%s' and type '%s'.".
import type { MessageParser, Parsed } from './types.js';

export const parseLogind: MessageParser = (message): Parsed | undefined => {
  let m = /^New session '([^']+)' of user '([^']+)' with class '([^']*)' and type '([^']*)'\.$/.exec(message);
  if (m) return { action: 'session_new', fields: { session: m[1]!, target_user: m[2]!, class: m[3]!, type: m[4]! } };
  m = /^New session (\S+) of user (\S+)\.$/.exec(message);
  if (m) return { action: 'session_new', fields: { session: m[1]!, target_user: m[2]! } };
  m = /^Session (\S+) logged out\. Waiting for processes to exit\.$/.exec(message);
  if (m) return { action: 'session_logged_out', fields: { session: m[1]! } };
  m = /^Removed session (\S+)\.$/.exec(message);
  if (m) return { action: 'session_removed', fields: { session: m[1]! } };
  m = /^New seat (\S+)\.$/.exec(message);
  if (m) return { action: 'seat_new', fields: { seat: m[1]! } };
  return undefined;
};
