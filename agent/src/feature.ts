// The contract between the runtime and the features that plug into it (response actions, the upgrade
// check, the sensors' hooks). Its own file, with the runtime described structurally, so that features,
// their composition (features.ts) and the runtime all import this file and none imports another.
import type { Logger } from '@vigil/logger';
import type { IAgentMessage, vigil } from '@vigil/proto';
import type { AgentConfig } from './config.js';
import type { EventSink } from './events/sink.js';
import type { HealthFields } from './health.js';
import type { SensorProblem } from './sensors/sensor.js';
import type { StatePaths } from './state/identity.js';
import type { PinnedCommandKey } from './state/pinned-key.js';

/** What a feature may use of the running agent (AgentRuntime implements it). */
export interface FeatureRuntime {
  readonly paths: StatePaths;
  /** The collector command key signed commands and upgrade bundles are checked against. */
  readonly commandKey: PinnedCommandKey;
  /** Where sensors write: the spool. */
  readonly sink: EventSink;
  /** Host-altering responses only report: on if the local config says so OR the collector asks for it. */
  readonly dryRun: boolean;
  /** Signed commands from the collector (verification is the receiver's job). */
  onCommand(handler: (cmd: vigil.v1.ISignedCommand) => void): void;
  onConfig(handler: (cfg: vigil.v1.IAgentConfig) => void): void;
  onOnline(handler: () => void): void;
  /** Sends a command result or file chunk now; false when offline (retry from onOnline). */
  sendToCollector(msg: IAgentMessage): boolean;
  /** Now by the collector's clock (this host's until the first welcome): the clock signed commands are checked by. */
  collectorNow(): number;
  /** Adds a named section to status.json (e.g. "isolation"). */
  addStatusSection(name: string, fn: () => unknown): void;
  /** Adds fields to every health event (e.g. "response" reports isolated). */
  addHealthSource(name: string, fn: () => HealthFields): void;
  reportProblem(problem: SensorProblem): void;
  stop(): Promise<void>;
}

/** A part of the agent that hooks into the runtime (commands, status sections) rather than emitting events. */
export interface AgentFeature {
  readonly name: string;
  /** Runs before the link connects and before sensors start (isolation is re-applied here, say). */
  setup(runtime: FeatureRuntime): void | Promise<void>;
  stop?(): void | Promise<void>;
}

export interface FeatureContext {
  config: Readonly<AgentConfig>;
  logger: Logger;
  /** The config file the agent loaded, if any (never collected by collect_file). */
  configFile?: string;
}
