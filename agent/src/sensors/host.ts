// The host sensors of a running agent, built from its configuration, plus the small runtime hook they
// need: send the inventory each time the link comes online. The runtime emits health itself.
import type { Logger } from '@vigil/logger';
import type { Sensor } from './sensor.js';
import { ProcessSensor } from './process/process-sensor.js';
import { NetworkSensor } from './network/network-sensor.js';
import { LogSensor } from './logs/log-sensor.js';
import { FimSensor } from './fim/fim-sensor.js';
import { InventorySensor } from './inventory/inventory-sensor.js';
import { KernelSensor } from './kernel/kernel-sensor.js';
import { sensorsOptions, type SensorsOptions } from './options.js';
import { applyRemoteConfig, type PushedLogGuard } from './remote-config.js';
import type { vigil } from '@vigil/proto';
import type { HealthFields } from '../health.js';

/** The part of the runtime the sensors use (kept structural, so sensors never import the runtime). */
export interface SensorRuntimeHooks {
  onOnline(handler: () => void): void;
  onConfig?(handler: (cfg: vigil.v1.IAgentConfig) => void): void;
  addHealthSource?(name: string, fn: () => HealthFields): void;
  addStatusSection?(name: string, fn: () => unknown): void;
}

export interface HostSensors {
  sensors: Sensor[];
  /** A runtime feature: re-sends the inventory on every (re)connect. */
  feature: { readonly name: string; setup(runtime: SensorRuntimeHooks): void };
}

/** `pushedLogGuard` judges log paths the collector pushes (the collection policy: see forensics/collect-policy.ts). */
export function buildHostSensors(
  options: Partial<SensorsOptions> | undefined,
  agentVersion: string,
  logger: Logger,
  pushedLogGuard?: PushedLogGuard,
): HostSensors {
  const o = sensorsOptions.parse(options ?? {});
  const sensors: Sensor[] = [];
  const inventory = o.inventory.enabled ? new InventorySensor(o.inventory, agentVersion) : undefined;
  if (inventory) sensors.push(inventory);
  const proc = o.process.enabled ? new ProcessSensor(o.process) : undefined;
  const net = o.network.enabled ? new NetworkSensor(o.network) : undefined;
  const logs = o.logs.enabled ? new LogSensor(o.logs) : undefined;
  const fim = o.fim.enabled ? new FimSensor(o.fim) : undefined;
  // The kernel sensor starts before the pollers: it decides whether they poll at all.
  const wantKernel = (o.process.enabled && o.process.source !== 'poll') || (o.network.enabled && o.network.source !== 'poll');
  const kernel = wantKernel
    ? new KernelSensor({
        options: o.kernel,
        hashing: { maxBytes: o.process.hashMaxBytes, cacheEntries: o.process.hashCacheEntries },
        processSource: o.process.enabled ? o.process.source : 'poll',
        networkSource: o.network.enabled ? o.network.source : 'poll',
        process: proc,
        network: net,
        logs,
      })
    : undefined;
  for (const s of [kernel, proc, net, logs, fim]) if (s) sensors.push(s);
  return {
    sensors,
    feature: {
      name: 'sensors',
      setup(runtime) {
        if (kernel) {
          runtime.addHealthSource?.('kernel', () => kernel.health());
          runtime.addStatusSection?.('kernel', () => kernel.status());
        }
        runtime.onOnline(() => {
          inventory?.emitNow().catch((err: unknown) => logger.warn({ err }, 'inventory on connect failed'));
        });
        runtime.onConfig?.((cfg) => {
          applyRemoteConfig(
            cfg,
            {
              setProcessPollMs: (ms) => proc?.setPollMs(ms),
              setNetworkPollMs: (ms) => net?.setPollMs(ms),
              addLogFiles: (paths) => logs?.addFiles(paths),
              addWatchPaths: (paths) =>
                void fim
                  ?.addWatches(paths.map((path) => ({ path, watch: 'custom' })))
                  .catch((err: unknown) => logger.warn({ err }, 'adding watch paths failed')),
            },
            pushedLogGuard,
            (path, reason) => logger.warn({ code: 'VIGIL_ERR_SENSOR_PUSHED_PATH', path, reason }, 'pushed log path refused'),
          );
        });
      },
    },
  };
}
