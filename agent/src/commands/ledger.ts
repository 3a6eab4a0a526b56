// The agent's durable memory of commands it has run, so a redelivered command id returns its first result
// (duplicate=true) and never acts twice, and a captured nonce cannot be replayed under a new id.
// An id is written as "running" BEFORE the action starts: a crash mid-action can never cause a second run.
// A damaged ledger is set aside and the agent refuses every command issued before that moment: it can no
// longer tell which of them it already ran.
import { join } from 'node:path';
import { isRecord, readStateFile, writeJsonAtomic } from '../responders/json-file.js';
import type { SetAside } from '../state/damaged.js';

/** A CommandResult in JSON-safe form (64-bit times as numbers). */
export interface StoredResult {
  commandId: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'REFUSED';
  errorCode: string;
  message: string;
  dryRun: boolean;
  outputJson: string;
  startedAtMs: number;
  finishedAtMs: number;
}

interface Entry {
  commandId: string;
  nonce: string;
  expiresAtMs: number;
  result: StoredResult;
}

interface LedgerFile {
  version: 1;
  entries: Entry[];
  /** Set when a damaged ledger was set aside: commands issued up to then are refused (they may have run). */
  forgetsBeforeMs?: number;
}

const STATUSES: ReadonlySet<unknown> = new Set(['RUNNING', 'SUCCEEDED', 'FAILED', 'REFUSED']);

function isLedgerFile(v: unknown): v is LedgerFile {
  return (
    isRecord(v) &&
    v.version === 1 &&
    (v.forgetsBeforeMs === undefined || typeof v.forgetsBeforeMs === 'number') &&
    Array.isArray(v.entries) &&
    v.entries.every(
      (e: unknown) =>
        isRecord(e) &&
        typeof e.commandId === 'string' &&
        typeof e.nonce === 'string' &&
        typeof e.expiresAtMs === 'number' &&
        isRecord(e.result) &&
        e.result.commandId === e.commandId &&
        STATUSES.has(e.result.status),
    )
  );
}

export interface LedgerOptions {
  /** Directory of the ledger file (the agent state dir's "commands" folder). */
  dir: string;
  /** Entries are forgotten this long after their command expired (an expired command is refused anyway). */
  retainAfterExpiryMs: number;
  /** Hard cap on remembered entries; the oldest-expiring go first. */
  maxEntries: number;
  /** The clock commands are checked by (the collector's): marks when a damaged ledger was set aside. */
  clock: () => number;
  /** Told when a damaged ledger file was set aside at load. */
  onDamaged: (damage: SetAside) => void;
}

export class CommandLedger {
  private readonly path: string;
  private readonly byId = new Map<string, Entry>();
  private readonly byNonce = new Map<string, string>();
  /** Commands found running at load: the agent stopped during them. */
  private readonly stoppedDuring: string[] = [];
  /** Commands issued at or before this time are refused: a damaged ledger forgot whether they ran. */
  readonly forgetsBeforeMs: number | undefined;

  constructor(private readonly opts: LedgerOptions) {
    this.path = join(opts.dir, 'ledger.json');
    let damaged = false;
    const file = readStateFile(this.path, {
      isValid: isLedgerFile,
      onDamaged: (d) => {
        damaged = true;
        opts.onDamaged(d);
      },
    });
    this.forgetsBeforeMs = damaged ? opts.clock() : file?.forgetsBeforeMs;
    if (damaged) this.persist(opts.clock());
    for (const e of file?.entries ?? []) {
      // A command that was running when the agent stopped is finished as interrupted: never re-run.
      if (e.result.status === 'RUNNING') {
        e.result = { ...e.result, status: 'FAILED', errorCode: 'VIGIL_ERR_COMMAND_INTERRUPTED', message: 'the agent stopped while the command ran' };
        this.stoppedDuring.push(e.commandId);
      }
      this.index(e);
    }
  }

  /**
   * The results of the commands that were running when the agent last stopped (now failed as interrupted):
   * the collector last heard "running" of them and must be told, or they stay running there for ever.
   */
  interrupted(): StoredResult[] {
    return this.stoppedDuring.map((id) => this.byId.get(id)?.result).filter((r): r is StoredResult => r !== undefined);
  }

  get(commandId: string): StoredResult | undefined {
    return this.byId.get(commandId)?.result;
  }

  /** The command id that already used this nonce, if any. */
  nonceOwner(nonceHex: string): string | undefined {
    return this.byNonce.get(nonceHex);
  }

  /** Records that the command starts now; durable before returning. */
  begin(commandId: string, nonceHex: string, expiresAtMs: number, result: StoredResult, nowMs: number): void {
    this.index({ commandId, nonce: nonceHex, expiresAtMs, result });
    this.persist(nowMs);
  }

  finish(result: StoredResult, nowMs: number): void {
    const e = this.byId.get(result.commandId);
    if (!e) return;
    e.result = result;
    this.persist(nowMs);
  }

  get size(): number {
    return this.byId.size;
  }

  private index(e: Entry): void {
    this.byId.set(e.commandId, e);
    this.byNonce.set(e.nonce, e.commandId);
  }

  private persist(nowMs: number): void {
    const keep = [...this.byId.values()]
      .filter((e) => e.expiresAtMs + this.opts.retainAfterExpiryMs > nowMs || e.result.status === 'RUNNING')
      .sort((a, b) => b.expiresAtMs - a.expiresAtMs)
      .slice(0, this.opts.maxEntries);
    this.byId.clear();
    this.byNonce.clear();
    for (const e of keep) this.index(e);
    const forget = this.forgetsBeforeMs === undefined ? {} : { forgetsBeforeMs: this.forgetsBeforeMs };
    writeJsonAtomic(this.path, { version: 1, entries: keep, ...forget } satisfies LedgerFile);
  }
}
