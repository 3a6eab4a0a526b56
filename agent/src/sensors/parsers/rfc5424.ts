// RFC 5424 lines ("<34>1 2024-03-01T10:00:00.003Z host sshd 1234 - [origin ip="..."] msg"), as rsyslog's
// RSYSLOG_SyslogProtocol23Format and syslog-ng's syslog() destination write them: the header, the
// structured data (skipped with its escapes, so a "]" inside a value cannot end it early) and the message.
import type { SyslogLine } from './syslog-line.js';

const HEAD = /^<(\d{1,3})>(\d{1,2}) (\S{1,64}) (\S{1,255}) (\S{1,48}) (\S{1,128}) (\S{1,32})(?: |$)/;
const APP = /^([^\s[\]:()]{1,48})(?:\(([^\s()[\]:]{1,64})\))?$/;
/** The UTF-8 byte order mark RFC 5424 puts before a UTF-8 message. */
const BOM = '\ufeff';

const nil = (v: string): string => (v === '-' ? '' : v);

/** Header of an RFC 5424 line, or undefined when it is malformed. */
export function splitRfc5424(line: string): SyslogLine | undefined {
  const m = HEAD.exec(line);
  if (!m || Number(m[1]) > 191 || m[2] !== '1') return undefined;
  let at = m[0].length;
  const sdEnd = skipStructuredData(line, at);
  if (sdEnd < 0) return undefined;
  at = sdEnd;
  let message = line.slice(at).replace(/^ /, '');
  if (message.startsWith(BOM)) message = message.slice(1);
  const app = APP.exec(nil(m[5]!));
  const pid = nil(m[6]!);
  return {
    format: 'rfc5424',
    timestamp: nil(m[3]!),
    hostname: nil(m[4]!),
    program: app ? app[1]! : nil(m[5]!),
    pid: /^\d{1,10}$/.test(pid) ? pid : '',
    module: app?.[2] ?? '',
    message: message.replace(/\s+$/, ''),
  };
}

/** Index just past the structured data starting at `at` ("-" or "[...][...]"), or -1 when it never closes. */
function skipStructuredData(line: string, at: number): number {
  if (line[at] === '-') return at + 1;
  if (line[at] !== '[') return -1;
  let i = at;
  while (line[i] === '[') {
    i++;
    let quoted = false;
    for (;;) {
      if (i >= line.length) return -1;
      const c = line[i]!;
      if (quoted && c === '\\') i += 2;
      else if (c === '"') {
        quoted = !quoted;
        i++;
      } else if (c === ']' && !quoted) {
        i++;
        break;
      } else i++;
    }
  }
  return i;
}
