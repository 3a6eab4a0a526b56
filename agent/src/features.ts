// What `vigil-agent run` starts besides the runtime itself: the features that plug into the runtime
// (response actions, the sensors' hooks, the upgrade check). Each owner adds its entry here, one line each.
// `run` builds the host sensors once and passes them in, so the sensors it starts and the hooks set up
// here are the same objects.
import type { AgentFeature, FeatureContext } from './feature.js';
import type { HostSensors } from './sensors/host.js';
import { responseFeature } from './commands/feature.js';
import { upgradeFeature } from './install/feature.js';

/** Runtime features in setup order. */
export function agentFeatures(ctx: FeatureContext, hostSensors: HostSensors): AgentFeature[] {
  return [responseFeature(ctx), hostSensors.feature, upgradeFeature(ctx)];
}
