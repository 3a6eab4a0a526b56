// Turns a grouped auditd event into what Vigil sends: a log record with per-record fields, and for an
// execve a process-start event (source "auditd"), which catches processes too short for /proc polling.
import type { AuditGroup } from './audit-group.js';

export interface AuditLog {
  action: string;
  fields: Record<string, string>;
}

/** Fields are prefixed by record type ("syscall.pid", "path.1.name"); common ones are also lifted. */
export function auditLogFields(group: AuditGroup, maxFields = 512): AuditLog {
  const fields: Record<string, string> = { serial: group.serial, audit_time: group.time, type: group.records.map((r) => r.type).join(',') };
  let count = 3;
  for (const r of group.records) {
    const prefix = r.type === 'PATH' && r.fields.item !== undefined ? `path.${r.fields.item}.` : `${r.type.toLowerCase()}.`;
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
    user: main.fields.AUID && main.fields.AUID !== 'unset' ? main.fields.AUID : main.fields.UID ?? main.fields.acct,
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
  return { action, fields };
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
  const execve = group.records.find((r) => r.type === 'EXECVE');
  if (!syscall || !execve) return undefined;
  const cwd = group.records.find((r) => r.type === 'CWD');
  const f = syscall.fields;
  const [sec, frac = '0'] = group.time.split('.');
  const timeNs = BigInt(sec!) * 1_000_000_000n + BigInt(frac.padEnd(9, '0').slice(0, 9));
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
