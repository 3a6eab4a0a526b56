// pam_unix lines are shared by sshd, sudo, su, cron, passwd and chpasswd: one parser for all of them.
import type { Parsed } from './types.js';

/** Parses "pam_unix(SERVICE:TYPE): ..." lines. */
export function parsePam(message: string): Parsed | undefined {
  const m = /^pam_unix\((?<service>[^:)]+):(?<type>[^)]+)\):\s*(?<rest>.*)$/s.exec(message);
  if (!m?.groups) return undefined;
  const { service, type, rest } = m.groups as { service: string; type: string; rest: string };
  const fields: Record<string, string> = { pam_service: service, pam_type: type };
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
    for (const kv of rest.matchAll(/(\w+)=(\S*)/g)) {
      const k = kv[1]!;
      const v = kv[2]!;
      if (k === 'rhost') fields.src_ip = v;
      else if (k === 'user') fields.user = v;
      else if (k === 'logname') fields.logname = v;
      else if (k === 'uid' || k === 'euid' || k === 'tty' || k === 'ruser') fields[k] = v;
    }
    return { action: 'auth_failure', fields };
  }
  if ((r = /^password changed for (\S+)$/.exec(rest))) {
    fields.target_user = r[1]!;
    return { action: 'password_changed', fields };
  }
  if (rest.startsWith('check pass; user unknown')) return { action: 'user_unknown', fields };
  return { action: 'pam_other', fields };
}
