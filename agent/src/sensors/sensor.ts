// The contract every sensor follows, so the agent runtime can start, stop and watch them uniformly.
import type { EventSink } from '../events/sink.js';
import type { Logger } from '@vigil/logger';

/** A source a sensor could not read, reported once in health (never a crash). */
export interface SensorProblem {
  sensor: string;
  source: string;
  code: string;
  message: string;
}

export interface SensorContext {
  sink: EventSink;
  logger: Logger;
  /** Report an unreadable source; the runtime de-duplicates and forwards it in the next health event. */
  reportProblem(problem: SensorProblem): void;
  /** Directory for this sensor's persisted state (offsets, baselines), created 0700 by the runtime. */
  stateDir: string;
}

export interface Sensor {
  readonly name: string;
  start(ctx: SensorContext): Promise<void>;
  stop(): Promise<void>;
}
