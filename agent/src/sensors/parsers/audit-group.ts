// auditd writes one event as several records sharing a serial (SYSCALL, EXECVE, CWD, PATH..., EOE).
// This assembler groups them, so an exec becomes one log record and one process event, not five lines.
import type { AuditRecord } from './auditd.js';

export interface AuditGroup {
  time: string;
  serial: string;
  records: AuditRecord[];
  lines: string[];
  offset: number;
}

export interface AuditGroupOptions {
  /** A group without EOE is complete after this long without new records. */
  idleMs: number;
  /** At most this many open groups; the oldest is flushed when more arrive. */
  maxOpen: number;
  /** At most this many records per group; extra records are dropped. */
  maxRecords: number;
}

export class AuditAssembler {
  private readonly open = new Map<string, { group: AuditGroup; last: number }>();

  constructor(
    private readonly opts: AuditGroupOptions,
    private readonly done: (g: AuditGroup) => void,
    private readonly now: () => number = Date.now,
  ) {}

  add(record: AuditRecord, line: string, offset: number): void {
    const key = `${record.time}:${record.serial}`;
    let entry = this.open.get(key);
    if (!entry) {
      if (this.open.size >= this.opts.maxOpen) this.flushKey(this.open.keys().next().value!);
      entry = { group: { time: record.time, serial: record.serial, records: [], lines: [], offset }, last: this.now() };
      this.open.set(key, entry);
    }
    entry.last = this.now();
    if (record.type === 'EOE') {
      this.flushKey(key);
      return;
    }
    if (entry.group.records.length < this.opts.maxRecords) {
      entry.group.records.push(record);
      entry.group.lines.push(line);
    }
  }

  /** Flushes groups idle for longer than idleMs. */
  flushIdle(): void {
    const t = this.now();
    for (const [key, e] of this.open) if (t - e.last >= this.opts.idleMs) this.flushKey(key);
  }

  flushAll(): void {
    for (const key of [...this.open.keys()]) this.flushKey(key);
  }

  get pending(): number {
    return this.open.size;
  }

  private flushKey(key: string): void {
    const e = this.open.get(key);
    if (!e) return;
    this.open.delete(key);
    if (e.group.records.length) this.done(e.group);
  }
}
