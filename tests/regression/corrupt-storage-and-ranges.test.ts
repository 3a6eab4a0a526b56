// Issue 13 item 15. A state.json holding null silently reset every agent and user and created a new admin;
// a 0-byte events.db silently started empty; a wrong-shaped state file failed with "users.find is not a
// function"; out-of-range 64-bit since/until/cursor values gave a 500. Now the collector refuses to start,
// naming the file and the reason and changing nothing, and the API answers such values with 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTOR_BIN, Collector, Workspace, freePort, runNode } from '../helpers/vigil.js';
import { Operator } from '../helpers/operator.js';

const PASSWORD = `Corrupt-${process.pid}-ember-harvest`;
let ws: Workspace;

beforeAll(() => {
  ws = new Workspace();
});
afterAll(async () => {
  await ws?.cleanup();
});

async function freshDataDir(name: string): Promise<string> {
  const dir = ws.path(name);
  const init = await runNode(COLLECTOR_BIN, ['init', '--data', dir]);
  expect(init.code, init.stderr).toBe(0);
  return dir;
}

const serve = async (dir: string) =>
  runNode(
    COLLECTOR_BIN,
    ['serve', '--data', dir, '--port', String(await freePort())],
    { VIGIL_ADMIN_PASSWORD: PASSWORD, VIGIL_COLLECTOR_LOG_LEVEL: 'warn' },
    30_000,
  );

describe('unusable storage files stop the start, naming the file and the reason', () => {
  for (const [label, content, reason] of [
    ['null', 'null', /holds null/],
    ['a list', '[]', /holds a list/],
    ['users that are not a list', '{"version":1,"agents":[],"tokens":[],"settings":{},"users":{}}', /"users" is object, not a list/],
    ['an empty file', '', /not valid JSON \(the file is empty\)/],
  ] as const) {
    it(`state.json holding ${label}`, async () => {
      const dir = await freshDataDir(`state-${label.replace(/\W+/g, '-')}`);
      const file = join(dir, 'state.json');
      writeFileSync(file, content);
      const r = await serve(dir);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('VIGIL_ERR_STORE_CORRUPT');
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(reason);
      expect(readFileSync(file, 'utf8')).toBe(content);
    });
  }

  it('a 0-byte events.db', async () => {
    const dir = await freshDataDir('events-empty');
    const file = join(dir, 'events.db');
    writeFileSync(file, '');
    const stateFile = join(dir, 'state.json');
    const state = existsSync(stateFile) ? readFileSync(stateFile, 'utf8') : null;
    const r = await serve(dir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('VIGIL_ERR_STORE_CORRUPT');
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/empty \(0 bytes\)/);
    expect(readFileSync(file).length).toBe(0);
    expect(existsSync(stateFile) ? readFileSync(stateFile, 'utf8') : null).toBe(state);
  });
});

describe('out-of-range 64-bit query values', () => {
  it('answer 400, not 500', async () => {
    const collector = await Collector.create(ws, { VIGIL_ADMIN_PASSWORD: PASSWORD });
    const admin = await Operator.login(collector.baseUrl, 'admin', PASSWORD);
    const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const huge = '99999999999999999999';
    for (const path of [
      `/events?since=${huge}`,
      `/events?until=${huge}`,
      `/events?cursor=${cursor(['99999999999999999999', 1])}`,
      `/events?cursor=${cursor(['1', 1e300])}`,
      `/alerts?since=${huge}`,
      `/alerts?cursor=${cursor([1e300, 'x'])}`,
      `/audit?until=${huge}`,
      `/audit?cursor=${cursor(1e300)}`,
      `/commands?cursor=${cursor(-1)}`,
      `/incidents?cursor=${cursor([9.3e18, 'x'])}`,
      `/events?since=9223372036855`,
    ]) {
      const r = await admin.call('GET', path);
      expect([path, r.status]).toEqual([path, 400]);
    }
  });
});
