// PAM module lines are shared by sshd, sudo, su, login, cron, passwd and chpasswd: one parser for all of
// them. Current Linux-PAM writes "pam_unix(SERVICE:TYPE): message"; the older form that RHEL/CentOS 4-5
// and SUSE 9-10 servers write puts the module in the tag ("sshd(pam_unix)[123]: message") and the message
// has no prefix: legacyPamMessage() turns that into the current form, with the type read off the message.
import type { Parsed } from './types.js';

const PREFIX = /^(?<module>pam_[a-z0-9_]{1,32})\((?<service>[^:)\s]{1,64}):(?<type>[^)\s]{1,32})\):\s*(?<rest>.*)$/s;

/** Parses "pam_xxx(SERVICE:TYPE): ..." lines. */
export function parsePam(message: string): Parsed | undefined {
  const m = PREFIX.exec(message);
  if (!m?.groups) return undefined;
  const { module, service, type, rest } = m.groups as { module: string; service: string; type: string; rest: string };
  const fields: Record<string, string> = { pam_service: service, pam_type: type };
  if (module !== 'pam_unix') fields.pam_module = module;
  return parsePamBody(rest, fields);
}

/** The message of the older form, rewritten as the current one: `sshd(pam_unix)` + "session opened ..." -> "pam_unix(sshd:session): session opened ...". */
export function legacyPamMessage(program: string, module: string, message: string): string {
  const type = /^session (?:opened|closed)\b/.test(message) ? 'session' : /^password changed\b|^password for\b/.test(message) ? 'chauthtok' : 'auth';
  return `${module}(${program}:${type}): ${message}`;
}

function authFailureFields(rest: string, fields: Record<string, string>): void {
  // \b: without it a long word with no "=" is retried from each of its characters (quadratic).
  for (const kv of rest.matchAll(/\b(\w+)=(\S*)/g)) {
    const k = kv[1]!;
    const v = kv[2]!;
    if (k === 'rhost') fields.src_ip = v;
    else if (k === 'user') fields.user = v;
    else if (k === 'logname') fields.logname = v;
    else if (k === 'uid' || k === 'euid' || k === 'tty' || k === 'ruser') fields[k] = v;
  }
}

function parsePamBody(rest: string, fields: Record<string, string>): Parsed {
  let r: RegExpExecArray | null;
  if ((r = /^session opened for user (\S+?)(?:\(uid=(\d+)\))? by (\S*?)(?:\(uid=(\d+)\))?$/.exec(rest))) {
    fields.target_user = r[1]!;
    if (r[2]) fields.target_uid = r[2];
    if (r[3]) fields.user = r[3];
    if (r[4]) fields.uid = r[4];
    return { action: 'session_opened', fields };
  }
  if ((r = /^session closed for user (\S+)$/.exec(rest))) {
    fields.target_user = r[1]!;
    return { action: 'session_closed', fields };
  }
  if (rest.startsWith('authentication failure;')) {
    authFailureFields(rest, fields);
    return { action: 'auth_failure', fields };
  }
  if ((r = /^(\d+) more authentication failures?;/.exec(rest))) {
    fields.count = r[1]!;
    authFailureFields(rest, fields);
    return { action: 'more_auth_failures', fields };
  }
  if ((r = /^password changed for (\S+)$/.exec(rest))) {
    fields.target_user = r[1]!;
    return { action: 'password_changed', fields };
  }
  if ((r = /^auth could not identify password for \[(.*)\]$/.exec(rest))) {
    fields.user = r[1]!;
    return { action: 'no_password', fields };
  }
  if ((r = /^service\((\S+)\) ignoring max retries; (\d+) > (\d+)$/.exec(rest))) {
    fields.attempts = r[2]!;
    fields.max = r[3]!;
    return { action: 'max_retries', fields };
  }
  if ((r = /^account (\S+) has expired/.exec(rest))) {
    fields.user = r[1]!;
    return { action: 'account_expired', fields };
  }
  if (rest.startsWith('check pass; user unknown')) return { action: 'user_unknown', fields };
  if (rest.startsWith('conversation failed')) return { action: 'conversation_failed', fields };
  return { action: 'pam_other', fields };
}
