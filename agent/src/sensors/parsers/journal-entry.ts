// One entry of `journalctl --output=json` as Vigil uses it. Per systemd.journal-fields(7) and
// journalctl(1): values are strings; a field holding non-UTF-8 bytes is an array of byte numbers; a
// field present several times is an array of such values; a field above 4096 bytes is null unless
// --all is given. The program is _COMM and the pid _PID, which journald sets itself: SYSLOG_IDENTIFIER and
// SYSLOG_PID are the line's own claim, which any user can make (issue 13 item 8: forged sshd lines).

export interface JournalEntry {
  cursor: string;
  realtimeUs: bigint | undefined;
  /** The program as journald recorded it (_COMM): never the line's own SYSLOG_IDENTIFIER claim. */
  identifier: string;
  pid: string;
  /** journald vouches for the program: _COMM of a process running as root (_UID 0). */
  verified: boolean;
  hostname: string;
  transport: string;
  message: string;
  /** _SYSTEMD_UNIT, e.g. "ssh.service" ("" when absent). */
  unit: string;
  /** PRIORITY, 0 (emerg) to 7 (debug), "" when absent. */
  priority: string;
  /** _UID of the process that logged (trusted field), "" when absent. */
  uid: string;
}

function bytes(v: unknown): string | undefined {
  if (Array.isArray(v) && v.length > 0 && v.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= 0 && b <= 255))
    return Buffer.from(v as number[]).toString('utf8');
  return undefined;
}

/** A field's text: a string, a byte array, or the first of repeated values; "" for null or anything else. */
export function journalText(value: unknown): string {
  if (typeof value === 'string') return value;
  const b = bytes(value);
  if (b !== undefined) return b;
  if (Array.isArray(value))
    for (const item of value) {
      if (typeof item === 'string') return item;
      const ib = bytes(item);
      if (ib !== undefined) return ib;
    }
  return '';
}

/** Reads one decoded JSON object; undefined without a cursor (not a journal entry). */
export function parseJournalEntry(obj: unknown): JournalEntry | undefined {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  const o = obj as Record<string, unknown>;
  const cursor = journalText(o.__CURSOR);
  if (!cursor) return undefined;
  const rt = journalText(o.__REALTIME_TIMESTAMP);
  const pid = journalText(o._PID);
  const comm = journalText(o._COMM);
  return {
    cursor,
    realtimeUs: /^\d{1,20}$/.test(rt) ? BigInt(rt) : undefined,
    identifier: comm,
    verified: comm !== '' && journalText(o._UID) === '0',
    pid: /^\d{1,10}$/.test(pid) ? pid : '',
    hostname: journalText(o._HOSTNAME),
    transport: journalText(o._TRANSPORT),
    message: journalText(o.MESSAGE),
    unit: journalText(o._SYSTEMD_UNIT),
    priority: /^[0-7]$/.test(journalText(o.PRIORITY)) ? journalText(o.PRIORITY) : '',
    uid: /^\d{1,10}$/.test(journalText(o._UID)) ? journalText(o._UID) : '',
  };
}

/** One line of journalctl's JSON output; undefined when it is not JSON or not an entry. */
export function parseJournalJson(line: string): JournalEntry | undefined {
  try {
    return parseJournalEntry(JSON.parse(line));
  } catch {
    return undefined;
  }
}
