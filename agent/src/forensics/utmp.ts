// Parses utmp/wtmp records (glibc x86_64/aarch64 layout, 384 bytes each) into logins, so the triage
// snapshot lists who is logged in (utmp) and recent logins (wtmp) without running `who` or `last`.

export const UTMP_RECORD_BYTES = 384;
const TYPES: Record<number, string> = { 1: 'run_level', 2: 'boot', 3: 'new_time', 4: 'old_time', 5: 'init', 6: 'login', 7: 'user', 8: 'dead', 9: 'accounting' };

export interface UtmpRecord {
  type: string;
  pid: number;
  line: string;
  user: string;
  host: string;
  timeMs: number;
  address: string;
}

function cstr(b: Buffer, start: number, len: number): string {
  const s = b.subarray(start, start + len);
  const end = s.indexOf(0);
  return s.toString('utf8', 0, end < 0 ? len : end).replace(/[\x00-\x1f\x7f]/g, '?');
}

function address(b: Buffer, off: number): string {
  const words = [0, 1, 2, 3].map((i) => b.readUInt32BE(off + i * 4));
  if (words.every((w) => w === 0)) return '';
  if (words.slice(1).every((w) => w === 0)) return [0, 1, 2, 3].map((i) => b[off + i]).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(b.readUInt16BE(off + i).toString(16));
  return groups.join(':');
}

export function parseUtmp(data: Buffer): UtmpRecord[] {
  const out: UtmpRecord[] = [];
  for (let off = 0; off + UTMP_RECORD_BYTES <= data.length; off += UTMP_RECORD_BYTES) {
    const r = data.subarray(off, off + UTMP_RECORD_BYTES);
    const type = r.readInt32LE(0);
    if (type === 0) continue;
    out.push({
      type: TYPES[type] ?? String(type),
      pid: r.readInt32LE(4),
      line: cstr(r, 8, 32),
      user: cstr(r, 44, 32),
      host: cstr(r, 76, 256),
      timeMs: r.readUInt32LE(340) * 1000 + Math.floor(r.readInt32LE(344) / 1000),
      address: address(r, 348),
    });
  }
  return out;
}

/** Builds one record (for tests and fixtures). */
export function encodeUtmp(rec: Partial<UtmpRecord> & { typeCode: number }): Buffer {
  const b = Buffer.alloc(UTMP_RECORD_BYTES);
  b.writeInt32LE(rec.typeCode, 0);
  b.writeInt32LE(rec.pid ?? 0, 4);
  b.write(rec.line ?? '', 8, 32, 'utf8');
  b.write(rec.user ?? '', 44, 32, 'utf8');
  b.write(rec.host ?? '', 76, 256, 'utf8');
  const ms = rec.timeMs ?? 0;
  b.writeUInt32LE(Math.floor(ms / 1000), 340);
  b.writeInt32LE((ms % 1000) * 1000, 344);
  if (rec.address) rec.address.split('.').forEach((o, i) => (b[348 + i] = Number(o)));
  return b;
}
