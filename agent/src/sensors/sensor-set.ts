// Runs a set of sensors with one context each: its own 0700 state folder, a logger naming it, the
// shared counting sink and the de-duplicating problem registry. A sensor that fails to start is
// reported as a problem and the others keep running; the agent never crashes for one source.
import { mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@vigil/logger';
import type { EventSink } from '../events/sink.js';
import type { Sensor, SensorProblem } from './sensor.js';
import { CountingSink } from './common/counting-sink.js';
import { ProblemRegistry } from './common/problems.js';

export interface SensorSetOptions {
  sensors: Sensor[];
  sink: EventSink;
  logger: Logger;
  /** Parent of every sensor's state folder (e.g. <agent state dir>/sensors). */
  stateRoot: string;
  problems?: ProblemRegistry;
  counting?: CountingSink;
}

export class SensorSet {
  readonly problems: ProblemRegistry;
  readonly counting: CountingSink;
  private readonly started: Sensor[] = [];

  constructor(private readonly opts: SensorSetOptions) {
    this.problems = opts.problems ?? new ProblemRegistry();
    this.counting = opts.counting ?? new CountingSink(opts.sink);
  }

  get sensors(): Sensor[] {
    return this.opts.sensors;
  }

  find<T extends Sensor>(name: string): T | undefined {
    return this.opts.sensors.find((s) => s.name === name) as T | undefined;
  }

  async start(): Promise<void> {
    for (const sensor of this.opts.sensors) {
      const logger = this.opts.logger.child({ sensor: sensor.name });
      const stateDir = join(this.opts.stateRoot, sensor.name);
      const reportProblem = (p: SensorProblem) => {
        if (this.problems.report(p)) logger.warn({ source: p.source, code: p.code }, p.message);
      };
      try {
        mkdirSync(stateDir, { recursive: true, mode: 0o700 });
        chmodSync(stateDir, 0o700);
        await sensor.start({ sink: this.counting, logger, reportProblem, stateDir });
        this.started.push(sensor);
      } catch (err) {
        logger.error({ err }, 'sensor failed to start');
        reportProblem({ sensor: sensor.name, source: sensor.name, code: 'VIGIL_ERR_SENSOR_START', message: (err as Error).message });
      }
    }
  }

  async stop(): Promise<void> {
    for (const sensor of this.started.reverse()) {
      try {
        await sensor.stop();
      } catch (err) {
        this.opts.logger.error({ err, sensor: sensor.name }, 'sensor failed to stop');
      }
    }
    this.started.length = 0;
  }
}
