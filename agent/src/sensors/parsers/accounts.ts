// useradd, userdel, usermod, groupadd, groupdel, groupmod, passwd, chpasswd, gpasswd: account and group
// changes, the persistence steps an intruder takes after getting in.
import type { MessageParser, Parsed } from './types.js';
import { parsePam } from './pam.js';

/** "name=bob, UID=1001, GID=1001, home=/home/bob" -> lowercased keys. */
function keyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/(\w+)=([^,]*)/g)) out[m[1]!.toLowerCase()] = m[2]!.trim();
  return out;
}

const RULES: Array<[RegExp, (m: RegExpExecArray) => Parsed]> = [
  [/^new user: (.*)$/, (m) => ({ action: 'user_created', fields: rename(keyValues(m[1]!), { name: 'target_user' }) })],
  [/^new group: (.*)$/, (m) => ({ action: 'group_created', fields: rename(keyValues(m[1]!), { name: 'group' }) })],
  [/^group added to \S+: (.*)$/, (m) => ({ action: 'group_created', fields: rename(keyValues(m[1]!), { name: 'group' }) })],
  [/^add '([^']+)' to (shadow )?group '([^']+)'$/, (m) => ({ action: 'group_member_added', fields: { target_user: m[1]!, group: m[3]!, ...(m[2] ? { shadow: 'true' } : {}) } })],
  [/^delete '([^']+)' from (shadow )?group '([^']+)'$/, (m) => ({ action: 'group_member_removed', fields: { target_user: m[1]!, group: m[3]!, ...(m[2] ? { shadow: 'true' } : {}) } })],
  [/^delete user '([^']+)'$/, (m) => ({ action: 'user_deleted', fields: { target_user: m[1]! } })],
  [/^removed (shadow )?group '([^']+)' owned by '([^']+)'$/, (m) => ({ action: 'group_deleted', fields: { group: m[2]!, target_user: m[3]! } })],
  [/^group '([^']+)' removed(?: from \S+)?$/, (m) => ({ action: 'group_deleted', fields: { group: m[1]! } })],
  [/^change user '([^']+)' (\w+) from '([^']*)' to '([^']*)'$/, (m) => ({ action: 'user_changed', fields: { target_user: m[1]!, attribute: m[2]!, from: m[3]!, to: m[4]! } })],
  [/^change user name '([^']+)' to '([^']+)'$/, (m) => ({ action: 'user_renamed', fields: { target_user: m[1]!, to: m[2]! } })],
  [/^(lock|unlock) user '([^']+)' password$/, (m) => ({ action: `user_${m[1]}ed`, fields: { target_user: m[2]! } })],
  [/^password for '([^']+)' changed by '([^']+)'$/, (m) => ({ action: 'password_changed', fields: { target_user: m[1]!, user: m[2]! } })],
  [/^(?:user|password) (?:for )?'?([^' ]+)'? (?:password )?changed(?: by (\S+))?$/, (m) => ({ action: 'password_changed', fields: { target_user: m[1]!, ...(m[2] ? { user: m[2] } : {}) } })],
  [/^group '([^']+)' (?:changed|modified)(.*)$/, (m) => ({ action: 'group_changed', fields: { group: m[1]!, detail: m[2]!.trim() } })],
];

function rename(fields: Record<string, string>, names: Record<string, string>): Record<string, string> {
  for (const [from, to] of Object.entries(names)) {
    if (from in fields) {
      fields[to] = fields[from]!;
      delete fields[from];
    }
  }
  return fields;
}

export const parseAccounts: MessageParser = (message) => {
  for (const [re, build] of RULES) {
    const m = re.exec(message);
    if (m) return build(m);
  }
  return parsePam(message);
};
