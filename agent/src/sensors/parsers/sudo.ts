// sudo: who ran which command as whom, from which tty and directory, and the failures (wrong
// password, not in sudoers, command not allowed).
import type { MessageParser } from './types.js';
import { parsePam } from './pam.js';

const KEYS: Record<string, string> = { TTY: 'tty', PWD: 'pwd', USER: 'target_user', GROUP: 'target_group', COMMAND: 'command', ENV: 'env' };

export const parseSudo: MessageParser = (message) => {
  const m = /^\s*(\S+) : (.*)$/s.exec(message);
  if (m) {
    const fields: Record<string, string> = { user: m[1]! };
    const parts = m[2]!.split(' ; ');
    let problem = '';
    for (const part of parts) {
      const kv = /^([A-Z]+)=(.*)$/s.exec(part);
      if (kv && KEYS[kv[1]!]) fields[KEYS[kv[1]!]!] = kv[2]!;
      else if (!problem) problem = part.trim();
    }
    if (!problem) return { action: 'command', fields };
    fields.reason = problem;
    if (/incorrect password attempt/.test(problem)) {
      const n = /(\d+) incorrect/.exec(problem);
      if (n) fields.attempts = n[1]!;
      return { action: 'auth_failure', fields };
    }
    if (/NOT in sudoers/.test(problem)) return { action: 'not_in_sudoers', fields };
    if (/command not allowed/.test(problem)) return { action: 'command_not_allowed', fields };
    return { action: 'failure', fields };
  }
  return parsePam(message);
};
