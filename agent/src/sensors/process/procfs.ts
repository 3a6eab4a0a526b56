// Parsers for the /proc/PID files the process sensor needs. Pure functions over text, so the same
// code runs against the real /proc and against the fixture tree in tests.

export interface ProcStat {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  session: number;
  ttyNr: number;
  startTicks: bigint;
}

/** Parses /proc/PID/stat. comm may contain spaces and parentheses, so split at the LAST ')'. */
export function parseStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  const rest = text.slice(close + 2).split(' ');
  // rest[0] is field 3 (state); field N is rest[N - 3].
  const state = rest[0];
  const ppid = Number(rest[1]);
  const session = Number(rest[3]);
  const ttyNr = Number(rest[4]);
  const start = rest[19];
  if (!state || !Number.isInteger(pid) || !Number.isInteger(ppid) || start === undefined || !/^\d+$/.test(start)) return undefined;
  return { pid, comm: text.slice(open + 1, close), state, ppid, session, ttyNr, startTicks: BigInt(start) };
}

export interface ProcIds {
  uid: number;
  euid: number;
  gid: number;
}

/** Uid and Gid lines of /proc/PID/status (real, effective, saved, fs). */
export function parseStatusIds(text: string): ProcIds | undefined {
  const uid = /^Uid:\s+(\d+)\s+(\d+)/m.exec(text);
  const gid = /^Gid:\s+(\d+)/m.exec(text);
  if (!uid || !gid) return undefined;
  return { uid: Number(uid[1]), euid: Number(uid[2]), gid: Number(gid[1]) };
}

/** NUL-separated argv; a trailing NUL does not make an empty last argument. */
export function parseCmdline(bytes: Buffer): string[] {
  if (bytes.length === 0) return [];
  const text = bytes.toString('utf8');
  const parts = text.split('\u0000');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Name of the controlling terminal from stat's tty_nr (major/minor encoding of the kernel). */
export function ttyName(ttyNr: number): string {
  if (!ttyNr) return '';
  const major = (ttyNr >> 8) & 0xfff;
  const minor = (ttyNr & 0xff) | ((ttyNr >> 12) & 0xfff00);
  if (major >= 136 && major <= 143) return `pts/${(major - 136) * 256 + minor}`;
  if (major === 4) return minor < 64 ? `tty${minor}` : `ttyS${minor - 64}`;
  if (major === 5 && minor === 1) return 'console';
  return `tty(${major}:${minor})`;
}

/** Boot time (unix seconds) from /proc/stat's btime line. */
export function parseBootTime(text: string): number | undefined {
  const m = /^btime\s+(\d+)/m.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Seconds since boot from /proc/uptime ("12345.67 23456.78"), with its 10 ms resolution. */
export function parseUptime(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Boot time in unix nanoseconds for turning start ticks into wall time. btime in /proc/stat is whole
 * seconds (start times would be off by up to a second, the same amount all boot long); wall clock minus
 * /proc/uptime is good to about 10 ms, so it is used when uptime is readable.
 */
export function bootTimeNs(statText: string | undefined, uptimeText: string | undefined, nowMs: number): bigint | undefined {
  const uptime = uptimeText === undefined ? undefined : parseUptime(uptimeText);
  if (uptime !== undefined) return BigInt(nowMs) * 1_000_000n - BigInt(Math.round(uptime * 100)) * 10_000_000n;
  const btime = statText === undefined ? undefined : parseBootTime(statText);
  return btime === undefined ? undefined : BigInt(btime) * 1_000_000_000n;
}

/** /proc/PID/exe of a deleted file reads "PATH (deleted)". */
export function splitDeleted(exe: string): { path: string; deleted: boolean } {
  return exe.endsWith(' (deleted)') ? { path: exe.slice(0, -10), deleted: true } : { path: exe, deleted: false };
}
