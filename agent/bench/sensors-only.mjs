// Child of agent.bench.mjs: the full host sensor set in one process, events appended as JSON lines
// to a file (no spool, no link), so the sensors' own cost can be told apart from delivery. Health is
// the agent's own HealthReporter (every minute, like the agent), counting events on the way out.
import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { buildHostSensors, CountingSink, ProblemRegistry } from '../dist/sensors/index.js';
import { HealthReporter } from '../dist/health.js';

const out = createWriteStream(process.argv[2] ?? '/dev/null', { flags: 'a' });
const sink = new CountingSink({ emit: (e) => out.write(`${JSON.stringify(e, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}\n`) });
const logger = silentLogger();
const problems = new ProblemRegistry();
const stateRoot = mkdtempSync(join(tmpdir(), `vigil-bench-sensors-${process.pid}-`));
const { sensors } = buildHostSensors({}, 'bench', logger);
for (const sensor of sensors) {
  const stateDir = join(stateRoot, sensor.name);
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  await sensor.start({ sink, logger, reportProblem: (p) => problems.report(p), stateDir });
}
const health = new HealthReporter({ sink, eventsTotal: () => sink.emitted, problems });
const timer = setInterval(() => health.emit(), 60_000);
process.on('SIGTERM', async () => {
  clearInterval(timer);
  for (const sensor of [...sensors].reverse()) await sensor.stop();
  out.end(() => process.exit(0));
});
