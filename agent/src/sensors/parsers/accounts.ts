// useradd, userdel, usermod, groupadd, groupdel, groupmod, passwd, chpasswd, gpasswd, chage: account and
// group changes, the persistence steps an intruder takes after getting in. Message forms from
// shadow-utils' SYSLOG() calls (useradd.c, usermod.c, userdel.c, groupadd.c, gpasswd.c, passwd.c, chage.c).
import type { MessageParser, Parsed } from './types.js';
import { parsePam } from './pam.js';

/** "name=bob, UID=1001, GID=1001, home=/home/bob" -> lowercased keys. */
function keyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/(\w+)=([^,]*)/g)) out[m[1]!.toLowerCase()] = m[2]!.trim();
  return out;
}

// Shadow-utils quotes names as 'name'; releases before 4.1 wrote `name' (a backquote to open).
const O = "['`]";
const q = (src: string): RegExp => new RegExp(src.replace(/\{o\}/g, O));

const RULES: Array<[RegExp, (m: RegExpExecArray) => Parsed]> = [
  [/^new user: (.*)$/, (m) => ({ action: 'user_created', fields: rename(keyValues(m[1]!), { name: 'target_user' }) })],
  [/^new group: (.*)$/, (m) => ({ action: 'group_created', fields: rename(keyValues(m[1]!), { name: 'group' }) })],
  [/^group added to (\S+): (.*)$/, (m) => ({ action: 'group_created', fields: { ...rename(keyValues(m[2]!), { name: 'group' }), file: m[1]! } })],
  [
    q("^add {o}([^']+)' to (shadow )?group {o}([^']+)'$"),
    (m) => ({ action: 'group_member_added', fields: { target_user: m[1]!, group: m[3]!, ...(m[2] ? { shadow: 'true' } : {}) } }),
  ],
  [
    q("^delete {o}([^']+)' from (shadow )?group {o}([^']+)'$"),
    (m) => ({ action: 'group_member_removed', fields: { target_user: m[1]!, group: m[3]!, ...(m[2] ? { shadow: 'true' } : {}) } }),
  ],
  [
    q("^change (admin )?{o}([^']+)' to {o}([^']+)' in (shadow )?group {o}([^']+)'$"),
    (m) => ({ action: 'group_member_renamed', fields: { target_user: m[2]!, to: m[3]!, group: m[5]! } }),
  ],
  [/^user (\S+) added by (\S+) to group (\S+?)(?: .*)?$/, (m) => ({ action: 'group_member_added', fields: { target_user: m[1]!, user: m[2]!, group: m[3]! } })],
  [
    /^user (\S+) removed by (\S+) from group (\S+?)(?: .*)?$/,
    (m) => ({ action: 'group_member_removed', fields: { target_user: m[1]!, user: m[2]!, group: m[3]! } }),
  ],
  [q("^delete user {o}([^']+)'$"), (m) => ({ action: 'user_deleted', fields: { target_user: m[1]! } })],
  [q("^removed (shadow )?group {o}([^']+)' owned by {o}([^']+)'$"), (m) => ({ action: 'group_deleted', fields: { group: m[2]!, target_user: m[3]! } })],
  [q("^group {o}([^']+)' removed(?: from \\S+)?$"), (m) => ({ action: 'group_deleted', fields: { group: m[1]! } })],
  [
    q("^change user {o}([^']+)' (\\w+) from {o}([^']*)' to {o}([^']*)'$"),
    (m) => ({ action: 'user_changed', fields: { target_user: m[1]!, attribute: m[2]!.toLowerCase(), from: m[3]!, to: m[4]! } }),
  ],
  [q("^change user name {o}([^']+)' to {o}([^']+)'$"), (m) => ({ action: 'user_renamed', fields: { target_user: m[1]!, to: m[2]! } })],
  [q("^(lock|unlock) user {o}([^']+)' password$"), (m) => ({ action: `user_${m[1]}ed`, fields: { target_user: m[2]! } })],
  [q("^change user {o}([^']+)' password$"), (m) => ({ action: 'password_changed', fields: { target_user: m[1]! } })],
  [q("^password for {o}([^']+)' changed by {o}([^']+)'$"), (m) => ({ action: 'password_changed', fields: { target_user: m[1]!, user: m[2]! } })],
  [/^changed password expiry for (\S+)$/, (m) => ({ action: 'password_expiry_changed', fields: { target_user: m[1]! } })],
  [
    /^(?:user|password) (?:for )?'?([^' ]+)'? (?:password )?changed(?: by (\S+))?$/,
    (m) => ({ action: 'password_changed', fields: { target_user: m[1]!, ...(m[2] ? { user: m[2] } : {}) } }),
  ],
  [q("^group {o}([^']+)' (?:changed|modified)(.*)$"), (m) => ({ action: 'group_changed', fields: { group: m[1]!, detail: m[2]!.trim() } })],
  [
    q("^failed adding user {o}([^']+)', (?:exit code: (\\d+)|data deleted)"),
    (m) => ({ action: 'user_create_failed', fields: { target_user: m[1]!, ...(m[2] ? { exit: m[2] } : {}) } }),
  ],
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
