// Names the kind of a Vigil event from its payload and the Sigma logsources it can satisfy,
// so rules are indexed by what they could ever match and an event meets only those buckets.
import { vigil } from '@vigil/proto';

export type EventKind =
  'process_start' | 'process_exit' | 'network_connection' | 'network_listener' | 'log' | 'file_change' | 'file_access' | 'coverage' | 'tamper' | 'other';

/** The payload's oneof name, from the decoded message or a plain object of the same shape. */
export function eventKind(e: vigil.v1.IEvent): EventKind {
  if (e.processStart) return 'process_start';
  if (e.log) return 'log';
  if (e.networkConnection) return 'network_connection';
  if (e.fileChange) return 'file_change';
  if (e.networkListener) return 'network_listener';
  if (e.processExit) return 'process_exit';
  if (e.fileAccess) return 'file_access';
  if (e.coverage) return 'coverage';
  if (e.tamper) return 'tamper';
  return 'other';
}

/** Sigma categories Vigil produces, with the event kind each comes from. */
export const CATEGORY_KIND: Readonly<Record<string, EventKind>> = {
  process_creation: 'process_start',
  process_termination: 'process_exit',
  network_connection: 'network_connection',
  network_listener: 'network_listener', // Vigil extension: a port opened for listening
  file_event: 'file_change',
  file_change: 'file_change',
  file_delete: 'file_change',
  file_rename: 'file_change',
  file_access: 'file_access', // Vigil extension: a watched file read, written or re-attributed, with who did it
  telemetry_coverage: 'coverage', // Vigil extension: the agent's per-minute exec coverage ledger
  tamper: 'tamper', // Vigil extension: someone interfered with Vigil's own state (isolation table, audit rules)
};

/**
 * The event kinds whose events can land in a logsource bucket (logsourceKeys' inverse), or undefined for a
 * bucket this file does not produce. Process rules also read sudo and su lines (the engine's process view).
 */
export function kindsOfBucket(bucket: string): readonly EventKind[] | undefined {
  if (bucket === 'process_creation') return ['process_start', 'log'];
  if (bucket === 'log' || bucket.startsWith('service:')) return ['log'];
  const kind = CATEGORY_KIND[bucket];
  return kind ? [kind] : undefined;
}

/** Log parsers whose lines are authentication records (Sigma `service: auth`). */
const AUTH_PARSERS = new Set([
  'sshd',
  'sudo',
  'su',
  'login',
  'useradd',
  'userdel',
  'usermod',
  'groupadd',
  'groupdel',
  'groupmod',
  'gpasswd',
  'passwd',
  'chpasswd',
  'chage',
  'pam',
  'systemd-logind',
]);
/** Extra program names under which a Sigma service logs. */
const SERVICE_PROGRAMS: Readonly<Record<string, string>> = {
  clamd: 'clamav',
  freshclam: 'clamav',
  guacd: 'guacamole',
  crond: 'cron',
  anacron: 'cron',
  'sshd-session': 'sshd',
  'sshd-auth': 'sshd',
  runuser: 'su',
};

/**
 * The logsource bucket keys an event satisfies. Log records satisfy several at once:
 * "log" (product linux, no service), "service:<parser>", "service:<program>", "service:syslog", "service:auth".
 */
export function logsourceKeys(kind: EventKind, e: vigil.v1.IEvent, out: string[], logKeys: LogKeyCache = new LogKeyCache()): void {
  out.length = 0;
  switch (kind) {
    case 'process_start':
      out.push('process_creation');
      return;
    case 'process_exit':
      out.push('process_termination');
      return;
    case 'network_connection':
      out.push('network_connection');
      return;
    case 'network_listener':
      if (!e.networkListener?.closed) out.push('network_listener');
      return;
    case 'file_change': {
      const action = e.fileChange?.action ?? 0;
      if (action === vigil.v1.FileAction.DELETED) out.push('file_delete');
      else {
        out.push('file_event');
        if (action === vigil.v1.FileAction.RENAMED) out.push('file_rename');
        else out.push('file_change');
      }
      return;
    }
    case 'file_access':
      out.push('file_access');
      return;
    case 'coverage':
      out.push('telemetry_coverage');
      return;
    case 'tamper':
      out.push('tamper');
      return;
    case 'log': {
      const log = e.log!;
      const keys = logKeys.keys(log.parser ?? '', log.program ?? '', log.source ?? '');
      for (let i = 0; i < keys.length; i++) out.push(keys[i]!);
      return;
    }
    default:
      return;
  }
}

/** Bound on cached (parser, program, source kind) combinations. */
const MAX_LOG_KEY_SETS = 4096;

/** The buckets of log records, cached per (parser, program, source kind) so the hot path builds no strings. */
export class LogKeyCache {
  private readonly cache = new Map<string, Map<string, Array<string[] | undefined>>>();
  private sets = 0;

  keys(parserRaw: string, programRaw: string, source: string): readonly string[] {
    const audit = source.includes('audit') ? 1 : 0;
    const auth = source.endsWith('auth.log') || source.endsWith('/secure') ? 2 : 0;
    const flags = audit | auth;
    const byProgram = this.cache.get(parserRaw);
    const hit = byProgram?.get(programRaw)?.[flags];
    if (hit) return hit;
    const out: string[] = ['log'];
    const parser = parserRaw.toLowerCase();
    const program = programRaw.toLowerCase();
    if (parser) out.push(`service:${parser}`);
    if (program && program !== parser) out.push(`service:${program}`);
    const alias = SERVICE_PROGRAMS[program];
    if (alias && alias !== parser) out.push(`service:${alias}`);
    if (parser !== 'auditd' && !audit) out.push('service:syslog');
    if (AUTH_PARSERS.has(parser) || auth) out.push('service:auth');
    if (this.sets < MAX_LOG_KEY_SETS) {
      let m = byProgram;
      if (!m) {
        m = new Map();
        this.cache.set(parserRaw, m);
      }
      let arr = m.get(programRaw);
      if (!arr) {
        arr = [];
        m.set(programRaw, arr);
      }
      arr[flags] = out;
      this.sets++;
    }
    return out;
  }
}
