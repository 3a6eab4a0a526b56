// Per-event working state for rule evaluation. One context is reused for every event (a generation
// counter invalidates the memo), so the hot path allocates only the field strings it actually reads.
import type { vigil } from '@vigil/proto';
import { eventKind, logsourceKeys, type EventKind } from './kinds.js';
import { payloadOf, resolveField, type Getter } from './fields.js';
import { auditRecords } from './auditd.js';

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
  private gen = 0;
  private getters: Array<Getter | undefined> = [];
  private readonly values: Array<string | undefined>;
  private readonly lowers: Array<string | undefined>;
  private readonly valueGen: Int32Array;
  private readonly lowerGen: Int32Array;

  constructor(private readonly table: FieldTable) {
    const n = table.names.length;
    this.values = new Array<string | undefined>(n).fill(undefined);
    this.lowers = new Array<string | undefined>(n).fill(undefined);
    this.valueGen = new Int32Array(n);
    this.lowerGen = new Int32Array(n);
  }

  reset(input: DetectInput): void {
    this.input = input;
    this.gen = (this.gen + 1) | 0 || 1;
    this.kind = eventKind(input.event);
    this.payload = payloadOf(this.kind, input.event);
    this.getters = this.table.getters(this.kind);
    logsourceKeys(this.kind, input.event, this.logsources);
  }

  /** The generation number of the current view; changes on every reset and record switch. */
  get generation(): number {
    return this.gen;
  }

  /** For a grouped auditd record: one view per audit record (see auditd.ts), or undefined. */
  auditViews(): Array<Record<string, string>> | undefined {
    const log = this.input.event.log;
    if (!log || log.parser !== 'auditd') return undefined;
    return auditRecords(log.fields as Record<string, string> | null | undefined);
  }

  /** Evaluate as if the log record carried only `fields` (one auditd record); undefined restores the event. */
  useRecord(fields: Record<string, string> | undefined): void {
    this.gen = (this.gen + 1) | 0 || 1;
    const log = this.input.event.log!;
    this.payload = fields ? { parser: log.parser, program: log.program, hostname: log.hostname, source: log.source, raw: log.raw, action: log.action, fields } : log;
  }

  /** How many occurrences this event stands for: syslog's "message repeated N times" counts N. */
  weight(): number {
    const r = this.input.event.log?.fields?.repeated;
    const n = r === undefined ? 1 : Number(r);
    return Number.isInteger(n) && n > 0 ? Math.min(n, 1_000_000) : 1;
  }

  /** The field's value as Sigma sees it (numbers as decimal strings), or undefined if absent. */
  value(slot: number): string | undefined {
    if (this.valueGen[slot] === this.gen) return this.values[slot];
    const g = this.getters[slot];
    const v = g && this.payload ? g(this.payload) : undefined;
    this.values[slot] = v;
    this.valueGen[slot] = this.gen;
    return v;
  }

  /** The lowercased value, for Sigma's default case-insensitive matching. */
  lower(slot: number): string | undefined {
    if (this.lowerGen[slot] === this.gen) return this.lowers[slot];
    const v = this.value(slot);
    const l = v === undefined ? undefined : v.toLowerCase();
    this.lowers[slot] = l;
    this.lowerGen[slot] = this.gen;
    return l;
  }
}
