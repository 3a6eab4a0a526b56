// `npm start` options, for real: scripts/start.mjs with --port, --data and --rules starts the built collector
// on that port with its storage in that folder, and the folder given with --rules is loaded besides the
// built-in pack (the detection count the collector logs is what `rules check` counts for both together).
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTOR_BIN, Proc, freePort, runNode, waitFor } from './helpers/vigil.js';

const START = fileURLToPath(new URL('../scripts/start.mjs', import.meta.url));

const RULE = `title: Start options test rule
id: 5d0c2f4e-7c1a-4f4e-9a51-0f3b8f3c2a11
status: test
logsource:
  product: linux
  category: process_creation
detection:
  selection:
    Image|endswith: '/vigil-start-options-test'
  condition: selection
level: low
`;

const detections = (checkOutput: string) => Number(/; (\d+) detection/.exec(checkOutput)?.[1] ?? NaN);

describe('npm start options', () => {
  const ws = mkdtempSync(join(tmpdir(), `vigil start ${process.pid} `));
  let start: Proc | undefined;

  afterAll(async () => {
    await start?.kill9();
    rmSync(ws, { recursive: true, force: true });
  });

  it('--port, --data and --rules: the collector serves on the port, stores in the folder and loads the rules', async () => {
    const rules = join(ws, 'my rules');
    mkdirSync(rules);
    writeFileSync(join(rules, 'start_options_test.yml'), RULE);
    const builtin = detections((await runNode(COLLECTOR_BIN, ['rules', 'check', '--builtin'])).stdout);
    const both = detections((await runNode(COLLECTOR_BIN, ['rules', 'check', '--builtin', rules])).stdout);
    expect(both).toBe(builtin + 1);

    const port = await freePort();
    const data = join(ws, 'data');
    const s = new Proc(
      spawn(process.execPath, [START, '--no-build', '--no-agent', '--port', String(port), '--data', data, '--rules', rules], {
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    start = s;
    await waitFor(
      'start to report Vigil running',
      () => {
        if (!s.alive) throw new Error(`start exited: ${s.stdout} ${s.stderr}`);
        return s.stdout.includes(`Vigil is running: http://127.0.0.1:${port}`);
      },
      60_000,
      100,
    );
    expect(s.stdout).toContain(`also loading the rules under ${rules}`);
    expect(existsSync(join(data, 'events.db'))).toBe(true);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    const loaded = await waitFor('the rules-loaded log line', () => {
      const line = readFileSync(join(data, 'collector.log'), 'utf8')
        .split('\n')
        .find((l) => l.includes('"rules loaded"'));
      return line ? (JSON.parse(line) as { detections: number }) : undefined;
    });
    expect(loaded.detections).toBe(both);

    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    start = undefined;
  });

  it('--rules refuses a folder that does not exist', async () => {
    const r = await runNode(START, ['--no-build', '--no-agent', '--data', join(ws, 'data2'), '--rules', join(ws, 'missing')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a folder');
  });
});
