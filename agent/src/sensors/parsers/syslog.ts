// Splits one syslog line into timestamp, hostname, program, pid and message, whichever dialect wrote
// it: BSD/RFC 3164 ("Dec 10 06:55:46 host sshd[1]: ...", with or without the hostname, the pid or a
// <PRI>), rsyslog's high-precision RFC 3339 header, and RFC 5424 (see rfc5424.ts). The older PAM form
// "sshd(pam_unix)[123]:" comes back with the module apart from the program.
import { splitRfc5424 } from './rfc5424.js';
import type { SyslogFormat, SyslogLine } from './syslog-line.js';

export type { SyslogFormat, SyslogLine } from './syslog-line.js';

/** <PRI>: facility * 8 + severity, 0..191. */
const PRI = /^<(\d{1,3})>/;
const BSD_TIME = /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?= )/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?(?= )/;
/** A tag: program, optional "(module)", optional "[pid]", then a colon ending the token. */
const TAG = /^([^\s[\]:()]{1,128})(?:\(([^\s()[\]:]{1,64})\))?(?:\[(\d{1,10})\])?:(?: |$)/;

/** Header of one line, or undefined when it has none of the known forms. */
export function splitSyslog(line: string): SyslogLine | undefined {
  let rest = line;
  const pri = PRI.exec(rest);
  if (pri) {
    if (Number(pri[1]) > 191) return undefined;
    if (/^<\d{1,3}>\d{1,2} /.test(rest)) return splitRfc5424(rest);
    rest = rest.slice(pri[0].length);
  }
  let format: SyslogFormat = 'rfc3164';
  let ts = BSD_TIME.exec(rest);
  if (!ts) {
    ts = ISO_TIME.exec(rest);
    format = 'rfc3339';
  }
  if (!ts) return undefined;
  rest = rest.slice(ts[0].length).replace(/^ +/, '');
  let hostname = '';
  let tag = TAG.exec(rest);
  if (!tag) {
    // "host tag: msg": the first token is the hostname when a tag follows it.
    const sp = rest.indexOf(' ');
    if (sp <= 0) return undefined;
    hostname = rest.slice(0, sp);
    rest = rest.slice(sp + 1);
    tag = TAG.exec(rest);
    if (!tag) return { format, timestamp: ts[0], hostname, program: '', pid: '', module: '', message: trimEnd(rest) };
  }
  return { format, timestamp: ts[0], hostname, program: tag[1]!, pid: tag[3] ?? '', module: tag[2] ?? '', message: trimEnd(rest.slice(tag[0].length)) };
}

/**
 * Trailing blanks and a CR (CRLF files) carry nothing and would defeat anchored patterns. A scan from the
 * end, not /\s+$/: that regex retries from every blank of a run, quadratic on a line of spaces.
 */
export function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}
