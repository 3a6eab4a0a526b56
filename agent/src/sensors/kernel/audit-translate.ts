// What an audit event group becomes: a connection (connect/accept), a file access on a watched path, a
// signal sent to the agent itself (a Tamper event), or a log record like the auditd log parser's (module loads, ptrace, setuid chmods, PAM's USER_* records,
// config changes). Execs are the sensor's own business (they need the process table). Pure functions.
import { vigil } from '@vigil/proto';
import type { AuditGroup } from '../parsers/audit-group.js';
import { auditActor, auditLogFields, auditPaths, auditSockaddr, type AuditActor } from '../parsers/audit-events.js';
import { escapeControl } from '../common/sanitize.js';
import { errnoName } from './netlink.js';
import { syscallName } from './syscalls.js';
import { SIGNAL_SYSCALLS, VIGIL_KEY, type WatchSpec } from './audit-rules.js';

export type ConnectionPayload = vigil.v1.INetworkConnection;

const OUTBOUND = new Set(['connect']);
const INBOUND = new Set(['accept', 'accept4']);

/** A connect or accept with an inet peer, as a connection event; undefined for anything else. */
export function auditConnection(group: AuditGroup, actor: AuditActor, name: string): ConnectionPayload | undefined {
  const outbound = OUTBOUND.has(name);
  if (!outbound && !INBOUND.has(name)) return undefined;
  const peer = auditSockaddr(group);
  if (!peer) return undefined;
  const exit = Number(actor.exit);
  if (!outbound && !(exit >= 0)) return undefined;
  const result = exit >= 0 ? 'ok' : exit === -115 ? 'in_progress' : errnoName(-exit);
  return {
    // The record does not say whether the socket is TCP or UDP (a resolver's connect() is UDP).
    transport: INBOUND.has(name) ? vigil.v1.Transport.TCP : vigil.v1.Transport.TRANSPORT_UNSPECIFIED,
    ipVersion: peer.family,
    remoteAddress: peer.address,
    remotePort: peer.port,
    state: outbound ? (exit === 0 ? 'ESTABLISHED' : exit === -115 ? 'SYN_SENT' : 'FAILED') : 'ESTABLISHED',
    direction: outbound ? vigil.v1.Direction.OUTBOUND : vigil.v1.Direction.INBOUND,
    pid: actor.pid,
    exe: escapeControl(actor.exe),
    uid: actor.uid,
    auid: actor.auid,
    source: 'audit',
    result,
  };
}

const WRITE_CALLS = new Set([
  'creat',
  'truncate',
  'ftruncate',
  'rename',
  'renameat',
  'renameat2',
  'unlink',
  'unlinkat',
  'link',
  'linkat',
  'symlink',
  'symlinkat',
  'mkdir',
  'mkdirat',
  'rmdir',
  'mknod',
  'mknodat',
  'write',
]);
const ATTR_CALLS = new Set([
  'chmod',
  'fchmod',
  'fchmodat',
  'fchmodat2',
  'chown',
  'fchown',
  'fchownat',
  'lchown',
  'setxattr',
  'lsetxattr',
  'fsetxattr',
  'removexattr',
  'lremovexattr',
  'fremovexattr',
  'utime',
  'utimes',
  'utimensat',
  'futimesat',
]);
const O_ACCMODE = 3;
const O_CREAT = 0o100;
const O_TRUNC = 0o1000;

/** read, write, attr or exec, from the syscall and (for opens) its flags argument. */
export function accessOf(name: string, args: Record<string, string>): string {
  if (name === 'execve' || name === 'execveat') return 'exec';
  if (WRITE_CALLS.has(name)) return 'write';
  if (ATTR_CALLS.has(name)) return 'attr';
  const flagsHex = name === 'open' ? args.a1 : name === 'openat' ? args.a2 : undefined;
  if (flagsHex !== undefined) {
    const flags = parseInt(flagsHex, 16);
    if (Number.isFinite(flags) && ((flags & O_ACCMODE) !== 0 || (flags & (O_CREAT | O_TRUNC)) !== 0)) return 'write';
  }
  return 'read';
}

/** The watch covering a path: the file itself, or a watched folder above it. */
export function watchFor(path: string, watches: readonly WatchSpec[]): WatchSpec | undefined {
  let best: WatchSpec | undefined;
  for (const w of watches) {
    const hit = w.dir ? path === w.path || path.startsWith(w.path.endsWith('/') ? w.path : `${w.path}/`) : path === w.path;
    if (hit && (!best || w.path.length > best.path.length)) best = w;
  }
  return best;
}

/**
 * The watch behind a relative name opened through a directory fd (GNU tar -C opens
 * openat(dirfd, "alice/.bash_history")), which the CWD join misses: the watch whose path ends with the
 * name. When several do (".bash_history" of every home) and they are of one kind, the name stays relative.
 */
export function watchForRelative(name: string, watches: readonly WatchSpec[]): { path: string; watch: WatchSpec } | undefined {
  if (!name || name.startsWith('/') || name.split('/').includes('..')) return undefined;
  const hits: Array<{ path: string; watch: WatchSpec }> = [];
  for (const w of watches) {
    const cut = w.path.lastIndexOf('/');
    if (!w.dir && w.path.endsWith(`/${name}`)) hits.push({ path: w.path, watch: w });
    else if (w.dir && name.startsWith(`${w.path.slice(cut + 1)}/`)) hits.push({ path: `${w.path.slice(0, cut)}/${name}`, watch: w });
  }
  if (hits.length === 1) return hits[0];
  if (hits.length > 1 && hits.every((h) => h.watch.watch === hits[0]!.watch.watch)) return { path: name, watch: hits[0]!.watch };
  return undefined;
}

/** Accesses of watched paths in a group keyed "vigil" (one per distinct watched path). */
export function auditFileAccesses(
  group: AuditGroup,
  actor: AuditActor,
  name: string,
  watches: readonly WatchSpec[],
  users: (uid: number) => string,
): vigil.v1.IFileAccess[] {
  const syscall = group.records.find((r) => r.type === 'SYSCALL')!;
  const access = accessOf(name, syscall.fields);
  const out: vigil.v1.IFileAccess[] = [];
  const seen = new Set<string>();
  // Relative names resolve against a directory fd, not CWD, only in an *at syscall given a real dirfd (not AT_FDCWD).
  const viaDirFd = /at2?$/.test(name) && /^[0-9a-f]+$/.test(syscall.fields.a0 ?? '') && !syscall.fields.a0!.endsWith('ffffff9c');
  for (const p of auditPaths(group)) {
    if (p.nametype === 'PARENT') continue;
    let path = p.path;
    let w = watchFor(path, watches);
    if (!w && viaDirFd) {
      const rel = watchForRelative(p.name, watches);
      if (rel) ({ path, watch: w } = rel);
    }
    if (!w || seen.has(path)) continue;
    seen.add(path);
    out.push({
      path: escapeControl(path),
      access,
      pid: actor.pid,
      ppid: actor.ppid,
      exe: escapeControl(actor.exe),
      comm: escapeControl(actor.comm),
      uid: actor.uid,
      euid: actor.euid,
      auid: actor.auid,
      user: users(actor.uid),
      loginUser: actor.auid === 4294967295 ? '' : users(actor.auid),
      syscall: name,
      success: actor.success,
      watch: w.watch,
    });
  }
  return out;
}

/** A group as a log record, the same shape the auditd log parser gives, with the syscall named. */
export function auditLogRecord(group: AuditGroup, maxRawChars: number): vigil.v1.ILogRecord {
  const { action, fields } = auditLogFields(group);
  const safe: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) safe[k] = escapeControl(v);
  const actor = auditActor(group);
  let named = action;
  if (actor) {
    named = syscallName(actor.arch, actor.syscallNr);
    // As auditd's enriched log format names it, on the SYSCALL record itself: rules read the record's own
    // field first ("syscall.SYSCALL"), and "syscall.syscall" holds only the number.
    safe.SYSCALL = named;
    safe['syscall.SYSCALL'] = named;
  }
  const joined = group.lines.join('\n');
  const raw = escapeControl(joined.length > maxRawChars ? joined.slice(0, maxRawChars) : joined);
  return { source: 'audit', raw, parser: 'auditd', action: named, fields: safe, truncated: joined.length > maxRawChars, program: 'auditd' };
}

const SIGNAL_NAMES: Readonly<Record<number, string>> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  6: 'SIGABRT',
  9: 'SIGKILL',
  10: 'SIGUSR1',
  12: 'SIGUSR2',
  14: 'SIGALRM',
  15: 'SIGTERM',
  18: 'SIGCONT',
  19: 'SIGSTOP',
  20: 'SIGTSTP',
};
const SIGNAL_IN_A1: ReadonlySet<string> = new Set(SIGNAL_SYSCALLS.a1);
const SIGNAL_IN_A2: ReadonlySet<string> = new Set(SIGNAL_SYSCALLS.a2);

/** A signal another process sent the agent (the agent-signal audit rules), as a Tamper payload; undefined otherwise. */
export function auditAgentSignal(group: AuditGroup, actor: AuditActor, name: string, agentPid: number): vigil.v1.ITamper | undefined {
  const at = SIGNAL_IN_A1.has(name) ? 'a1' : SIGNAL_IN_A2.has(name) ? 'a2' : undefined;
  const f = group.records.find((r) => r.type === 'SYSCALL')?.fields;
  if (!at || !f || f.key !== VIGIL_KEY || actor.pid === agentPid) return undefined;
  // The kernel compares a0's low 32 bits; kill(-pgid) aims at a process group.
  const a0 = /^[0-9a-f]{1,16}$/.test(f.a0 ?? '') ? Number(BigInt(`0x${f.a0}`) & 0xffffffffn) : -1;
  const target =
    name !== 'pidfd_send_signal' && a0 === agentPid
      ? 'the agent'
      : name === 'kill' && a0 === -agentPid >>> 0
        ? "the agent's process group"
        : group.records.some((r) => r.type === 'OBJ_PID' && Number(r.fields.opid) === agentPid)
          ? 'the agent'
          : undefined;
  if (!target) return undefined;
  const sig = parseInt(f[at] ?? '', 16);
  if (!(sig > 0)) return undefined;
  const who = `pid ${actor.pid} ${escapeControl(actor.exe || actor.comm)} (uid ${actor.uid}, auid ${actor.auid === 4294967295 ? 'unset' : actor.auid})`;
  const outcome = actor.success ? '' : `, refused (${errnoName(-Number(actor.exit))})`;
  return {
    what: 'agent_signalled',
    detail: `${SIGNAL_NAMES[sig] ?? `signal ${sig}`} sent to ${target} (pid ${agentPid}) by ${who} with ${name}${outcome}`,
    repaired: false,
  };
}
