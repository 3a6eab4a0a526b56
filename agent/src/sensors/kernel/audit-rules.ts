// The rules the audit sensor adds, as data: which syscalls it records and which files it watches, each
// tagged with the key "vigil" so anyone (and the sensor after a crash) can tell them from other rules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { F, OP, PERM, type AuditRule, type RuleField } from './audit-proto.js';
import { archTables, numbersOf, type ArchTable } from './syscalls.js';

export const VIGIL_KEY = 'vigil';
const AF_INET = 2;
const AF_INET6 = 10;
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

export interface WatchSpec {
  path: string;
  /** A folder (recursive watch, AUDIT_DIR) or a single file (AUDIT_WATCH). */
  dir: boolean;
  perms: number;
  /** What it protects: shows as FileAccess.watch. */
  watch: string;
  /** Exclude this pid (the agent itself: it writes its own state and hashes the watched files). */
  excludePid?: number;
}

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

export function watchRule(w: WatchSpec): NamedRule {
  const fields: RuleField[] = [{ field: w.dir ? F.DIR : F.WATCH, op: OP.EQUAL, value: w.path }, { field: F.PERM, op: OP.EQUAL, value: w.perms }];
  if (w.excludePid !== undefined) fields.push({ field: F.PID, op: OP.NOT_EQUAL, value: w.excludePid });
  fields.push(key);
  return { name: `watch:${w.path}`, rule: { syscalls: 'all', fields }, optional: true };
}

const RWA = PERM.READ | PERM.WRITE | PERM.ATTR;
const WA = PERM.WRITE | PERM.ATTR;

/** Home folders of the accounts in passwd (plus /root), bounded. */
function homes(passwdPath: string, max = 512): string[] {
  const out = new Set<string>(['/root']);
  try {
    const text = readFileSync(passwdPath, 'utf8').slice(0, 4 * 1024 * 1024);
    for (const line of text.split('\n')) {
      const home = line.split(':')[5];
      if (home && home.startsWith('/') && home !== '/' && !home.startsWith('/nonexistent') && out.size < max) out.add(home);
    }
  } catch {
    // unreadable passwd: only /root
  }
  return [...out];
}

export interface WatchOptions {
  passwdPath: string;
  /** The agent's own files: binaries, config, state. */
  agentPaths: string[];
  agentPid: number;
  extra: string[];
}

/** Credential and persistence locations, as they exist on this host (a watch needs its parent folder). */
export function defaultWatches(o: WatchOptions): WatchSpec[] {
  const specs: WatchSpec[] = [];
  const file = (path: string, perms: number, watch: string) => specs.push({ path, dir: false, perms, watch });
  const dir = (path: string, perms: number, watch: string) => specs.push({ path, dir: true, perms, watch });
  for (const f of ['/etc/shadow', '/etc/gshadow']) file(f, RWA, 'shadow');
  file('/etc/sudoers', RWA, 'sudoers');
  dir('/etc/sudoers.d', RWA, 'sudoers');
  for (const f of ['/etc/passwd', '/etc/group']) file(f, WA, 'accounts');
  file('/etc/ld.so.preload', WA, 'ld_preload');
  dir('/etc/pam.d', WA, 'pam');
  file('/etc/ssh/sshd_config', WA, 'sshd_config');
  dir('/etc/ssh/sshd_config.d', WA, 'sshd_config');
  for (const d of ['/etc/cron.d', '/etc/cron.daily', '/etc/cron.hourly', '/etc/cron.weekly', '/etc/cron.monthly', '/var/spool/cron']) dir(d, WA, 'cron');
  file('/etc/crontab', WA, 'cron');
  for (const d of ['/etc/systemd/system', '/usr/lib/systemd/system', '/lib/systemd/system', '/run/systemd/system', '/etc/init.d']) dir(d, WA, 'systemd');
  file('/etc/rc.local', WA, 'rc_local');
  file('/etc/profile', WA, 'shell_profile');
  dir('/etc/profile.d', WA, 'shell_profile');
  for (const f of ['/etc/bash.bashrc', '/etc/bashrc', '/etc/zsh/zshrc', '/etc/environment']) file(f, WA, 'shell_profile');
  dir('/etc/udev/rules.d', WA, 'udev');
  dir('/etc/modules-load.d', WA, 'modules');
  dir('/etc/modprobe.d', WA, 'modules');
  dir('/etc/update-motd.d', WA, 'motd');
  dir('/etc/xdg/autostart', WA, 'autostart');
  for (const h of homes(o.passwdPath)) {
    file(`${h}/.ssh/authorized_keys`, RWA, 'authorized_keys');
    file(`${h}/.ssh/authorized_keys2`, RWA, 'authorized_keys');
    for (const rc of ['.bashrc', '.bash_profile', '.bash_login', '.profile', '.zshrc', '.bash_logout']) file(`${h}/${rc}`, WA, 'shell_profile');
  }
  for (const p of o.agentPaths) specs.push({ path: p, dir: true, perms: WA, watch: 'agent' });
  for (const p of o.extra) specs.push({ path: p, dir: false, perms: RWA, watch: 'custom' });
  // The agent's own reads (file integrity hashes shadow, sudoers...) are not news: every watch excludes it.
  for (const s of specs) s.excludePid = o.agentPid;
  // The kernel refuses a watch whose parent folder is missing, and a folder watch on a missing folder.
  return specs.filter((s) => existsSync(s.dir ? s.path : dirname(s.path)));
}

export interface RuleSetOptions extends WatchOptions {
  nodeArch: string;
}

/** Every rule the sensor adds on this host, syscall rules first. */
export function vigilRules(o: RuleSetOptions): NamedRule[] {
  const t = archTables(o.nodeArch);
  const rules: NamedRule[] = [];
  if (t) rules.push(...syscallRules(t.native, false), ...syscallRules(t.compat, true));
  for (const w of defaultWatches(o)) rules.push(watchRule(w));
  return rules;
}
