// Host isolation: applies Vigil's firewall table, proves the collector is still reachable (else rolls back,
// so a responder never loses a host), persists the state so it is re-applied at agent start before anything
// else, and heals the table when someone deletes or flushes it, raising a tamper event.
import { join } from 'node:path';
import type { Logger } from '@vigil/logger';
import type { EventSink } from '../events/sink.js';
import { AgentError } from '../errors.js';
import type { FirewallBackend, Health, Step } from './firewall.js';
import type { IsolationSpec } from './nft-rules.js';
import { isRecord, readStateFile, writeJsonAtomic } from './json-file.js';
import type { SetAside } from '../state/damaged.js';

/** Proves the collector can be reached again with the rules in place; resolves within deadlineMs. */
export type SelfTest = (deadlineMs: number) => Promise<{ ok: boolean; detail: string }>;

interface IsolationState {
  version: 1;
  isolated: boolean;
  /** Absent while isolated only when the state was damaged and the kernel's table was kept as found. */
  spec?: IsolationSpec;
  commandId?: string;
  appliedAtMs?: number;
}

const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isIsolationState(v: unknown): v is IsolationState {
  if (!isRecord(v) || v.version !== 1 || typeof v.isolated !== 'boolean') return false;
  if (v.spec === undefined) return true; // isolated without a spec: a table kept after damaged state
  const s = v.spec;
  return (
    isRecord(s) &&
    isStringList(s.collectorAddresses) &&
    typeof s.collectorPort === 'number' &&
    Array.isArray(s.allowCidrs) &&
    s.allowCidrs.every((c) => isRecord(c) && typeof c.text === 'string') &&
    isStringList(s.dnsResolvers)
  );
}

export interface IsolationOptions {
  backend: FirewallBackend;
  /** Folder for isolation.json (inside the agent state dir). */
  stateDir: string;
  sink: EventSink;
  logger: Logger;
  clock?: () => number;
}

export interface IsolateRequest {
  spec: IsolationSpec;
  selfTest: SelfTest;
  selfTestDeadlineMs: number;
  dryRun: boolean;
  commandId: string;
}

export interface IsolateOutcome {
  applied: boolean;
  dryRun: boolean;
  backend: string;
  steps: Step[];
  before: { isolated: boolean; health: Health };
  selfTest?: { ok: boolean; detail: string; deadlineMs: number; elapsedMs: number };
  rolledBack?: boolean;
  spec: IsolationSpec;
}

export class IsolationManager {
  private readonly path: string;
  private readonly clock: () => number;
  private state: IsolationState;
  private timer: NodeJS.Timeout | undefined;
  private busy: Promise<unknown> = Promise.resolve();
  /** isolation.json was damaged at start: whether the host was isolated is known only from the kernel. */
  private damaged: SetAside | undefined;

  constructor(private readonly opts: IsolationOptions) {
    this.path = join(opts.stateDir, 'isolation.json');
    this.clock = opts.clock ?? Date.now;
    this.state = readStateFile(this.path, { isValid: isIsolationState, onDamaged: (d) => (this.damaged = d) }) ?? { version: 1, isolated: false };
  }

  get isolated(): boolean {
    return this.state.isolated;
  }

  get backendName(): string {
    return this.opts.backend.name;
  }

  /** Serialises firewall work: a heal check never interleaves with isolate/release. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.busy.then(fn, fn);
    this.busy = run.catch(() => undefined);
    return run;
  }

  isolate(req: IsolateRequest): Promise<IsolateOutcome> {
    return this.exclusive(async () => {
      const b = this.opts.backend;
      const before = { isolated: this.state.isolated, health: await b.isolationHealth(req.spec) };
      const base = { backend: b.name, before, spec: req.spec };
      if (req.dryRun) return { ...base, applied: false, dryRun: true, steps: await b.isolationSteps(req.spec) };
      const steps = await b.applyIsolation(req.spec);
      const started = this.clock();
      const test = await req.selfTest(req.selfTestDeadlineMs).catch((err: unknown) => ({ ok: false, detail: (err as Error).message }));
      const selfTest = { ...test, deadlineMs: req.selfTestDeadlineMs, elapsedMs: this.clock() - started };
      if (!test.ok) {
        await b.removeIsolation();
        if (before.isolated && this.state.spec) await b.applyIsolation(this.state.spec);
        this.opts.logger.warn({ selfTest }, 'isolation self-test failed; rules rolled back');
        return { ...base, applied: false, dryRun: false, steps, selfTest, rolledBack: true };
      }
      this.save({ version: 1, isolated: true, spec: req.spec, commandId: req.commandId, appliedAtMs: this.clock() });
      return { ...base, applied: true, dryRun: false, steps, selfTest, rolledBack: false };
    });
  }

  release(
    dryRun: boolean,
  ): Promise<{ released: boolean; dryRun: boolean; backend: string; steps: Step[]; before: { isolated: boolean; spec?: IsolationSpec } }> {
    return this.exclusive(async () => {
      const before = { isolated: this.state.isolated, ...(this.state.spec ? { spec: this.state.spec } : {}) };
      const b = this.opts.backend;
      if (dryRun) {
        const steps = await b.isolationRemovalSteps();
        return { released: false, dryRun: true, backend: b.name, steps, before };
      }
      const steps = await b.removeIsolation();
      this.save({ version: 1, isolated: false });
      return { released: true, dryRun: false, backend: b.name, steps, before };
    });
  }

  /**
   * Called at agent start before anything else: re-applies persisted isolation (no self-test: the host was
   * already proven reachable and must stay contained across reboots), or removes a leftover table. With the
   * state damaged, a table in the kernel is kept as it is (the host stays contained until a release).
   */
  restoreAtStart(): Promise<'reapplied' | 'none' | 'cleaned' | 'kept'> {
    return this.exclusive(async () => {
      const b = this.opts.backend;
      if (this.damaged) return this.restoreDamaged(this.damaged);
      if (this.state.isolated && !this.state.spec) return 'kept';
      if (this.state.isolated && this.state.spec) {
        await b.applyIsolation(this.state.spec);
        this.opts.logger.info({ commandId: this.state.commandId }, 'isolation re-applied at start');
        return 'reapplied';
      }
      const health = await b.isolationHealth({ collectorAddresses: [], collectorPort: 1, allowCidrs: [], dnsResolvers: [] });
      if (health !== 'missing') {
        await b.removeIsolation();
        return 'cleaned';
      }
      return 'none';
    });
  }

  private async restoreDamaged(d: SetAside): Promise<'kept' | 'none'> {
    this.damaged = undefined;
    const health = await this.opts.backend.isolationHealth({ collectorAddresses: [], collectorPort: 1, allowCidrs: [], dnsResolvers: [] });
    const kept = health !== 'missing';
    const detail = kept
      ? `${d.why}; set aside as ${d.keptAs}; the isolation table in the kernel is kept (not healed: its rules are lost) until a release`
      : `${d.why}; set aside as ${d.keptAs}; no isolation table in the kernel: the host is not isolated`;
    this.opts.logger.error({ ...d, kept }, 'isolation state damaged');
    this.opts.sink.emit({ tamper: { what: 'isolation_state_damaged', detail, repaired: kept } });
    if (kept) this.save({ version: 1, isolated: true, appliedAtMs: this.clock() });
    return kept ? 'kept' : 'none';
  }

  /** One self-heal pass: re-applies a deleted or altered table and raises a Tamper event. */
  checkOnce(): Promise<Health | 'not_isolated'> {
    return this.exclusive(async () => {
      const spec = this.state.spec;
      if (!this.state.isolated || !spec) return 'not_isolated';
      const health = await this.opts.backend.isolationHealth(spec);
      if (health === 'intact') return health;
      let repaired = true;
      let detail = `isolation ${this.opts.backend.name} rules ${health}; re-applied`;
      try {
        await this.opts.backend.applyIsolation(spec);
      } catch (err) {
        repaired = false;
        detail = `isolation rules ${health}; re-apply failed: ${(err as Error).message}`;
      }
      this.opts.logger.warn({ health, repaired }, 'isolation tampered with');
      this.opts.sink.emit({ tamper: { what: `isolation_table_${health}`, detail, repaired } });
      return health;
    });
  }

  startHealing(intervalMs: number): void {
    this.stopHealing();
    this.timer = setInterval(() => {
      this.checkOnce().catch((err: unknown) => this.opts.logger.error({ err }, 'isolation check failed'));
    }, intervalMs);
    this.timer.unref();
  }

  stopHealing(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private save(state: IsolationState): void {
    try {
      writeJsonAtomic(this.path, state);
    } catch (err) {
      throw new AgentError('VIGIL_ERR_RESPONSE_STATE', `cannot persist isolation state to ${this.path}`, { cause: err });
    }
    this.state = state;
  }
}
