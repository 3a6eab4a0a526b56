// One entry point for log parsing: split the syslog header, pick the program's parser, return what
// it recognized. Unknown programs and unrecognized messages still come back with their header fields.
import type { MessageParser } from './types.js';
import { splitSyslog } from './syslog.js';
import { parseSshd } from './sshd.js';
import { parseSudo } from './sudo.js';
import { parseSu } from './su.js';
import { parseAccounts } from './accounts.js';
import { parseCron } from './cron.js';

export type { Parsed, MessageParser } from './types.js';
export { splitSyslog } from './syslog.js';

const BY_PROGRAM: Record<string, { parser: string; parse: MessageParser }> = {
  sshd: { parser: 'sshd', parse: parseSshd },
  'sshd-session': { parser: 'sshd', parse: parseSshd },
  sudo: { parser: 'sudo', parse: parseSudo },
  su: { parser: 'su', parse: parseSu },
  'su-l': { parser: 'su', parse: parseSu },
  cron: { parser: 'cron', parse: parseCron },
  crond: { parser: 'cron', parse: parseCron },
  crontab: { parser: 'cron', parse: parseCron },
};
for (const p of ['useradd', 'userdel', 'usermod', 'groupadd', 'groupdel', 'groupmod', 'passwd', 'chpasswd', 'gpasswd', 'chage', 'newusers']) {
  BY_PROGRAM[p] = { parser: p, parse: parseAccounts };
}

export interface LineResult {
  program: string;
  hostname: string;
  pid: string;
  parser: string;
  action: string;
  fields: Record<string, string>;
}

/** Parses a message from a known program (the journal gives program and message apart). */
export function parseMessage(program: string, message: string): { parser: string; action: string; fields: Record<string, string> } {
  const entry = BY_PROGRAM[program] ?? BY_PROGRAM[program.toLowerCase()];
  if (!entry) return { parser: '', action: '', fields: {} };
  const parsed = entry.parse(message);
  if (!parsed) return { parser: '', action: '', fields: {} };
  return { parser: entry.parser, action: parsed.action, fields: parsed.fields };
}

/** Parses one syslog-format line. */
export function parseSyslogLine(line: string): LineResult {
  const head = splitSyslog(line);
  if (!head) return { program: '', hostname: '', pid: '', parser: '', action: '', fields: {} };
  const r = parseMessage(head.program, head.message);
  const fields = r.parser && head.pid ? { ...r.fields, pid: head.pid } : r.fields;
  return { program: head.program, hostname: head.hostname, pid: head.pid, parser: r.parser, action: r.action, fields };
}
