// auditd records: "type=T msg=audit(SECONDS:SERIAL): k=v ..." plus the enriched part after 0x1D.
// Values that auditd hex-encodes (argv, proctitle, paths with odd characters) are decoded here.

export interface AuditRecord {
  type: string;
  time: string;
  serial: string;
  fields: Record<string, string>;
}

const HEAD = /^type=(\S+) msg=audit\((\d+(?:\.\d+)?):(\d+)\):\s?(.*)$/s;
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
export function splitKeyValues(text: string, maxFields: number, out: Record<string, string> = {}): Record<string, string> {
  const re = /([\w\-[\]]+)=("([^"]*)"|'([^']*)'|(\S*))/g;
  let count = Object.keys(out).length;
  for (const m of text.matchAll(re)) {
    if (count >= maxFields) break;
    const key = m[1]!;
    if (m[4] !== undefined && key === 'msg') {
      // USER_* records nest their own key=value list inside msg='...'.
      splitKeyValues(m[4], maxFields, out);
      count = Object.keys(out).length;
      continue;
    }
    let value = m[3] ?? m[4] ?? m[5] ?? '';
    if (m[5] !== undefined && HEX_KEYS.test(key) && isHex(value)) value = decodeHexValue(value);
    if (!(key in out)) count += 1;
    out[key] = value;
  }
  return out;
}

export function parseAuditLine(line: string, maxFields = 256): AuditRecord | undefined {
  const m = HEAD.exec(line);
  if (!m) return undefined;
  const body = m[4] ?? '';
  const sep = body.indexOf('\u001d');
  const fields = splitKeyValues(sep >= 0 ? body.slice(0, sep) : body, maxFields);
  if (sep >= 0) {
    // Enriched values (user names for ids, syscall names) keep their upper-case keys.
    splitKeyValues(body.slice(sep + 1), maxFields, fields);
  }
  return { type: m[1]!, time: m[2]!, serial: m[3]!, fields };
}
