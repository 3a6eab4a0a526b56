// The running agent: opens the spool (the EventSink every sensor writes to), starts the link and the
// sensors through the Sensor contract, collects sensor problems for health, emits AgentHealth events
// (health.ts; features add fields with addHealthSource), and writes status.json for `vigil-agent status`.
// Response code plugs in via onCommand/sendToCollector.
import { join } from 'node:path';
import type { Logger } from '@vigil/logger';
import type { IAgentMessage, vigil } from '@vigil/proto';
import type { AgentConfig } from './config.js';
import type { Sensor, SensorProblem } from './sensors/sensor.js';
import type { AgentFeature, FeatureRuntime } from './feature.js';
import { Spool } from './spool/spool.js';
import { Link, type LinkStatus } from './link/client.js';
import { ensurePrivateDir, writePrivateFileAtomic } from './state/dir.js';
import { statePaths, type LoadedIdentity, type StatePaths } from './state/identity.js';
import { PinnedCommandKey } from './state/pinned-key.js';
import { bootTimeMs } from './state/host.js';
import type { EventSink } from './events/sink.js';
import { VERSION } from './version.js';
import { HealthReporter, type HealthFields } from './health.js';
import { ProblemRegistry } from './sensors/common/problems.js';

export interface AgentRuntimeOptions {
  config: Readonly<AgentConfig>;
  identity: LoadedIdentity;
  logger: Logger;
  sensors: readonly Sensor[];
  /** Set up before the link connects; stopped after sensors. */
  features?: readonly AgentFeature[];
  clock?: () => number;
}

export interface AgentStatusFile {
  agentId: string;
  version: string;
  pid: number;
  writtenAtMs: number;
  startedAtMs: number;
  dryRun: boolean;
  link: LinkStatus;
  spool: ReturnType<Spool['stats']>;
  sensors: Array<{ name: string; running: boolean; error?: string }>;
  problems: SensorProblem[];
  /** Sections other modules add (isolation state, ...). */
  [section: string]: unknown;
}

export class AgentRuntime implements FeatureRuntime {
  readonly paths: StatePaths;
  readonly spool: Spool;
  readonly link: Link;
  /** The collector command key this agent trusts (taken up anew after a rotation). */
  readonly commandKey: PinnedCommandKey;
  private readonly clock: () => number;
  private readonly started: number;
  private readonly problems = new ProblemRegistry();
  private readonly health: HealthReporter;
  private readonly sensorState = new Map<string, { running: boolean; error?: string }>();
  private readonly statusSections = new Map<string, () => unknown>();
  private readonly timers: NodeJS.Timeout[] = [];
  private collectorDryRun = false;

  constructor(private readonly options: AgentRuntimeOptions) {
    this.clock = options.clock ?? Date.now;
    this.started = this.clock();
    this.paths = statePaths(options.config.stateDir);
    ensurePrivateDir(this.paths.root);
    this.spool = Spool.open({
      dir: this.paths.spool,
      agentId: options.identity.agentId,
      maxBytes: options.config.spool.maxBytes,
      segmentBytes: options.config.spool.segmentBytes,
      maxEventBytes: options.config.spool.maxEventBytes,
      bounds: { maxStringBytes: options.config.spool.maxStringBytes, maxListEntries: options.config.spool.maxListEntries },
      logger: options.logger.child({ component: 'spool' }),
    });
    this.health = new HealthReporter({ sink: this.spool, eventsTotal: () => this.spool.lastSeq, problems: this.problems, clock: this.clock });
    this.health.addSource('spool', () => {
      const spool = this.spool.stats();
      return { spoolBytes: spool.bytes, spoolEvents: spool.unackedEvents, droppedEvents: spool.droppedEvents, dryRun: this.dryRun };
    });
    this.commandKey = new PinnedCommandKey(this.paths, options.identity);
    this.link = new Link({
      identity: options.identity,
      commandKey: this.commandKey,
      spool: this.spool,
      config: options.config.link,
      logger: options.logger.child({ component: 'link' }),
      bootTimeMs: bootTimeMs(),
      clock: this.clock,
    });
    this.link.onConfig((cfg) => {
      this.collectorDryRun = cfg.dryRun === true;
    });
  }

  /** Where sensors write: the spool. */
  get sink(): EventSink {
    return this.spool;
  }

  /** Host-altering responses only report: on if the local config says so OR the collector asks for it. */
  get dryRun(): boolean {
    return this.options.config.dryRun || this.collectorDryRun;
  }

  /** Signed commands from the collector (verification is the receiver's job). */
  onCommand(handler: (cmd: vigil.v1.ISignedCommand) => void): void {
    this.link.onCommand(handler);
  }

  onConfig(handler: (cfg: vigil.v1.IAgentConfig) => void): void {
    this.link.onConfig(handler);
  }

  onOnline(handler: () => void): void {
    this.link.onOnline(handler);
  }

  /** Sends a command result or file chunk now; false when offline (retry from onOnline). */
  sendToCollector(msg: IAgentMessage): boolean {
    return this.link.send(msg);
  }

  collectorNow(): number {
    return this.link.collectorNow();
  }

  /** Adds a named section to status.json (e.g. "isolation"). */
  addStatusSection(name: string, fn: () => unknown): void {
    this.statusSections.set(name, fn);
  }

  /** Adds fields to every health event (e.g. "response" reports isolated). */
  addHealthSource(name: string, fn: () => HealthFields): void {
    this.health.addSource(name, fn);
  }

  reportProblem(problem: SensorProblem): void {
    if (this.problems.report(problem)) this.options.logger.warn({ ...problem }, 'sensor source problem');
  }

  async start(): Promise<void> {
    const cfg = this.options.config;
    for (const f of this.options.features ?? []) await f.setup(this);
    this.link.start();
    for (const sensor of this.options.sensors) await this.startSensor(sensor);
    const sync = setInterval(() => this.spool.sync(), cfg.spool.syncIntervalMs);
    const health = setInterval(() => this.emitHealth(), cfg.health.intervalMs);
    const status = setInterval(() => this.writeStatus(), cfg.health.statusIntervalMs);
    this.timers.push(sync, health, status);
    this.writeStatus();
  }

  private async startSensor(sensor: Sensor): Promise<void> {
    const stateDir = ensurePrivateDir(join(this.paths.sensors, sensor.name));
    try {
      await sensor.start({
        sink: this.spool,
        logger: this.options.logger.child({ component: 'sensor', sensor: sensor.name }),
        reportProblem: (p) => this.reportProblem(p),
        stateDir,
      });
      this.sensorState.set(sensor.name, { running: true });
    } catch (err) {
      const message = (err as Error).message;
      this.sensorState.set(sensor.name, { running: false, error: message });
      this.reportProblem({ sensor: sensor.name, source: '', code: (err as { code?: string }).code ?? 'VIGIL_ERR_SENSOR_START', message });
    }
  }

  /** One AgentHealth event: own CPU and RSS, event rate, spool state, drops, new problems and what features add. */
  emitHealth(): vigil.v1.IAgentHealth {
    return this.health.emit();
  }

  statusSnapshot(): AgentStatusFile {
    const out: AgentStatusFile = {
      agentId: this.options.identity.agentId,
      version: VERSION,
      pid: process.pid,
      writtenAtMs: this.clock(),
      startedAtMs: this.started,
      dryRun: this.dryRun,
      link: this.link.status(),
      spool: this.spool.stats(),
      sensors: this.options.sensors.map((s) => ({ name: s.name, ...(this.sensorState.get(s.name) ?? { running: false }) })),
      problems: this.problems.all(),
    };
    for (const [name, fn] of this.statusSections) {
      try {
        out[name] = fn();
      } catch (err) {
        out[name] = { error: (err as Error).message };
      }
    }
    return out;
  }

  private writeStatus(): void {
    try {
      writePrivateFileAtomic(this.paths.status, `${JSON.stringify(this.statusSnapshot(), null, 2)}\n`);
    } catch (err) {
      this.options.logger.warn({ err }, 'cannot write status.json');
    }
  }

  /** Stops sensors first (no new events), then the link, then closes the spool durably. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    for (const sensor of [...this.options.sensors].reverse()) {
      try {
        await sensor.stop();
      } catch (err) {
        this.options.logger.warn({ err, sensor: sensor.name }, 'sensor stop failed');
      }
    }
    for (const f of [...(this.options.features ?? [])].reverse()) {
      try {
        await f.stop?.();
      } catch (err) {
        this.options.logger.warn({ err, feature: f.name }, 'feature stop failed');
      }
    }
    await this.link.stop();
    this.spool.close();
    this.writeStatus();
  }
}
