// Per-event working state for rule evaluation. One context is reused for every event (a generation
// counter invalidates the memo), so the hot path allocates only the field strings it actually reads.
import type { vigil } from '@vigil/proto';
import { eventKind, logsourceKeys, LogKeyCache, type EventKind } from './kinds.js';
import { isRecordField, payloadOf, resolveField, type Getter, type Payload } from './fields.js';
import { AuditCache, type AuditView } from './auditd.js';
import { processViewOf, type LogProcessView } from './log-process.js';

/** What the engine evaluates: a stored event plus its time and agent, already converted from 64-bit. */
export interface DetectInput {
  id: string;
  agentId: string;
  /** Event time, unix milliseconds: correlation windows run on event time, not arrival time. */
  timeMs: number;
  event: vigil.v1.IEvent;
}

/** Field names interned to integer slots, shared by every rule compiled for one engine. */
export class FieldTable {
  private readonly slots = new Map<string, number>();
  readonly names: string[] = [];
  private readonly byKind = new Map<EventKind, Array<Getter | undefined>>();

  slot(name: string): number {
    let s = this.slots.get(name);
    if (s === undefined) {
      s = this.names.length;
      this.slots.set(name, s);
      this.names.push(name);
      this.byKind.clear();
    }
    return s;
  }

  getters(kind: EventKind): Array<Getter | undefined> {
    let list = this.byKind.get(kind);
    if (!list) {
      list = this.names.map((n) => resolveField(kind, n));
      this.byKind.set(kind, list);
    }
    return list;
  }
}

export class EventContext {
  input!: DetectInput;
  kind: EventKind = 'other';
  payload: unknown;
  readonly logsources: string[] = [];
  /** Stamp of the current event; `rec` is the stamp of the current auditd record view (changes more often). */
  private gen = 0;
  private rec = 0;
  private stamp = 0;
  private recordSlots: Uint8Array;
  private getters: Array<Getter | undefined> = [];
  private readonly values: Array<string | undefined>;
  private readonly lowers: Array<string | undefined>;
  private readonly valueGen: Int32Array;
  /** Reused payload for auditd record views (one shape, no allocation per record). */
  private readonly audit = new AuditCache();
  private readonly logKeys = new LogKeyCache();
  private readonly recordPayload: {
    parser: unknown;
    program: unknown;
    hostname: unknown;
    source: unknown;
    raw: unknown;
    action: unknown;
    fields: unknown;
    prefix: string;
    type: string;
    keys: AuditCache;
  } = {
    parser: '',
    program: '',
    hostname: '',
    source: '',
    raw: '',
    action: '',
    fields: {},
    prefix: '',
    type: '',
    keys: this.audit,
  };
  private readonly lowerGen: Int32Array;

  constructor(private readonly table: FieldTable) {
    const n = table.names.length;
    this.values = new Array<string | undefined>(n).fill(undefined);
    this.lowers = new Array<string | undefined>(n).fill(undefined);
    this.valueGen = new Int32Array(n);
    this.lowerGen = new Int32Array(n);
    // Slots a record switch can change: log fields read from the parser's map (not raw, action, ...).
    this.recordSlots = new Uint8Array(n);
    table.names.forEach((name, i) => {
      this.recordSlots[i] = isRecordField(name) ? 1 : 0;
    });
  }

  private next(): number {
    this.stamp = (this.stamp + 1) | 0 || 1;
    return this.stamp;
  }

  reset(input: DetectInput): void {
    this.input = input;
    this.gen = this.next();
    this.rec = this.gen;
    this.kind = eventKind(input.event);
    this.payload = payloadOf(this.kind, input.event);
    this.getters = this.table.getters(this.kind);
    logsourceKeys(this.kind, input.event, this.logsources, this.logKeys);
  }

  /** Stamp of the current event (unchanged by auditd record switches). */
  get generation(): number {
    return this.gen;
  }

  /** For a grouped auditd record: one view per audit record (see auditd.ts), or undefined. */
  auditViews(): AuditView[] | undefined {
    const log = this.input.event.log;
    if (!log || log.parser !== 'auditd') return undefined;
    return this.audit.viewsOf(log.fields);
  }

  /** Evaluate as if the log record were only the record `view` names; undefined restores the event. */
  useRecord(view: AuditView | undefined): void {
    this.rec = this.next();
    const log = this.input.event.log!;
    if (!view) {
      this.payload = log;
      return;
    }
    const p = this.recordPayload;
    p.parser = log.parser;
    p.program = log.program;
    p.hostname = log.hostname;
    p.source = log.source;
    p.raw = log.raw;
    p.action = log.action;
    p.fields = log.fields;
    p.prefix = view.prefix;
    p.type = view.type;
    this.payload = p;
  }

  /** For a log record that reports a process (sudo COMMAND=, su): that process, else undefined. */
  processView(): LogProcessView | undefined {
    return this.kind === 'log' ? processViewOf(this.input.event.log) : undefined;
  }

  /** Evaluate the rest of this event as the process start `view` (bucket process_creation only). */
  useProcess(view: LogProcessView): void {
    this.kind = 'process_start';
    this.payload = view;
    this.getters = this.table.getters('process_start');
    this.gen = this.next();
    this.rec = this.gen;
    this.logsources.length = 0;
    this.logsources.push('process_creation');
  }

  /** How many occurrences this event stands for: syslog's "message repeated N times" counts N. */
  weight(): number {
    const r = this.input.event.log?.fields?.repeated;
    const n = r === undefined ? 1 : Number(r);
    return Number.isInteger(n) && n > 0 ? Math.min(n, 1_000_000) : 1;
  }

  /** The field's value as Sigma sees it (numbers as decimal strings), or undefined if absent. */
  value(slot: number): string | undefined {
    const stamp = this.recordSlots[slot] ? this.rec : this.gen;
    if (this.valueGen[slot] === stamp) return this.values[slot];
    const g = this.getters[slot];
    const v = g && this.payload ? g(this.payload as Payload) : undefined;
    this.values[slot] = v;
    this.valueGen[slot] = stamp;
    return v;
  }

  /** The lowercased value, for Sigma's default case-insensitive matching. */
  lower(slot: number): string | undefined {
    const stamp = this.recordSlots[slot] ? this.rec : this.gen;
    if (this.lowerGen[slot] === stamp) return this.lowers[slot];
    const v = this.value(slot);
    const l = v === undefined ? undefined : v.toLowerCase();
    this.lowers[slot] = l;
    this.lowerGen[slot] = stamp;
    return l;
  }
}
