// Log sensor: tails the configured files (chokidar events plus a stat safety net), follows the
// journal where the host logs only there, parses what it knows and always sends the raw line.
// Offsets and the journal cursor are saved after each batch handed to the sink.
import { existsSync } from 'node:fs';
import { dirname, basename } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { bigIntToU64 } from '@vigil/proto';
import type { Sensor, SensorContext } from '../sensor.js';
import type { EventPayload } from '../../events/sink.js';
import { StateFile } from '../common/state-file.js';
import { escapeControl } from '../common/sanitize.js';
import { ProcFiles } from '../common/proc-files.js';
import { UserDirectory } from '../common/users.js';
import { parseSyslogLine, parseMessage } from '../parsers/index.js';
import { SudoContinuations } from '../parsers/sudo-continued.js';
import { isAuditLine, parseAuditLine } from '../parsers/auditd.js';
import { AuditAssembler, type AuditGroup } from '../parsers/audit-group.js';
import { auditLogFields, auditExec, groupTimeNs } from '../parsers/audit-events.js';
import { parseCmdline } from '../process/procfs.js';
import { ExeHasher } from '../process/exe-hasher.js';
import { FileTailer, UNTRUSTED, type TailPosition } from './file-tailer.js';
import { AccountLogins, loginUser, type LoginState } from './account-logins.js';
import { JournalFollower, findExecutable, type JournalEntry } from './journal.js';
import type { Line } from './line-splitter.js';
import { logSensorOptions, SYSLOG_FILES, type LogSensorOptions } from './options.js';

interface SavedState {
  files: Record<string, TailPosition>;
  journalCursor?: string;
}

export class LogSensor implements Sensor {
  readonly name = 'logs';
  private readonly opts: LogSensorOptions;
  private ctx?: SensorContext;
  private state?: StateFile<SavedState>;
  private tailers = new Map<string, FileTailer>();
  private watcher?: FSWatcher;
  private rescanTimer?: NodeJS.Timeout;
  private auditTimer?: NodeJS.Timeout;
  private journal?: JournalFollower;
  private readonly audit = new Map<string, AuditAssembler>();
  private kernelExecs = false;
  private readonly hasher: ExeHasher;
  private readonly sudo: SudoContinuations;
  private readonly procFiles = new ProcFiles(64 * 1024);
  private readonly users = new UserDirectory();
  private dirty = false;
  private readonly pendingExecs = new Set<Promise<unknown>>();
  private readonly watchedDirs = new Set<string>();
  private readonly wanted = new Set<string>();
  private savedCursor: string | undefined;
  private stopped = true;
  private accounts?: AccountLogins;

  constructor(options: Partial<LogSensorOptions> = {}) {
    this.opts = logSensorOptions.parse(options);
    this.hasher = new ExeHasher(this.opts.hashMaxBytes, 1024);
    this.sudo = new SudoContinuations({ maxCommandChars: this.opts.sudoMaxCommandChars, maxOpen: this.opts.sudoMaxOpenCommands });
  }

  get files(): string[] {
    return [...new Set([...this.opts.files, ...this.opts.extraFiles])];
  }

  /** True when the journal is being followed. */
  get followingJournal(): boolean {
    return this.journal !== undefined;
  }

  async start(ctx: SensorContext): Promise<void> {
    this.ctx = ctx;
    this.stopped = false;
    this.state = new StateFile<SavedState>(ctx.stateDir, 'log-offsets.json');
    const saved = this.state.read() ?? { files: {} };
    // Before the first lines are read: every login is judged against the accounts' history.
    if (this.opts.accounts.enabled) {
      this.accounts = new AccountLogins(this.opts.accounts, new StateFile<LoginState>(ctx.stateDir, 'account-logins.json'));
      this.accounts.load();
    }
    for (const path of this.files) {
      // A file already there at first start begins at its end (history is not news); a file that
      // appears later is read from its first line.
      const tailer = new FileTailer(path, this.opts, saved.files[path], this.opts.startAt === 'end' && existsSync(path));
      this.tailers.set(path, tailer);
    }
    this.checkAll();
    const dirs = this.watchedDirs;
    const wanted = this.wanted;
    for (const f of this.files) wanted.add(f);
    for (const d of new Set(this.files.map((f) => dirname(f)))) if (existsSync(d)) dirs.add(d);
    if (dirs.size) {
      this.watcher = watch([...dirs], {
        depth: 0,
        ignoreInitial: true,
        persistent: false,
        atomic: false,
        ignored: (p: string) => !(dirs.has(p) || wanted.has(p)),
      });
      this.watcher.on('all', (_event, path) => this.checkOne(path));
      this.watcher.on('error', (err) => ctx.logger.warn({ err }, 'log watcher error'));
    }
    this.rescanTimer = setInterval(() => this.checkAll(), this.opts.rescanMs);
    this.rescanTimer.unref?.();
    this.auditTimer = setInterval(
      () => {
        for (const a of this.audit.values()) a.flushIdle();
      },
      Math.max(50, Math.floor(this.opts.auditGroupIdleMs / 2)),
    );
    this.auditTimer.unref?.();
    this.savedCursor = saved.journalCursor;
    this.startJournal(saved.journalCursor);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.rescanTimer) clearInterval(this.rescanTimer);
    if (this.auditTimer) clearInterval(this.auditTimer);
    await this.watcher?.close();
    await this.journal?.stop();
    this.checkAll();
    for (const a of this.audit.values()) a.flushAll();
    await Promise.all([...this.pendingExecs]);
    for (const t of this.tailers.values()) t.close();
    this.dirty = true;
    this.save();
  }

  /** Tails more files from now on (the collector may push extra log paths); returns those added. */
  addFiles(paths: string[]): string[] {
    if (!this.ctx || this.stopped) return [];
    const saved = this.state?.read() ?? { files: {} };
    const added: string[] = [];
    for (const path of paths) {
      if (this.tailers.has(path)) continue;
      this.tailers.set(path, new FileTailer(path, this.opts, saved.files[path], this.opts.startAt === 'end' && existsSync(path)));
      this.wanted.add(path);
      const d = dirname(path);
      if (existsSync(d) && !this.watchedDirs.has(d)) {
        this.watchedDirs.add(d);
        this.watcher?.add(d);
      }
      added.push(path);
    }
    for (const p of added) this.checkOne(p);
    return added;
  }

  /** Reads every file now (tests drive the sensor with this). */
  checkAll(): void {
    for (const path of this.tailers.keys()) this.checkOne(path);
  }

  private checkOne(path: string): void {
    const tailer = this.tailers.get(path);
    if (!tailer || !this.ctx) return;
    let more = false;
    try {
      more = tailer.check((line) => this.onLine(path, line));
    } catch (err) {
      // A source that misbehaves is a problem to report, never a reason to stop the agent.
      this.ctx.reportProblem({ sensor: this.name, source: path, code: 'VIGIL_ERR_SENSOR_SOURCE', message: (err as Error).message });
    }
    if (tailer.lastError?.code === UNTRUSTED) {
      this.ctx.reportProblem({ sensor: this.name, source: path, code: 'VIGIL_ERR_SENSOR_UNTRUSTED', message: tailer.lastError.message });
    } else if (tailer.lastError) {
      this.ctx.reportProblem({
        sensor: this.name,
        source: path,
        code: 'VIGIL_ERR_SENSOR_SOURCE',
        message: `${tailer.lastError.code ?? 'error'}: ${tailer.lastError.message}`,
      });
    }
    this.save();
    if (more && !this.stopped) setImmediate(() => this.checkOne(path));
  }

  private onLine(path: string, line: Line): void {
    this.dirty = true;
    const raw = escapeControl(line.bytes.toString('utf8'));
    if (isAuditLine(raw) || (basename(path) === 'audit.log' && raw.startsWith('type='))) {
      // Audit values are parsed from the unescaped text (0x1D separates enriched fields).
      const record = parseAuditLine(line.bytes.toString('utf8'));
      if (record) {
        this.assembler(path).add(record, raw, line.offset);
        return;
      }
    }
    const parsed = parseSyslogLine(raw);
    const r = this.sudo.apply(path, parsed.hostname, parsed);
    this.ctx!.sink.emit({
      log: {
        source: path,
        raw,
        parser: r.parser,
        action: r.action,
        fields: this.withLogin(r.parser, r.action, r.fields),
        truncated: line.truncated,
        offset: line.offset,
        program: r.program,
        hostname: r.hostname,
      },
    });
  }

  /** A successful login's fields plus the account's last use before it and whether it was dormant. */
  private withLogin(parser: string, action: string, fields: Record<string, string>): Record<string, string> {
    const user = this.accounts ? loginUser(parser, action, fields) : undefined;
    if (!user) return fields;
    try {
      const verdict = this.accounts!.login(user);
      return verdict ? { ...fields, ...verdict } : fields;
    } catch (err) {
      this.ctx?.reportProblem({ sensor: this.name, source: 'account-logins', code: 'VIGIL_ERR_AGENT_STATE', message: (err as Error).message });
      return fields;
    }
  }

  private assembler(path: string): AuditAssembler {
    let a = this.audit.get(path);
    if (!a) {
      a = new AuditAssembler(
        { idleMs: this.opts.auditGroupIdleMs, maxOpen: this.opts.auditMaxOpenGroups, maxRecords: this.opts.auditMaxRecordsPerGroup },
        (g) => this.onAuditGroup(path, g),
      );
      this.audit.set(path, a);
    }
    return a;
  }

  private onAuditGroup(source: string, group: AuditGroup): void {
    const { action, fields } = auditLogFields(group);
    const joined = group.lines.join('\n');
    const cap = this.opts.maxLineBytes * 4;
    const raw = joined.length > cap ? joined.slice(0, cap) : joined;
    const timeNs = groupTimeNs(group);
    const fieldsSafe: Record<string, string> = {};
    for (const [k, v] of Object.entries(fields)) fieldsSafe[k] = escapeControl(v);
    this.ctx!.sink.emit({
      timeNs: bigIntToU64(timeNs),
      log: { source, raw, parser: 'auditd', action, fields: fieldsSafe, truncated: raw.length < joined.length, offset: group.offset, program: 'auditd' },
    });
    if (this.opts.auditProcessEvents && !this.kernelExecs) {
      const p = this.emitAuditExec(group).catch((err: unknown) => this.ctx?.logger.warn({ err }, 'auditd process event failed'));
      this.pendingExecs.add(p);
      void p.finally(() => this.pendingExecs.delete(p));
    }
  }

  private async emitAuditExec(group: AuditGroup): Promise<void> {
    const e = auditExec(group);
    if (!e || !e.success) return;
    let sha256 = '';
    let hashSkipped = '';
    if (e.exe) {
      const r = await this.hasher.hash(e.exe);
      if ('sha256' in r) sha256 = r.sha256;
      else hashSkipped = r.skipped;
    } else hashSkipped = 'unreadable';
    // The parent usually outlives its child's exec: read what it runs now, best effort.
    const parentExe = e.ppid ? (this.procFiles.readLink(`/proc/${e.ppid}/exe`) ?? '') : '';
    const parentArgv = e.ppid ? parseCmdline(this.procFiles.readBytes(`/proc/${e.ppid}/cmdline`, 32 * 1024) ?? Buffer.alloc(0)) : [];
    const event: EventPayload = {
      timeNs: bigIntToU64(e.timeNs),
      processStart: {
        pid: e.pid,
        ppid: e.ppid,
        startTimeNs: bigIntToU64(e.timeNs),
        exe: escapeControl(e.exe),
        argv: e.argv.map(escapeControl),
        cwd: escapeControl(e.cwd),
        uid: e.uid,
        gid: e.gid,
        euid: e.euid,
        user: this.users.nameOf(e.uid),
        tty: e.tty,
        sessionId: e.sessionId,
        sha256,
        hashSkipped,
        parentPid: e.ppid,
        parentExe: parentExe.replace(/ \(deleted\)$/, ''),
        parentArgv: parentArgv.map(escapeControl),
        comm: escapeControl(e.comm),
        source: 'auditd',
      },
    };
    this.ctx?.sink.emit(event);
  }

  /**
   * On while the kernel audit sensor reports execs: audit.log lines still arrive as log records, but their
   * execs would be doubles of the kernel's, so no process events are made from them.
   */
  setKernelExecs(on: boolean): void {
    this.kernelExecs = on;
  }

  private startJournal(cursor: string | undefined): void {
    const mode = this.opts.journal;
    if (mode === 'never') return;
    const bin = findExecutable(this.opts.journalctl);
    if (!bin) {
      if (mode === 'always')
        this.ctx!.reportProblem({
          sensor: this.name,
          source: 'journal',
          code: 'VIGIL_ERR_SENSOR_SOURCE',
          message: `${this.opts.journalctl} not found on PATH`,
        });
      return;
    }
    if (mode === 'auto' && SYSLOG_FILES.some((f) => existsSync(f))) return;
    const auditTailed = this.files.some((f) => basename(f) === 'audit.log' && existsSync(f));
    this.journal = new JournalFollower(bin, { binary: bin, maxEntryBytes: this.opts.maxJournalEntryBytes }, cursor, {
      entries: (batch) => {
        try {
          this.onJournal(batch, auditTailed);
        } catch (err) {
          this.ctx!.reportProblem({ sensor: this.name, source: 'journal', code: 'VIGIL_ERR_SENSOR_SOURCE', message: (err as Error).message });
        }
      },
      problem: (message) => this.ctx!.reportProblem({ sensor: this.name, source: 'journal', code: 'VIGIL_ERR_SENSOR_SOURCE', message }),
    });
    this.journal.start();
  }

  private onJournal(batch: JournalEntry[], auditTailed: boolean): void {
    for (const e of batch) {
      // Kernel audit records reach the journal too; when audit.log is tailed they would be doubles.
      if (auditTailed && e.transport === 'audit') continue;
      let message = escapeControl(e.message);
      let truncated = false;
      if (message.length > this.opts.maxLineBytes) {
        message = message.slice(0, this.opts.maxLineBytes);
        truncated = true;
      }
      const r = this.sudo.apply('journal', e.hostname, parseMessage(e.identifier, message));
      const raw = e.identifier ? `${escapeControl(e.identifier)}${e.pid ? `[${e.pid}]` : ''}: ${message}` : message;
      const fields = this.withLogin(r.parser, r.action, r.parser && e.pid ? { ...r.fields, pid: e.pid } : r.fields);
      this.ctx!.sink.emit({
        ...(e.realtimeUs !== undefined ? { timeNs: bigIntToU64(e.realtimeUs * 1000n) } : {}),
        log: {
          source: 'journal',
          raw,
          parser: r.parser,
          action: r.action,
          fields,
          truncated,
          cursor: e.cursor,
          program: escapeControl(e.identifier),
          hostname: escapeControl(e.hostname),
          programVerified: e.verified,
        },
      });
    }
    this.dirty = true;
    this.save();
  }

  private save(): void {
    if (!this.dirty || !this.state) return;
    this.dirty = false;
    const files: Record<string, TailPosition> = {};
    for (const [path, t] of this.tailers) {
      const pos = t.position();
      if (pos) files[path] = pos;
    }
    try {
      this.state.write({ files, ...((this.journal?.lastCursor ?? this.savedCursor) ? { journalCursor: this.journal?.lastCursor ?? this.savedCursor } : {}) });
    } catch (err) {
      this.ctx?.reportProblem({ sensor: this.name, source: this.state.path, code: 'VIGIL_ERR_AGENT_STATE', message: (err as Error).message });
    }
  }
}
