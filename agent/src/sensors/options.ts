// The sensors' part of the agent configuration: one fragment per sensor, each with safe defaults.
import { z } from '@vigil/config';
import { processSensorOptions } from './process/options.js';
import { networkSensorOptions } from './network/options.js';
import { logSensorOptions } from './logs/options.js';
import { fimSensorOptions } from './fim/options.js';
import { inventorySensorOptions } from './inventory/options.js';
import { kernelSensorOptions } from './kernel/options.js';

export { processSensorOptions, networkSensorOptions, logSensorOptions, fimSensorOptions, inventorySensorOptions, kernelSensorOptions };

export const sensorsOptions = z
  .object({
    process: processSensorOptions.prefault({}),
    network: networkSensorOptions.prefault({}),
    logs: logSensorOptions.prefault({}),
    fim: fimSensorOptions.prefault({}),
    inventory: inventorySensorOptions.prefault({}),
    kernel: kernelSensorOptions.prefault({}),
  })
  .strict();

export type SensorsOptions = z.output<typeof sensorsOptions>;
