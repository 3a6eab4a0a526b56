// The rules the audit sensor adds, as data: which syscalls it records and which files it watches, each
// tagged with the key "vigil" so anyone (and the sensor after a crash) can tell them from other rules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { F, OP, PERM, type AuditRule, type RuleField } from './audit-proto.js';
import { archTables, numbersOf, type ArchTable } from './syscalls.js';
import { expandPersistencePaths } from '../persistence-paths.js';
import { parsePasswd } from '../common/users.js';
import { credentialWatches, type Account } from './credential-watches.js';
import type { WatchSpec } from './watch-spec.js';

export const VIGIL_KEY = 'vigil';
const AF_INET = 2;
const AF_INET6 = 10;
const AUDIT_ARG0 = 200;
const AUDIT_ARG1 = 201;
const AUDIT_ARG2 = 202;
const SETID_BITS = 0o6000;

/** One rule the sensor wants, with a name for health lines and whether failing to add it matters. */
export interface NamedRule {
  name: string;
  rule: AuditRule;
  /** Optional rules (32-bit compat tables, kernels without saddr_fam) may be refused without a problem report. */
  optional?: boolean;
}

export type { WatchSpec } from './watch-spec.js';

const key: RuleField = { field: F.FILTERKEY, op: OP.EQUAL, value: VIGIL_KEY };
const arch = (t: ArchTable): RuleField => ({ field: F.ARCH, op: OP.EQUAL, value: t.arch });

function syscallRules(t: ArchTable, compat: boolean): NamedRule[] {
  const rules: NamedRule[] = [];
  const add = (name: string, names: string[], fields: RuleField[] = [], optional = compat) => {
    const nrs = numbersOf(t, names);
    if (nrs.length) rules.push({ name: `${name}/${t.name}`, rule: { syscalls: nrs, fields: [arch(t), ...fields, key] }, optional });
  };
  add('exec', ['execve', 'execveat']);
  // Connections: only inet families (a unix-socket connect per log line would drown everything else).
  const net = ['connect', 'accept', 'accept4', 'bind', 'socketcall'];
  add('net4', net, [{ field: F.SADDR_FAM, op: OP.EQUAL, value: AF_INET }]);
  add('net6', net, [{ field: F.SADDR_FAM, op: OP.EQUAL, value: AF_INET6 }]);
  add('modules', ['init_module', 'finit_module', 'delete_module']);
  add('ptrace', ['ptrace']);
  add('setid-chmod', ['chmod', 'fchmod'], [{ field: AUDIT_ARG1, op: OP.BIT_MASK, value: SETID_BITS }]);
  add('setid-chmodat', ['fchmodat', 'fchmodat2'], [{ field: AUDIT_ARG2, op: OP.BIT_MASK, value: SETID_BITS }]);
  return rules;
}

/**
 * Syscalls that send a signal, by where the signal number is (a1 or a2). The target pid is in a0 (kill's
 * a0 may also be minus a process group); pidfd_send_signal's a0 is a pidfd, which names no pid.
 */
export const SIGNAL_SYSCALLS = { a1: ['kill', 'tkill', 'rt_sigqueueinfo', 'pidfd_send_signal'], a2: ['tgkill', 'rt_tgsigqueueinfo'] } as const;

/**
 * Signals aimed at the agent itself (stopping, freezing or killing the sensor is defence evasion), from any
 * process but the agent and the service manager (pid 1 stops and restarts units); signal 0 (a liveness
 * probe, as `vigil-agent status` sends) is left out. Targets: the agent's pid, its process group (it leads
 * one under systemd) and, for pidfd_send_signal, whatever the pidfd names: every such call is recorded and
 * the record's OBJ_PID tells whether the agent was the target.
 */
function agentSignalRules(t: ArchTable, agentPid: number): NamedRule[] {
  const rules: NamedRule[] = [];
  const add = (name: string, names: readonly string[], target: number | undefined, sigArg: number) => {
    const nrs = numbersOf(t, names);
    if (!nrs.length) return;
    const fields: RuleField[] = [arch(t)];
    if (target !== undefined) fields.push({ field: AUDIT_ARG0, op: OP.EQUAL, value: target });
    fields.push(
      { field: sigArg, op: OP.NOT_EQUAL, value: 0 },
      { field: F.PID, op: OP.NOT_EQUAL, value: agentPid },
      { field: F.PID, op: OP.NOT_EQUAL, value: 1 },
      key,
    );
    rules.push({ name: `agent-signal-${name}/${t.name}`, rule: { syscalls: nrs, fields }, optional: true });
  };
  add('a1', ['kill', 'tkill', 'rt_sigqueueinfo'], agentPid, AUDIT_ARG1);
  add('a2', SIGNAL_SYSCALLS.a2, agentPid, AUDIT_ARG2);
  // The kernel compares the low 32 bits of a0: minus the pid is kill's "the agent's process group".
  add('group', ['kill'], -agentPid >>> 0, AUDIT_ARG1);
  add('pidfd', ['pidfd_send_signal'], undefined, AUDIT_ARG1);
  return rules;
}

export function watchRule(w: WatchSpec): NamedRule {
  const fields: RuleField[] = [
    w.via !== undefined ? { field: F.WATCH, op: OP.EQUAL, value: w.via } : { field: w.dir ? F.DIR : F.WATCH, op: OP.EQUAL, value: w.path },
    { field: F.PERM, op: OP.EQUAL, value: w.perms },
  ];
  if (w.excludePid !== undefined) fields.push({ field: F.PID, op: OP.NOT_EQUAL, value: w.excludePid });
  if (w.excludeUid !== undefined) fields.push({ field: F.UID, op: OP.NOT_EQUAL, value: w.excludeUid });
  fields.push(key);
  return { name: `watch:${w.via ?? w.path}`, rule: { syscalls: 'all', fields }, optional: true };
}

const RWA = PERM.READ | PERM.WRITE | PERM.ATTR;
const WA = PERM.WRITE | PERM.ATTR;

/** The accounts in passwd (root's included), bounded; an unreadable passwd gives root's only. */
function accounts(passwdPath: string, max = 512): Account[] {
  const out = new Map<string, Account>([['root', { name: 'root', uid: 0, home: '/root' }]]);
  try {
    for (const e of parsePasswd(readFileSync(passwdPath, 'utf8').slice(0, 4 * 1024 * 1024))) {
      if (out.size >= max) break;
      if (!out.has(e.name)) out.set(e.name, { name: e.name, uid: e.uid, home: e.home });
    }
  } catch {
    // unreadable passwd: root's home only
  }
  return [...out.values()];
}

export interface WatchOptions {
  passwdPath: string;
  /** The agent's own files: binaries, config, state. */
  agentPaths: string[];
  agentPid: number;
  extra: string[];
}

/**
 * The persistence locations (the one list file integrity also watches) as they exist on this host, the
 * credential files intruders read (credential-watches.ts) and the agent's own files. Credentials (secrets,
 * sudoers, ssh keys) are watched for reads too; the rest for writes and attribute changes. A watch needs its
 * parent folder, a folder watch the folder itself; a folder that does not exist yet but whose parent does is
 * watched by name (`via`), so that an intruder who makes it (mkdir ~/.ssh, then authorized_keys) is still seen.
 */
export function defaultWatches(o: WatchOptions): WatchSpec[] {
  const users = accounts(o.passwdPath);
  const specs: WatchSpec[] = expandPersistencePaths(new Map(users.map((a) => [a.name, a.home]))).map((p) => ({
    path: p.path,
    dir: p.kind === 'dir',
    perms: p.secret || p.watch === 'sudoers' || p.watch === 'ssh_keys' ? RWA : WA,
    watch: p.watch,
  }));
  specs.push(...credentialWatches(users));
  for (const p of o.agentPaths) specs.push({ path: p, dir: true, perms: WA, watch: 'agent' });
  for (const p of o.extra) specs.push({ path: p, dir: false, perms: RWA, watch: 'custom' });
  // The agent's own reads (file integrity hashes shadow, sudoers...) are not news: every watch excludes it.
  for (const s of specs) s.excludePid = o.agentPid;
  return specs.flatMap((s) => {
    const folder = s.dir ? s.path : dirname(s.path);
    if (existsSync(folder)) return [s];
    return existsSync(dirname(folder)) ? [{ ...s, via: folder }] : [];
  });
}

/**
 * Once a folder that was watched by name (`via`) exists, the watches that waited for it become what they
 * would have been at start (a folder watch on the folder, file watches on its files): the name watch sees
 * only what is made in the folder, not writes to files already there. Returns the new watch list and the
 * rules to add (one per name); nothing when no watch waited for `folder`.
 */
export function grownWatches(folder: string, watches: readonly WatchSpec[]): { watches: WatchSpec[]; rules: NamedRule[] } {
  const rules = new Map<string, NamedRule>();
  const out = watches.map((w) => {
    if (w.via !== folder) return w;
    const { via: _waited, ...grown } = w;
    const r = watchRule(grown);
    if (!rules.has(r.name)) rules.set(r.name, r);
    return grown;
  });
  return { watches: out, rules: [...rules.values()] };
}

export interface RuleSetOptions extends WatchOptions {
  nodeArch: string;
}

/** Every rule the sensor adds on this host, syscall rules first. */
export function vigilRules(o: RuleSetOptions): NamedRule[] {
  const t = archTables(o.nodeArch);
  const rules: NamedRule[] = [];
  if (t) {
    rules.push(...syscallRules(t.native, false), ...syscallRules(t.compat, true));
    rules.push(...agentSignalRules(t.native, o.agentPid), ...agentSignalRules(t.compat, o.agentPid));
  }
  // Watches placed on one folder's name (a missing ~/.ssh for authorized_keys, authorized_keys2 and rc) are one rule.
  const byName = new Map<string, NamedRule>();
  for (const w of defaultWatches(o)) {
    const r = watchRule(w);
    const seen = byName.get(r.name);
    if (!seen) byName.set(r.name, r);
    else {
      const perm = seen.rule.fields.find((f) => f.field === F.PERM);
      if (perm) perm.value = Number(perm.value) | w.perms;
    }
  }
  rules.push(...byName.values());
  return rules;
}
