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
  return bytes.toString('utf8').replace(/\u0000+$/, '').replace(/\u0000/g, ' ');
}

function isHex(v: string): boolean {
  return v.length >= 2 && v.length % 2 === 0 && /^[0-9A-F]+$/.test(v);
}

/** Splits "k=v k2="quoted v" k3='nested k=v'" into pairs; quoted values are unquoted. */
export function splitKeyValues(text: string, maxFields: number, out: Record<string, string> = {}, decodeArgs = true): Record<string, string> {
  const re = /([\w\-[\]]+)=("([^"]*)"|'([^']*)'|(\S*))/g;
  let count = Object.keys(out).length;
  for (const m of text.matchAll(re)) {
    if (count >= maxFields) break;
    const key = m[1]!;
    if (m[4] !== undefined && key === 'msg') {
      // USER_* records nest their own key=value list inside msg='...'.
      splitKeyValues(m[4], maxFields, out, decodeArgs);
      count = Object.keys(out).length;
      continue;
    }
    let value = m[3] ?? m[4] ?? m[5] ?? '';
    // a0, a1...: hex-encoded arguments in EXECVE records, but plain hex numbers in SYSCALL records.
    if (m[5] !== undefined && HEX_KEYS.test(key) && isHex(value) && (decodeArgs || !ARG_KEY.test(key))) value = decodeHexValue(value);
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
  return recordOf(type, m[1]!, m[2]!, text.slice(m[0].length), maxFields);
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
