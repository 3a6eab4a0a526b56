// Fault injection (issue 14): a page in the middle of the events table of the collector's events.db is
// overwritten while the collector is stopped (a bad sector, a stray write). serve must refuse to start with
// VIGIL_ERR_STORE_DAMAGED, naming the file and the remedy, and change nothing; `db check` must report the
// damage; `db salvage` must keep every readable event (before minus lost equals after), account for the lost
// sequences with gaps, keep the original in damaged/; then the file checks ok, serve starts and the agent
// streams again.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, COLLECTOR_BIN, Collector, Workspace, freePort, runNode, waitFor } from './helpers/vigil.js';
import { damageMiddleLeaf } from '../collector/src/store/testkit-damage.js';

const FIRST_RUN = 3000;
const SECOND_RUN = 200;
let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws);
});
afterAll(async () => {
  await ws?.cleanup();
});

const db = (...args: string[]) => runNode(COLLECTOR_BIN, ['db', ...args, '--data', collector.dataDir]);

describe('collector events.db with a damaged page', () => {
  it('is refused at start, checked, salvaged keeping every readable event, and then serves the agent again', async () => {
    const agent = await Agent.enroll(ws, collector, 'agent-db-damage');
    agent.start(['--synthetic-rate', '3000', '--synthetic-count', String(FIRST_RUN)]);
    await waitFor('first run stored', () => collector.count(agent.agentId) >= FIRST_RUN && agent.status()?.spool.unackedEvents === 0, 60_000);
    await agent.proc!.stop();
    await collector.proc!.stop();

    const file = join(collector.dataDir, 'events.db');
    const before = collector.count();
    expect(before).toBeGreaterThanOrEqual(FIRST_RUN);
    const page = damageMiddleLeaf(file, 'events');
    expect(page.leaves).toBeGreaterThanOrEqual(3);
    const damaged = readFileSync(file);

    // serve refuses, naming the file, SQLite's finding and the remedy, and writes nothing
    const serve = await runNode(
      COLLECTOR_BIN,
      ['serve', '--data', collector.dataDir, '--port', String(await freePort())],
      { VIGIL_COLLECTOR_LOG_LEVEL: 'warn' },
      30_000,
    );
    expect(serve.code).not.toBe(0);
    expect(serve.stderr).toContain('VIGIL_ERR_STORE_DAMAGED');
    expect(serve.stderr).toContain(file);
    expect(serve.stderr).toContain(`vigil-collector db salvage --data ${collector.dataDir}`);
    expect(readFileSync(file).equals(damaged)).toBe(true);

    const check = await db('check');
    expect(check.code, check.stderr).toBe(1);
    expect(check.stdout).toMatch(/: damaged \(\d+/);

    const salvage = await db('salvage');
    expect(salvage.code, salvage.stderr).toBe(0);
    const line = /^events: (\d+) rows copied, (\d+) lost \(rowids (\d+)\.\.(\d+)\)$/m.exec(salvage.stdout);
    expect(line, salvage.stdout).not.toBeNull();
    const [copied, lost] = [Number(line![1]), Number(line![2])];
    expect(lost).toBeGreaterThan(0);
    const after = collector.count();
    expect(after).toBe(copied);
    expect(before - lost).toBe(after);

    // the original is kept whole in damaged/, the lost sequences are accounted for by gaps
    const kept = readdirSync(join(collector.dataDir, 'damaged'));
    const original = kept.find((n) => /^events\.db\.[\dT-]+Z$/.test(n));
    expect(original, kept.join(', ')).toBeDefined();
    expect(readFileSync(join(collector.dataDir, 'damaged', original!)).equals(damaged)).toBe(true);
    const gaps = collector.gaps(agent.agentId).filter((g) => g.reason === 'collector_storage_damaged');
    expect(gaps.reduce((n, g) => n + g.dropped, 0)).toBe(lost);
    const held = new Set(collector.events(agent.agentId).map((e) => e.seq));
    for (const g of gaps) for (let s = g.first_seq; s <= g.last_seq; s++) expect(held.has(s)).toBe(false);

    const recheck = await db('check');
    expect(recheck.code, recheck.stdout).toBe(0);
    expect(recheck.stdout).toMatch(/: ok$/m);

    // serve starts on the salvaged file and the agent picks up where it was
    await collector.start();
    agent.start(['--synthetic-rate', '1000', '--synthetic-count', String(SECOND_RUN)]);
    await waitFor('second run stored', () => collector.count(agent.agentId) >= after + SECOND_RUN && agent.status()?.spool.unackedEvents === 0, 60_000);
    expect(agent.status()?.link.state).toBe('online');
    expect(collector.count(agent.agentId)).toBe(after + SECOND_RUN);

    // beside the running collector: check reads, salvage is refused and moves nothing
    const live = await db('check');
    expect(live.code, live.stdout).toBe(0);
    const refused = await db('salvage');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('VIGIL_ERR_STORE_LOCKED');
    expect(readdirSync(join(collector.dataDir, 'damaged'))).toEqual(kept);
    expect(collector.count(agent.agentId)).toBe(after + SECOND_RUN);
    await agent.proc!.stop();
    await collector.proc!.stop();
  });
});
