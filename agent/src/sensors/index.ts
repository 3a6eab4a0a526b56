// The sensors' public surface: each sensor class, the host set built from configuration, and the
// problem registry and counting sink that the runtime (and the bench's sensors-only phase) use.
export * from './options.js';
export type { Sensor, SensorContext, SensorProblem } from './sensor.js';
export { ProblemRegistry } from './common/problems.js';
export { CountingSink } from './common/counting-sink.js';
export { ProcessSensor } from './process/process-sensor.js';
export { NetworkSensor } from './network/network-sensor.js';
export { LogSensor } from './logs/log-sensor.js';
export { FimSensor } from './fim/fim-sensor.js';
export { InventorySensor } from './inventory/inventory-sensor.js';
export { KernelSensor } from './kernel/kernel-sensor.js';
export { buildHostSensors } from './host.js';

/** The host inventory for enrollment (loads systeminformation on first use only). */
export async function collectInventory(options: import('./inventory/collect.js').InventoryOptions) {
  return (await import('./inventory/collect.js')).collectInventory(options);
}
