// Turns a grouped auditd event into what Vigil sends: a log record with per-record fields, and for an
// execve a process-start event (source "auditd"), which catches processes too short for /proc polling.
import type { AuditGroup } from './audit-group.js';
import { formatV4, formatV6 } from '../common/inet.js';
import { escapeControl } from '../common/sanitize.js';

export interface AuditLog {
  action: string;
  fields: Record<string, string>;
}

/** Fields are prefixed by record type ("syscall.pid", "path.1.name"); common ones are also lifted. */
export function auditLogFields(group: AuditGroup, maxFields = 512): AuditLog {
  const fields: Record<string, string> = { serial: group.serial, audit_time: group.time, type: group.records.map((r) => r.type).join(',') };
  let count = 3;
  for (const r of group.records) {
    // item is a field value: only a number may become part of a key (keys are not escaped downstream).
    const item = r.fields.item;
    const prefix = r.type === 'PATH' && item !== undefined && /^\d{1,5}$/.test(item) ? `path.${item}.` : `${escapeControl(r.type.toLowerCase())}.`;
    for (const [k, v] of Object.entries(r.fields)) {
      if (count >= maxFields) break;
      const key = prefix + k;
      if (key in fields) continue;
      fields[key] = v;
      count += 1;
    }
  }
  const first = group.records[0]!;
  const syscall = group.records.find((r) => r.type === 'SYSCALL');
  const main = syscall ?? first;
  const lift: Record<string, string | undefined> = {
    pid: main.fields.pid,
    ppid: main.fields.ppid,
    uid: main.fields.uid,
    auid: main.fields.auid,
    user: main.fields.AUID && main.fields.AUID !== 'unset' ? main.fields.AUID : (main.fields.UID ?? main.fields.acct),
    exe: main.fields.exe,
    comm: main.fields.comm,
    key: main.fields.key && main.fields.key !== '(null)' ? main.fields.key : undefined,
    result: main.fields.res ?? main.fields.success,
    src_ip: main.fields.addr && main.fields.addr !== '?' ? main.fields.addr : undefined,
    acct: main.fields.acct,
    op: main.fields.op,
  };
  for (const [k, v] of Object.entries(lift)) if (v !== undefined && v !== '') fields[k] = v;
  const action = syscall ? (syscall.fields.SYSCALL ?? `syscall_${syscall.fields.syscall ?? ''}`) : first.type.toLowerCase();
  return { action: escapeControl(action), fields };
}

export interface AuditExec {
  pid: number;
  ppid: number;
  uid: number;
  gid: number;
  euid: number;
  auid: number;
  exe: string;
  comm: string;
  argv: string[];
  cwd: string;
  tty: string;
  sessionId: number;
  timeNs: bigint;
  success: boolean;
}

/** The argv of an EXECVE record: a0..a(argc-1), including the a1[0], a1[1] split form for long args. */
export function execveArgv(fields: Record<string, string>, maxArgs = 4096): string[] {
  const argc = Math.min(Number(fields.argc ?? 0) || 0, maxArgs);
  const argv: string[] = [];
  for (let i = 0; i < argc; i++) {
    const whole = fields[`a${i}`];
    if (whole !== undefined) {
      argv.push(whole);
      continue;
    }
    let joined = '';
    for (let j = 0; fields[`a${i}[${j}]`] !== undefined; j++) joined += fields[`a${i}[${j}]`];
    argv.push(joined);
  }
  return argv;
}

/** The group's audit time as unix nanoseconds. */
export function groupTimeNs(group: AuditGroup): bigint {
  const [sec, frac = '0'] = group.time.split('.');
  return BigInt(sec!) * 1_000_000_000n + BigInt(frac.padEnd(9, '0').slice(0, 9));
}

function ttyName(tty: string | undefined): string {
  if (!tty || tty === '(none)') return '';
  const m = /^pts(\d+)$/.exec(tty);
  return m ? `pts/${m[1]}` : tty;
}

function num(v: string | undefined): number {
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 && n <= 0xffffffff ? n : 0;
}

/** An execve group as a process start; undefined for other events. */
export function auditExec(group: AuditGroup): AuditExec | undefined {
  const syscall = group.records.find((r) => r.type === 'SYSCALL');
  const execves = group.records.filter((r) => r.type === 'EXECVE');
  if (!syscall || execves.length === 0) return undefined;
  // The kernel splits a long argv over several EXECVE records: their fields together are the argv.
  const execve = execves.length === 1 ? execves[0]! : { fields: Object.assign({}, ...execves.map((r) => r.fields)) as Record<string, string> };
  const cwd = group.records.find((r) => r.type === 'CWD');
  const f = syscall.fields;
  const timeNs = groupTimeNs(group);
  const ses = f.ses === '4294967295' ? 0 : num(f.ses);
  return {
    pid: num(f.pid),
    ppid: num(f.ppid),
    uid: num(f.uid),
    gid: num(f.gid),
    euid: num(f.euid),
    auid: num(f.auid),
    exe: f.exe ?? '',
    comm: f.comm ?? '',
    argv: execveArgv(execve.fields),
    cwd: cwd?.fields.cwd ?? '',
    tty: ttyName(f.tty),
    sessionId: ses,
    timeNs,
    success: f.success !== 'no',
  };
}

/** A socket address from a SOCKADDR record's hex `saddr`, for AF_INET and AF_INET6. */
export interface SocketAddress {
  family: 4 | 6;
  address: string;
  port: number;
}

export function parseSockaddr(hex: string | undefined): SocketAddress | undefined {
  if (!hex || hex.length < 16 || hex.length > 256 || !/^[0-9A-Fa-f]+$/.test(hex)) return undefined;
  const b = Buffer.from(hex, 'hex');
  const family = b.readUInt16LE(0);
  if (family === 2 && b.length >= 8) return { family: 4, port: b.readUInt16BE(2), address: formatV4(b, 4) };
  if (family === 10 && b.length >= 24) return { family: 6, port: b.readUInt16BE(2), address: formatV6(b, 8) };
  return undefined;
}

/** The SYSCALL record of a group and its common ids. */
export interface AuditActor {
  pid: number;
  ppid: number;
  uid: number;
  euid: number;
  auid: number;
  exe: string;
  comm: string;
  syscallNr: string;
  arch: string;
  /** The syscall's return value (exit=), e.g. "0", "-115". */
  exit: string;
  success: boolean;
}

export function auditActor(group: AuditGroup): AuditActor | undefined {
  const s = group.records.find((r) => r.type === 'SYSCALL');
  if (!s) return undefined;
  const f = s.fields;
  return {
    pid: num(f.pid),
    ppid: num(f.ppid),
    uid: num(f.uid),
    euid: num(f.euid),
    auid: num(f.auid === undefined ? undefined : f.auid),
    exe: f.exe ?? '',
    comm: f.comm ?? '',
    syscallNr: f.syscall ?? '',
    arch: f.arch ?? '',
    exit: f.exit ?? '',
    success: f.success !== 'no',
  };
}

/** The peer address of a connect/accept group (its SOCKADDR record). */
export function auditSockaddr(group: AuditGroup): SocketAddress | undefined {
  return parseSockaddr(group.records.find((r) => r.type === 'SOCKADDR')?.fields.saddr);
}

/** The paths of a group's PATH records (made absolute against CWD), with their nametype and the name as recorded. */
export function auditPaths(group: AuditGroup, maxPaths = 16): Array<{ path: string; nametype: string; name: string }> {
  const cwd = group.records.find((r) => r.type === 'CWD')?.fields.cwd ?? '';
  const out: Array<{ path: string; nametype: string; name: string }> = [];
  for (const r of group.records) {
    if (r.type !== 'PATH' || out.length >= maxPaths) continue;
    const name = r.fields.name;
    if (!name || name === '(null)') continue;
    const path = name.startsWith('/') || !cwd ? name : `${cwd.replace(/\/$/, '')}/${name}`;
    out.push({ path, nametype: r.fields.nametype ?? '', name });
  }
  return out;
}
