// What `vigil-agent run` starts besides the runtime itself: the host sensors and the features that
// plug into the runtime (response actions, ...). Each owner adds its entries here, one line each.
import type { Logger } from '@vigil/logger';
import type { AgentConfig } from './config.js';
import type { Sensor } from './sensors/sensor.js';
import type { AgentRuntime } from './runtime.js';
import { responseFeature } from './commands/feature.js';
import { hostSensorsFor } from './sensors/host.js';
import { VERSION } from './version.js';
import { upgradeFeature } from './install/feature.js';

/** A part of the agent that hooks into the runtime (commands, status sections) rather than emitting events. */
export interface AgentFeature {
  readonly name: string;
  /** Runs before the link connects and before sensors start (isolation is re-applied here, say). */
  setup(runtime: AgentRuntime): void | Promise<void>;
  stop?(): void | Promise<void>;
}

export interface FeatureContext {
  config: Readonly<AgentConfig>;
  logger: Logger;
  /** The config file the agent loaded, if any (never collected by collect_file). */
  configFile?: string;
}

/** Host sensors in start order. */
export function hostSensors(ctx: FeatureContext): Sensor[] {
  return hostSensorsFor(ctx, VERSION).sensors;
}

/** Runtime features in setup order. */
export function agentFeatures(ctx: FeatureContext): AgentFeature[] {
  return [responseFeature(ctx), hostSensorsFor(ctx, VERSION).feature, upgradeFeature(ctx)];
}
