// The header of one syslog line as every dialect's splitter returns it (syslog.ts for BSD and RFC 3339
// headers, rfc5424.ts for RFC 5424). Its own file so the two splitters share it without importing each other.
export type SyslogFormat = 'rfc3164' | 'rfc3339' | 'rfc5424';

export interface SyslogLine {
  format: SyslogFormat;
  timestamp: string;
  hostname: string;
  program: string;
  pid: string;
  message: string;
  /** "pam_unix" in the older PAM form `program(pam_unix)[pid]:`, else "". */
  module: string;
}
