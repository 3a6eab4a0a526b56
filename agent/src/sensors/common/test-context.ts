// A SensorContext for unit tests and benchmarks: events land in a MemorySink, problems in a list.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { MemorySink } from '../../events/sink.js';
import type { SensorContext, SensorProblem } from '../sensor.js';

export interface MemoryContext extends SensorContext {
  sink: MemorySink;
  problems: SensorProblem[];
}

export function memoryContext(stateDir?: string): MemoryContext {
  const problems: SensorProblem[] = [];
  return {
    sink: new MemorySink(),
    logger: silentLogger(),
    problems,
    reportProblem: (p) => void problems.push(p),
    stateDir: stateDir ?? mkdtempSync(join(tmpdir(), `vigil-sensor-${process.pid}-`)),
  };
}
