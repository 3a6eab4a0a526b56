// Child of agent.bench.mjs: the full host sensor set in one process, events appended as JSON lines
// to a file (no spool, no link), so the sensors' own cost can be told apart from delivery.
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { createSensors } from '../dist/sensors/index.js';

const out = createWriteStream(process.argv[2] ?? '/dev/null', { flags: 'a' });
const sink = { emit: (e) => out.write(`${JSON.stringify(e, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}\n`) };
const logger = silentLogger();
// Every sensor including health (which reports this process's own CPU and RSS every minute).
const set = createSensors({}, { sink, logger, agentVersion: 'bench', stateRoot: mkdtempSync(join(tmpdir(), `vigil-bench-sensors-${process.pid}-`)) });
await set.start();
process.on('SIGTERM', async () => {
  await set.stop();
  out.end(() => process.exit(0));
});
