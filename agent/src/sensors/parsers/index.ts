// One entry point for log parsing: split the syslog header (any dialect), pick the program's parser,
// return what it recognized. Unknown programs and unrecognized messages still come back with their
// header fields and no parser: the line arrives raw. Nothing here throws, and lines beyond a bound are
// not parsed at all.
import type { MessageParser } from './types.js';
import { splitSyslog, trimEnd, type SyslogFormat, type SyslogLine } from './syslog.js';
import { parseSshd } from './sshd.js';
import { parseSudo } from './sudo.js';
import { parseSu } from './su.js';
import { parseAccounts } from './accounts.js';
import { parseCron } from './cron.js';
import { parseLogin } from './login.js';
import { parseLogind } from './logind.js';
import { parsePam, legacyPamMessage } from './pam.js';

export type { Parsed, MessageParser } from './types.js';
export { splitSyslog, type SyslogLine, type SyslogFormat } from './syslog.js';
export { parseJournalEntry, parseJournalJson, type JournalEntry } from './journal-entry.js';

/** Longest line (characters) the parsers look at; a longer one arrives raw. */
export const MAX_PARSE_CHARS = 64 * 1024;

const BY_PROGRAM: Record<string, { parser: string; parse: MessageParser }> = {
  sshd: { parser: 'sshd', parse: parseSshd },
  'sshd-session': { parser: 'sshd', parse: parseSshd },
  'sshd-auth': { parser: 'sshd', parse: parseSshd },
  sudo: { parser: 'sudo', parse: parseSudo },
  su: { parser: 'su', parse: parseSu },
  'su-l': { parser: 'su', parse: parseSu },
  runuser: { parser: 'su', parse: parseSu },
  'runuser-l': { parser: 'su', parse: parseSu },
  login: { parser: 'login', parse: parseLogin },
  'systemd-logind': { parser: 'systemd-logind', parse: parseLogind },
  cron: { parser: 'cron', parse: parseCron },
  crond: { parser: 'cron', parse: parseCron },
  crontab: { parser: 'cron', parse: parseCron },
};
for (const p of ['useradd', 'userdel', 'usermod', 'groupadd', 'groupdel', 'groupmod', 'passwd', 'chpasswd', 'gpasswd', 'chage', 'newusers']) {
  BY_PROGRAM[p] = { parser: p, parse: parseAccounts };
}

export interface MessageResult {
  parser: string;
  action: string;
  fields: Record<string, string>;
}

export interface LineResult extends MessageResult {
  /** Which header form the line had ("" when it had none). */
  format: SyslogFormat | '';
  program: string;
  hostname: string;
  pid: string;
}

const none = (): MessageResult => ({ parser: '', action: '', fields: {} });

/** Parses a message from a known program (the journal gives program and message apart). */
export function parseMessage(program: string, message: string): MessageResult {
  if (message.length > MAX_PARSE_CHARS || program.length > 256) return none();
  try {
    // rsyslog's repeated-message reduction, for any program: "message repeated 3 times: [ <message>]"
    // stands for that many lines of the message (fields.repeated; detection counts it that many times).
    // The head by regex, the tail by hand: /(.*?)\s*\]$/ was quadratic on a run of blanks.
    const rep = /^message repeated (\d{1,7}) times: \[ ?/.exec(message);
    if (rep && message.endsWith(']')) {
      const inner = parseMessage(program, trimEnd(message.slice(rep[0].length, -1)));
      return inner.parser ? { ...inner, fields: { ...inner.fields, repeated: rep[1]! } } : inner;
    }
    const entry = BY_PROGRAM[program] ?? BY_PROGRAM[program.toLowerCase()];
    const parsed = entry?.parse(message);
    if (entry && parsed) return { parser: entry.parser, action: parsed.action, fields: parsed.fields };
    // Any other program's PAM lines (login, systemd-user, xinetd, vsftpd, ...).
    const pam = message.startsWith('pam_') ? parsePam(message) : undefined;
    if (pam) return { parser: 'pam', action: pam.action, fields: pam.fields };
  } catch {
    // A parser that throws on some input is a bug; the line still arrives, raw.
  }
  return none();
}

/** Parses one syslog line of any dialect. */
export function parseSyslogLine(line: string): LineResult {
  if (line.length > MAX_PARSE_CHARS) return { format: '', program: '', hostname: '', pid: '', ...none() };
  let head: SyslogLine | undefined;
  try {
    head = splitSyslog(line);
  } catch {
    head = undefined;
  }
  if (!head) return { format: '', program: '', hostname: '', pid: '', ...none() };
  const message = head.module.startsWith('pam_') ? legacyPamMessage(head.program, head.module, head.message) : head.message;
  const r = head.program ? parseMessage(head.program, message) : none();
  const fields = r.parser && head.pid ? { ...r.fields, pid: head.pid } : r.fields;
  return { format: head.format, program: head.program, hostname: head.hostname, pid: head.pid, parser: r.parser, action: r.action, fields };
}
