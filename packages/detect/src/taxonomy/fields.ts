// Sigma's Linux field names resolved onto Vigil's proto events. Each (kind, field) pair resolves
// once to a getter; an EventContext memoizes values per event in preallocated slots, so evaluating
// two hundred rules reads and lowercases each field at most once.
import { vigil } from '@vigil/proto';
import type { EventKind } from './kinds.js';
import type { AuditCache } from './auditd.js';

/** An event payload (a proto message, or an auditd record view) as the getters read it: its fields by name. */
export type Payload = Readonly<Record<string, unknown>>;
export type Getter = (p: Payload) => string | undefined;

/** The pseudo-field that keyword (field-less) detections search: the raw log line, or a process's command line. */
export const KEYWORDS_FIELD = '\u0000keywords';

/** A field of a nested message (file states), or undefined. */
const at = (v: unknown, key: string): unknown => (typeof v === 'object' && v !== null ? (v as Payload)[key] : undefined);
/** Scalars as they print; a Long (uint64 fields) prints its decimal value through its own toString. */
const scalar = (v: unknown): string => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return typeof v === 'object' && v !== null ? (v as { toString(): string }).toString() : '';
};
const str = (v: unknown): string | undefined => (v === undefined || v === null || v === '' ? undefined : scalar(v));
const num = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : scalar(v));
// argv fields are repeated strings in the proto.
const join = (v: unknown): string | undefined => (Array.isArray(v) && v.length > 0 ? (v as string[]).join(' ') : undefined);
const base = (v: unknown): string | undefined => {
  if (typeof v !== 'string' || v === '') return undefined;
  return v.slice(v.lastIndexOf('/') + 1);
};
const bool = (v: unknown): string => (v ? 'true' : 'false');
const octal = (v: unknown): string | undefined => (typeof v === 'number' ? v.toString(8) : undefined);
/** The audit login uid, unless the kernel says no login is behind the process (4294967295, "unset"). */
const AUID_UNSET = 4294967295;
const auid = (v: unknown): string | undefined => (typeof v === 'number' && v !== AUID_UNSET ? String(v) : undefined);
/** One loader variable from ProcessStart.loader_env (a map; absent or empty: undefined). */
const env =
  (name: string) =>
  (p: { loaderEnv?: Record<string, string> | null }): string | undefined =>
    str(p.loaderEnv?.[name]);
/** Every loader variable as NAME=value, space separated, sorted by name (for `contains` rules). */
const envLine = (v: unknown): string | undefined => {
  if (!v || typeof v !== 'object') return undefined;
  const parts = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => typeof x === 'string' && x !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, x]) => `${k}=${String(x)}`);
  return parts.length ? parts.join(' ') : undefined;
};
/** The exe of ancestor `i` (0: parent, 1: grandparent) from ProcessStart.ancestors. */
type Ancestry = { ancestors?: Array<{ exe?: string | null }> | null };
const ancestorExe = (p: Ancestry, i: number): string | undefined => str(p.ancestors?.[i]?.exe);
const ancestorImages = (p: Ancestry): string | undefined => (p.ancestors && p.ancestors.length > 0 ? p.ancestors.map((a) => a.exe ?? '').join(' ') : undefined);

const PROCESS: Record<string, Getter> = {
  Image: (p) => str(p.exe),
  CommandLine: (p) => join(p.argv) ?? str(p.comm),
  ParentImage: (p) => str(p.parentExe) ?? ancestorExe(p, 0),
  ParentCommandLine: (p) => join(p.parentArgv),
  User: (p) => str(p.user) ?? num(p.uid),
  // Sysmon's ParentUser: set for sudo/su log records seen as processes (log-process.ts), not by /proc.
  ParentUser: (p) => str(p.parentUser),
  CurrentDirectory: (p) => str(p.cwd),
  ProcessId: (p) => num(p.pid),
  ParentProcessId: (p) => num(p.ppid),
  OriginalFileName: (p) => base(p.exe),
  LogonId: (p) => num(p.sessionId),
  TerminalSessionId: (p) => num(p.sessionId),
  Tty: (p) => str(p.tty),
  Hashes: (p) => (p.sha256 ? `SHA256=${scalar(p.sha256).toUpperCase()}` : undefined),
  sha256: (p) => str(p.sha256),
  Uid: (p) => num(p.uid),
  Euid: (p) => num(p.euid),
  Gid: (p) => num(p.gid),
  Comm: (p) => str(p.comm),
  Source: (p) => str(p.source),
  Auid: (p) => auid(p.auid),
  LogonUser: (p) => str(p.loginUser),
  LdPreload: env('LD_PRELOAD'),
  LdLibraryPath: env('LD_LIBRARY_PATH'),
  LdAudit: env('LD_AUDIT'),
  LoaderEnv: (p) => envLine(p.loaderEnv),
  GrandparentImage: (p) => ancestorExe(p, 1),
  AncestorImages: ancestorImages,
  ArgvMissing: (p) => bool(p.argvMissing),
  [KEYWORDS_FIELD]: (p) => join(p.argv) ?? str(p.comm),
};

const PROCESS_EXIT: Record<string, Getter> = {
  Image: (p) => str(p.exe),
  ProcessId: (p) => num(p.pid),
  DurationMs: (p) => num(p.durationMs),
};

const TRANSPORT = (v: unknown): string | undefined => (v === vigil.v1.Transport.TCP ? 'tcp' : v === vigil.v1.Transport.UDP ? 'udp' : undefined);
const outbound = (p: Payload): boolean => p.direction !== vigil.v1.Direction.INBOUND;

const CONNECTION: Record<string, Getter> = {
  Image: (p) => str(p.exe),
  ProcessId: (p) => num(p.pid),
  User: (p) => num(p.uid),
  Protocol: (p) => TRANSPORT(p.transport),
  Initiated: (p) => (p.direction === vigil.v1.Direction.OUTBOUND ? 'true' : p.direction === vigil.v1.Direction.INBOUND ? 'false' : undefined),
  SourceIp: (p) => str(outbound(p) ? p.localAddress : p.remoteAddress),
  SourcePort: (p) => num(outbound(p) ? p.localPort : p.remotePort),
  DestinationIp: (p) => str(outbound(p) ? p.remoteAddress : p.localAddress),
  DestinationPort: (p) => num(outbound(p) ? p.remotePort : p.localPort),
  DestinationIsIpv6: (p) => bool(p.ipVersion === 6),
  SourceIsIpv6: (p) => bool(p.ipVersion === 6),
  State: (p) => str(p.state),
  Closed: (p) => bool(p.closed),
  Source: (p) => str(p.source),
  Auid: (p) => auid(p.auid),
  Result: (p) => str(p.result),
};

const LISTENER: Record<string, Getter> = {
  Image: (p) => str(p.exe),
  ProcessId: (p) => num(p.pid),
  User: (p) => num(p.uid),
  Protocol: (p) => TRANSPORT(p.transport),
  LocalIp: (p) => str(p.localAddress),
  LocalPort: (p) => num(p.localPort),
  SourceIp: (p) => str(p.localAddress),
  SourcePort: (p) => num(p.localPort),
  Closed: (p) => bool(p.closed),
};

const FILE_ACTIONS: Record<number, string> = {
  [vigil.v1.FileAction.CREATED]: 'created',
  [vigil.v1.FileAction.MODIFIED]: 'modified',
  [vigil.v1.FileAction.DELETED]: 'deleted',
  [vigil.v1.FileAction.RENAMED]: 'renamed',
  [vigil.v1.FileAction.ATTRIBUTES]: 'attributes',
};
const bit = (state: unknown, mask: number): string | undefined => {
  const mode = at(state, 'mode');
  return state && at(state, 'exists') !== false && typeof mode === 'number' ? bool((mode & mask) !== 0) : undefined;
};

const FILE: Record<string, Getter> = {
  TargetFilename: (p) => str(p.path),
  SourceFilename: (p) => str(p.renamedFrom),
  Action: (p) => FILE_ACTIONS[p.action as number],
  Watch: (p) => str(p.watch),
  Sha256: (p) => str(at(p.after, 'sha256')),
  PreviousSha256: (p) => str(at(p.before, 'sha256')),
  FileMode: (p) => (at(p.after, 'exists') === false ? undefined : octal(at(p.after, 'mode'))),
  PreviousFileMode: (p) => (at(p.before, 'exists') ? octal(at(p.before, 'mode')) : undefined),
  Setuid: (p) => bit(p.after, 0o4000),
  Setgid: (p) => bit(p.after, 0o2000),
  PreviousSetuid: (p) => bit(p.before, 0o4000) ?? 'false',
  OwnerUid: (p) => (at(p.after, 'exists') === false ? undefined : num(at(p.after, 'uid'))),
  Size: (p) => num(at(p.after, 'size')),
};

const FILE_ACCESS: Record<string, Getter> = {
  TargetFilename: (p) => str(p.path),
  Access: (p) => str(p.access),
  Image: (p) => str(p.exe),
  OriginalFileName: (p) => base(p.exe),
  Comm: (p) => str(p.comm),
  ProcessId: (p) => num(p.pid),
  ParentProcessId: (p) => num(p.ppid),
  User: (p) => str(p.user) ?? num(p.uid),
  Uid: (p) => num(p.uid),
  Euid: (p) => num(p.euid),
  Auid: (p) => auid(p.auid),
  LogonUser: (p) => str(p.loginUser),
  Syscall: (p) => str(p.syscall),
  Success: (p) => bool(p.success),
  Watch: (p) => str(p.watch),
  CommandLine: (p) => join(p.argv),
  ParentImage: (p) => str(p.parentExe),
};

// uint64 fields decode as a number or a Long; both print their decimal value.
const u64 = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'number' ? String(v) : (v as { toString(): string }).toString();
const COVERAGE: Record<string, Getter> = {
  KernelExecs: (p) => u64(p.kernelExecs),
  ExecsWithArgs: (p) => u64(p.execsWithArgs),
  ExecsPidOnly: (p) => u64(p.execsPidOnly),
  RecordsLost: (p) => u64(p.recordsLost),
  ProcessSource: (p) => str(p.processSource),
  SourceReason: (p) => str(p.sourceReason),
};

const TAMPER: Record<string, Getter> = {
  What: (p) => str(p.what),
  Detail: (p) => str(p.detail),
  Repaired: (p) => bool(p.repaired),
};

const LOG_FIXED: Record<string, Getter> = {
  action: (p) => str(p.action),
  parser: (p) => str(p.parser),
  program: (p) => str(p.program),
  hostname: (p) => str(p.hostname),
  source: (p) => str(p.source),
  raw: (p) => str(p.raw),
  [KEYWORDS_FIELD]: (p) => str(p.raw),
};

/** True for names a log record reads from its parser's field map (they differ per auditd record view). */
export function isRecordField(name: string): boolean {
  return !(name in LOG_FIXED);
}

/** Log records expose their parser's fields by name (auditd: type, key, exe, comm, SYSCALL, a0...). */
function logField(name: string): Getter {
  const fixed = LOG_FIXED[name];
  if (fixed) return fixed;
  // typeof checks keep inherited Object.prototype members (a rule field named "constructor") out.
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const lower = name.toLowerCase();
  const plain = lower === name ? (p: Payload) => text(at(p.fields, name)) : (p: Payload) => text(at(p.fields, name)) ?? text(at(p.fields, lower));
  // An auditd record view (see auditd.ts and EventContext.useRecord): the record's own field first, then the lifted one.
  const isType = name === 'type';
  return (p) => {
    const prefix = p.prefix as string | undefined;
    if (prefix === undefined) return plain(p);
    if (isType) return p.type as string;
    const keys = p.keys as AuditCache;
    return text(at(p.fields, keys.key(prefix, name))) ?? (lower === name ? undefined : text(at(p.fields, keys.key(prefix, lower)))) ?? plain(p);
  };
}

const TABLES: Partial<Record<EventKind, Record<string, Getter>>> = {
  process_start: PROCESS,
  process_exit: PROCESS_EXIT,
  network_connection: CONNECTION,
  network_listener: LISTENER,
  file_change: FILE,
  file_access: FILE_ACCESS,
  coverage: COVERAGE,
  tamper: TAMPER,
};

/** The getter for `field` on events of `kind`, or undefined when that kind never carries the field. */
export function resolveField(kind: EventKind, field: string): Getter | undefined {
  if (kind === 'log') return logField(field);
  const table = TABLES[kind];
  return table ? table[field] : undefined;
}

/** Field names each kind offers (documentation and `rules check` hints). */
export function knownFields(kind: EventKind): string[] {
  if (kind === 'log')
    return Object.keys(LOG_FIXED)
      .filter((k) => k !== KEYWORDS_FIELD)
      .concat('<parser fields>');
  return Object.keys(TABLES[kind] ?? {}).filter((k) => k !== KEYWORDS_FIELD);
}

/** Payload object for a kind. */
export function payloadOf(kind: EventKind, e: vigil.v1.IEvent): unknown {
  switch (kind) {
    case 'process_start':
      return e.processStart;
    case 'process_exit':
      return e.processExit;
    case 'network_connection':
      return e.networkConnection;
    case 'network_listener':
      return e.networkListener;
    case 'file_change':
      return e.fileChange;
    case 'file_access':
      return e.fileAccess;
    case 'coverage':
      return e.coverage;
    case 'tamper':
      return e.tamper;
    case 'log':
      return e.log;
    default:
      return undefined;
  }
}
