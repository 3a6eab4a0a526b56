// The agent's sensors, assembled from configuration. The runtime builds them here, runs them in a
// SensorSet, calls inventory.emitNow() on each connect, and supplies spool figures for health.
import type { Logger } from '@vigil/logger';
import type { EventSink } from '../events/sink.js';
import type { Sensor } from './sensor.js';
import { ProcessSensor } from './process/process-sensor.js';
import { NetworkSensor } from './network/network-sensor.js';
import { LogSensor } from './logs/log-sensor.js';
import { FimSensor } from './fim/fim-sensor.js';
import { InventorySensor } from './inventory/inventory-sensor.js';
import { HealthSensor, type HealthStats } from './health/health-sensor.js';
import { SensorSet } from './sensor-set.js';
import { sensorsOptions, type SensorsOptions } from './options.js';

export * from './options.js';
export type { Sensor, SensorContext, SensorProblem } from './sensor.js';
export { SensorSet } from './sensor-set.js';
export { ProblemRegistry } from './common/problems.js';
export { CountingSink } from './common/counting-sink.js';
export { ProcessSensor, NetworkSensor, LogSensor, FimSensor, InventorySensor, HealthSensor };
export type { HealthStats } from './health/health-sensor.js';

/** The host inventory for enrollment (loads systeminformation on first use only). */
export async function collectInventory(options: import('./inventory/collect.js').InventoryOptions) {
  return (await import('./inventory/collect.js')).collectInventory(options);
}

export interface CreateSensorsDeps {
  sink: EventSink;
  logger: Logger;
  /** Parent folder of the sensors' state (offsets, baseline). */
  stateRoot: string;
  agentVersion: string;
  /** Spool and response figures for health, from the runtime. */
  stats?: HealthStats;
}

/** Builds every enabled sensor as a SensorSet (not yet started). */
export function createSensors(options: Partial<SensorsOptions> | undefined, deps: CreateSensorsDeps): SensorSet {
  const o = sensorsOptions.parse(options ?? {});
  const sensors: Sensor[] = [];
  if (o.inventory.enabled) sensors.push(new InventorySensor(o.inventory, deps.agentVersion));
  if (o.process.enabled) sensors.push(new ProcessSensor(o.process));
  if (o.network.enabled) sensors.push(new NetworkSensor(o.network));
  if (o.logs.enabled) sensors.push(new LogSensor(o.logs));
  if (o.fim.enabled) sensors.push(new FimSensor(o.fim));
  const set = new SensorSet({ sensors, sink: deps.sink, logger: deps.logger, stateRoot: deps.stateRoot });
  if (o.health.enabled) {
    sensors.push(new HealthSensor(o.health, { eventsEmitted: () => set.counting.emitted, problems: set.problems, ...(deps.stats ? { stats: deps.stats } : {}) }));
  }
  return set;
}
