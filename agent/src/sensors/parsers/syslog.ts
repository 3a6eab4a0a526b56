// Splits a syslog-style line into timestamp, hostname, program, pid and message. Handles the classic
// BSD header ("Dec 10 06:55:46 host sshd[1]: ...") and rsyslog's RFC 3339 header on Debian 12.

export interface SyslogLine {
  timestamp: string;
  hostname: string;
  program: string;
  pid: string;
  message: string;
}

const HEADER =
  /^(?<ts>[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)\s+(?<host>\S+)\s+(?<prog>[^\s[:]+)(?:\[(?<pid>\d+)\])?:\s?(?<msg>.*)$/s;

export function splitSyslog(line: string): SyslogLine | undefined {
  const m = HEADER.exec(line);
  if (!m?.groups) return undefined;
  const g = m.groups;
  // Trailing blanks and a CR (CRLF files) carry nothing and would defeat anchored patterns.
  return { timestamp: g.ts!, hostname: g.host!, program: g.prog!, pid: g.pid ?? '', message: (g.msg ?? '').replace(/\s+$/, '') };
}
