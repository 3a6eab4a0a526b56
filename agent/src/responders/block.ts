// Block/unblock one IP or CIDR in Vigil's own block table, with an optional time-to-live. nft lifts a TTL
// block by itself (set element timeouts); the persisted list re-applies blocks at start, heals a deleted
// table, and a timer re-renders at each expiry so the iptables fallback lifts blocks on time as well.
import { join } from 'node:path';
import type { Logger } from '@vigil/logger';
import type { EventSink } from '../events/sink.js';
import type { Cidr } from '../shared/grammar.js';
import type { FirewallBackend, Step } from './firewall.js';
import type { BlockEntry } from './nft-rules.js';
import { isRecord, readStateFile, writeJsonAtomic } from './json-file.js';
import { checkCidr } from '../shared/grammar.js';
import type { SelfTest } from './isolation.js';

interface BlockState {
  version: 1;
  entries: BlockEntry[];
}

function sameCidr(c: Record<string, unknown>): boolean {
  const parsed = checkCidr(c.text);
  return parsed.ok && (['address', 'family', 'prefix', 'text'] as const).every((k) => parsed.value[k] === c[k]);
}

/** A persisted block list, each address exactly as the grammar would accept it from a command. */
function isBlockState(v: unknown): v is BlockState {
  return (
    isRecord(v) &&
    v.version === 1 &&
    Array.isArray(v.entries) &&
    v.entries.every(
      (e: unknown) =>
        isRecord(e) &&
        isRecord(e.cidr) &&
        sameCidr(e.cidr) &&
        (e.expiresAtMs === undefined || (typeof e.expiresAtMs === 'number' && Number.isFinite(e.expiresAtMs))),
    )
  );
}

export interface BlockOutcome {
  dryRun: boolean;
  backend: string;
  cidr: string;
  expiresAtMs?: number;
  before: { blocked: boolean; expiresAtMs?: number };
  steps: Step[];
  changed: boolean;
  /** The block was applied, the collector was not re-reached in time, and the previous blocks were restored. */
  rolledBack?: boolean;
  selfTest?: { ok: boolean; detail: string; deadlineMs: number; elapsedMs: number };
}

/** Proves the collector is still reachable with a new block in place (as isolation does), else rolls back. */
export interface BlockSelfTest {
  selfTest: SelfTest;
  deadlineMs: number;
}

export class BlockManager {
  private readonly path: string;
  private entries: BlockEntry[];
  private expiryTimer: NodeJS.Timeout | undefined;
  private busy: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: { backend: FirewallBackend; stateDir: string; sink: EventSink; logger: Logger; clock?: () => number }) {
    this.path = join(opts.stateDir, 'blocks.json');
    this.entries =
      readStateFile(this.path, {
        isValid: isBlockState,
        onDamaged: (d) => {
          opts.logger.error(d, 'block state damaged; set aside');
          opts.sink.emit({
            tamper: { what: 'block_state_damaged', detail: `${d.why}; set aside as ${d.keptAs}; its blocks are not re-applied`, repaired: false },
          });
        },
      })?.entries ?? [];
  }

  private now(): number {
    return (this.opts.clock ?? Date.now)();
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.busy.then(fn, fn);
    this.busy = run.catch(() => undefined);
    return run;
  }

  list(): BlockEntry[] {
    const now = this.now();
    return this.entries.filter((e) => e.expiresAtMs === undefined || e.expiresAtMs > now);
  }

  block(cidr: Cidr, ttlSeconds: number, dryRun: boolean, test?: BlockSelfTest): Promise<BlockOutcome> {
    return this.exclusive(async () => {
      const now = this.now();
      const live = this.list();
      const prior = live.find((e) => e.cidr.text === cidr.text);
      const entry: BlockEntry = ttlSeconds > 0 ? { cidr, expiresAtMs: now + ttlSeconds * 1000 } : { cidr };
      const next = [...live.filter((e) => e.cidr.text !== cidr.text), entry];
      return this.commit(next, now, dryRun, cidr, prior, entry.expiresAtMs, test ? { ...test, previous: live } : undefined);
    });
  }

  unblock(cidr: Cidr, dryRun: boolean): Promise<BlockOutcome> {
    return this.exclusive(async () => {
      const now = this.now();
      const live = this.list();
      const prior = live.find((e) => e.cidr.text === cidr.text);
      return this.commit(
        live.filter((e) => e.cidr.text !== cidr.text),
        now,
        dryRun,
        cidr,
        prior,
        undefined,
      );
    });
  }

  private async commit(
    next: BlockEntry[],
    now: number,
    dryRun: boolean,
    cidr: Cidr,
    prior: BlockEntry | undefined,
    expiresAtMs: number | undefined,
    test?: BlockSelfTest & { previous: BlockEntry[] },
  ): Promise<BlockOutcome> {
    const b = this.opts.backend;
    const before = { blocked: prior !== undefined, ...(prior?.expiresAtMs !== undefined ? { expiresAtMs: prior.expiresAtMs } : {}) };
    const base = { backend: b.name, cidr: cidr.text, before, ...(expiresAtMs !== undefined ? { expiresAtMs } : {}) };
    if (dryRun) return { ...base, dryRun, steps: await b.blockSteps(next, now), changed: false };
    const steps = await b.applyBlocks(next, now);
    if (test) {
      const started = this.now();
      const r = await test.selfTest(test.deadlineMs).catch((err: unknown) => ({ ok: false, detail: (err as Error).message }));
      const selfTest = { ...r, deadlineMs: test.deadlineMs, elapsedMs: this.now() - started };
      if (!r.ok) {
        await b.applyBlocks(test.previous, this.now());
        this.opts.logger.warn({ cidr: cidr.text, selfTest }, 'block self-test failed; blocks rolled back');
        return { ...base, dryRun, steps, changed: false, rolledBack: true, selfTest };
      }
      this.persist(next);
      return { ...base, dryRun, steps, changed: true, rolledBack: false, selfTest };
    }
    this.persist(next);
    return { ...base, dryRun, steps, changed: true };
  }

  private persist(next: BlockEntry[]): void {
    this.entries = next;
    writeJsonAtomic(this.path, { version: 1, entries: next } satisfies BlockState);
    this.scheduleExpiry();
  }

  /**
   * At agent start: re-applies persisted blocks with their remaining time. A persisted block the guard
   * now forbids (it covers the collector or the loopback, e.g. written by an older agent) is dropped, not
   * re-applied, and reported as a Tamper event.
   */
  async restoreAtStart(forbidden: (cidr: Cidr) => string | undefined = () => undefined): Promise<number> {
    const all = this.list();
    const dropped = all.flatMap((e) => {
      const why = forbidden(e.cidr);
      return why ? [{ e, why }] : [];
    });
    const live = all.filter((e) => !dropped.some((d) => d.e === e));
    if (dropped.length) {
      this.persist(live);
      for (const d of dropped) {
        this.opts.logger.warn({ cidr: d.e.cidr.text, reason: d.why }, 'persisted block not re-applied');
        this.opts.sink.emit({ tamper: { what: 'block_dropped_at_start', detail: d.why, repaired: true } });
      }
    }
    if (live.length) await this.opts.backend.applyBlocks(live, this.now());
    this.scheduleExpiry();
    return live.length;
  }

  /** Self-heal pass for the block table; emits a Tamper event when it had to re-apply. */
  checkOnce(): Promise<string> {
    return this.exclusive(async () => {
      const live = this.list();
      if (!live.length) return 'empty';
      const now = this.now();
      const health = await this.opts.backend.blockHealth(live, now);
      if (health === 'intact') return health;
      let repaired = true;
      try {
        await this.opts.backend.applyBlocks(live, now);
      } catch {
        repaired = false;
      }
      this.opts.sink.emit({ tamper: { what: `block_table_${health}`, detail: `${live.length} blocks re-applied`, repaired } });
      return health;
    });
  }

  private scheduleExpiry(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    const next = Math.min(...this.entries.map((e) => e.expiresAtMs ?? Infinity));
    if (!Number.isFinite(next)) return;
    this.expiryTimer = setTimeout(
      () => {
        void this.exclusive(async () => {
          const live = this.list();
          await this.opts.backend.applyBlocks(live, this.now());
          const lifted = this.entries.filter((e) => !live.includes(e)).map((e) => e.cidr.text);
          this.entries = live;
          writeJsonAtomic(this.path, { version: 1, entries: live } satisfies BlockState);
          this.opts.logger.info({ lifted }, 'block time-to-live reached; block lifted');
        })
          .catch((err: unknown) => this.opts.logger.error({ err }, 'lifting expired blocks failed'))
          .finally(() => this.scheduleExpiry());
      },
      Math.max(0, next - this.now()) + 50,
    );
    this.expiryTimer.unref();
  }

  stop(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
  }
}
