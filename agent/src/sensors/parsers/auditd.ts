// auditd records: "type=T msg=audit(SECONDS:SERIAL): k=v ..." plus the enriched part after 0x1D.
// Values that auditd hex-encodes (argv, proctitle, paths with odd characters) are decoded here.

export interface AuditRecord {
  type: string;
  time: string;
  serial: string;
  fields: Record<string, string>;
}

const HEAD = /^type=(\S+) msg=audit\((\d+(?:\.\d+)?):(\d+)\):\s?(.*)$/s;
const ARG_KEY = /^a\d+(\[\d+\])?$/;
const HEX_KEYS = /^(a\d+(\[\d+\])?|proctitle|cmd|comm|exe|name|cwd|data|acct|old-name|new-name)$/;

export function isAuditLine(line: string): boolean {
  return line.startsWith('type=') && line.includes(' msg=audit(');
}

export function decodeHexValue(value: string): string {
  const bytes = Buffer.from(value, 'hex');
  // proctitle and argv hex keep NULs between arguments; show them as spaces.
  return bytes
    .toString('utf8')
    .replace(/\u0000+$/, '')
    .replace(/\u0000/g, ' ');
}

function isHex(v: string): boolean {
  return v.length >= 2 && v.length % 2 === 0 && /^[0-9A-F]+$/.test(v);
}

/** [A-Za-z0-9_] plus '-', '[' and ']': the characters of an audit field name (a1[0], old-name). */
function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 91 || c === 93;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
}

/**
 * Splits "k=v k2="quoted v" k3='nested k=v'" into pairs; quoted values are unquoted. A hand-written scan
 * (the kernel sensor parses every record of every exec): a run of name characters followed by '=' is a
 * key; its value is a "..." or '...' string when the quote closes, else everything up to white space.
 */
export function splitKeyValues(text: string, maxFields: number, out: Record<string, string> = {}, decodeArgs = true): Record<string, string> {
  let count = Object.keys(out).length;
  const n = text.length;
  let i = 0;
  while (i < n && count < maxFields) {
    if (!isKeyChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isKeyChar(text.charCodeAt(j))) j++;
    if (j >= n || text.charCodeAt(j) !== 61 /* = */) {
      i = j;
      continue;
    }
    const key = text.slice(i, j);
    const v = j + 1;
    const q = v < n ? text.charCodeAt(v) : 0;
    let value: string | undefined;
    let bare = false;
    if (q === 34 /* " */ || q === 39 /* ' */) {
      const close = text.indexOf(q === 34 ? '"' : "'", v + 1);
      if (close >= 0) {
        value = text.slice(v + 1, close);
        i = close + 1;
        if (q === 39 && key === 'msg') {
          // USER_* records nest their own key=value list inside msg='...'.
          splitKeyValues(value, maxFields, out, decodeArgs);
          count = Object.keys(out).length;
          continue;
        }
      }
    }
    if (value === undefined) {
      let e = v;
      while (e < n && !isSpace(text.charCodeAt(e))) e++;
      value = text.slice(v, e);
      i = e;
      bare = true;
    }
    // a0, a1...: hex-encoded arguments in EXECVE records, but plain hex numbers in SYSCALL records.
    if (bare && HEX_KEYS.test(key) && isHex(value) && (decodeArgs || !ARG_KEY.test(key))) value = decodeHexValue(value);
    if (!(key in out)) count += 1;
    out[key] = value;
  }
  return out;
}

export function parseAuditLine(line: string, maxFields = 256): AuditRecord | undefined {
  const m = HEAD.exec(line);
  if (!m) return undefined;
  return recordOf(m[1]!, m[2]!, m[3]!, m[4] ?? '', maxFields);
}

const NETLINK_HEAD = /^audit\((\d+(?:\.\d+)?):(\d+)\):\s?/;

/**
 * A record as the kernel sends it over netlink: the type is the message type (named by the caller) and the
 * text is "audit(SECONDS:SERIAL): k=v ...", the same body auditd writes after "msg=".
 */
export function parseAuditMessage(type: string, text: string, maxFields = 256): AuditRecord | undefined {
  const m = NETLINK_HEAD.exec(text);
  if (!m) return undefined;
  const time = m[1]!;
  const serial = m[2]!;
  const body = text.slice(m[0].length);
  // Fields are split on first use: an exec's PATH and PROCTITLE records are grouped but never read.
  let fields: Record<string, string> | undefined;
  return {
    type,
    time,
    serial,
    get fields() {
      return (fields ??= recordOf(type, time, serial, body, maxFields).fields);
    },
  };
}

function recordOf(type: string, time: string, serial: string, body: string, maxFields: number): AuditRecord {
  const sep = body.indexOf('\u001d');
  const decodeArgs = type === 'EXECVE';
  const fields = splitKeyValues(sep >= 0 ? body.slice(0, sep) : body, maxFields, {}, decodeArgs);
  if (sep >= 0) {
    // Enriched values (user names for ids, syscall names) keep their upper-case keys.
    splitKeyValues(body.slice(sep + 1), maxFields, fields, decodeArgs);
  }
  return { type, time, serial, fields };
}
