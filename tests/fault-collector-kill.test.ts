// Fault injection (issue 14): the collector is killed with SIGKILL while a simulated fleet streams into it,
// with attack scenarios mixed in and signed commands in flight, and then started again on the same data.
// Nothing may be lost or doubled: every event the agents sent is stored exactly once, every stored event a
// single-event rule matches is counted in exactly one alert of that rule, and every command ends answered,
// once in the agent's ledger, never left pending or running.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { Collector, Workspace, waitFor } from './helpers/vigil.js';
import { SimRun, fleetEnv, readCollectorDb } from './helpers/sim.js';
import { commandStates, ended, issueCommands } from './helpers/collector-commands.js';

const AGENTS = 100;
const COMMANDS = 12; // three rounds of a third: answered, pending, delivered unanswered

let ws: Workspace;
let collector: Collector;
let sim: SimRun;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { ...fleetEnv(AGENTS), VIGIL_COLLECTOR_COMMANDS__SWEEP_INTERVAL_MS: '200' });
  sim = await SimRun.start(ws, collector, AGENTS, ['--rate', '40', '--alert-every', '50', '--seconds', '600']);
});

afterAll(async () => {
  await ws?.cleanup();
});

/** `n` isolates (the simulated agents answer in dry-run), to hosts from index `from` on. */
function issueIsolates(n: number, from: number): string[] {
  const agents = collector.state().agents;
  return issueCommands(
    collector,
    Array.from({ length: n }, (_, i) => ({ agentId: agents[(from + i) % agents.length]!.id, action: 'isolate' })),
  );
}

const statuses = (ids: readonly string[]): string[] => commandStates(collector, ids).map((c) => c.status);

/** Stored events a single-event rule must count, per rule title and host. */
function scenarioEvents(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (title: string, agentId: string) => out.set(`${title}\u0000${agentId}`, (out.get(`${title}\u0000${agentId}`) ?? 0) + 1);
  readCollectorDb(collector, (db) => {
    const rows = db.prepare("SELECT agent_id AS agentId, body FROM events WHERE kind IN ('file_change', 'process_start')").all() as Array<{
      agentId: string;
      body: Buffer;
    }>;
    for (const r of rows) {
      const e = vigil.v1.Event.decode(r.body);
      if (e.fileChange?.path === '/etc/ld.so.preload') add('/etc/ld.so.preload written', r.agentId);
      const argv = e.processStart?.argv ?? [];
      if (argv.some((a) => /curl -fsSL \S+ \| bash/.test(a))) add('Download piped to a shell', r.agentId);
    }
  });
  return out;
}

/** What those rules' alerts counted, per rule title and host. */
function alertCounts(): Map<string, number> {
  const out = new Map<string, number>();
  readCollectorDb(collector, (db) => {
    const rows = db
      .prepare(
        "SELECT rule_title AS title, agent_id AS agentId, SUM(count) AS n FROM alerts WHERE rule_title IN ('/etc/ld.so.preload written', 'Download piped to a shell') GROUP BY 1, 2",
      )
      .all() as Array<{ title: string; agentId: string; n: number }>;
    for (const r of rows) out.set(`${r.title}\u0000${r.agentId}`, r.n);
  });
  return out;
}

/** Each simulated agent's command ledger entries (commands/ledger.json under its state folder). */
function ledgerIds(): string[] {
  const ids: string[] = [];
  const root = ws.path('agents');
  const walk = (dir: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name === 'ledger.json' && existsSync(p)) {
        for (const e of (JSON.parse(readFileSync(p, 'utf8')) as { entries: Array<{ commandId: string }> }).entries) ids.push(e.commandId);
      }
    }
  };
  walk(root);
  return ids;
}

describe('collector killed with SIGKILL during heavy ingest', () => {
  it('loses and doubles no event, no alert and no command across the kill and restart', async () => {
    await waitFor(
      'fleet online and streaming',
      () => {
        const r = sim.alive();
        return r && r.online === AGENTS && r.acked > AGENTS * 100 && r.alertingInjected >= 6 ? r : undefined;
      },
      120_000,
      200,
    );

    // Commands in flight at the kill: issued into the collector's store, delivered by its sweep. The first
    // third have their answers stored by then, the second are still pending.
    const ids = issueIsolates(COMMANDS / 3, 0);
    await new Promise((r) => setTimeout(r, 300));
    ids.push(...issueIsolates(COMMANDS / 3, COMMANDS / 3));

    const before = sim.alive()!;
    await collector.proc!.kill9();
    // The fleet keeps producing into its spools while the collector is gone.
    await waitFor(
      'the fleet to notice and spool',
      () => {
        const r = sim.alive();
        return r && r.online === 0 && r.sent > before.sent + AGENTS * 20 ? r : undefined;
      },
      60_000,
      200,
    );
    await collector.start();
    await waitFor('fleet back online', () => sim.alive()?.online === AGENTS, 120_000, 200);

    // A second kill with commands delivered and their answers not yet read: the fleet is frozen (SIGSTOP)
    // while the collector's sweep writes the commands to its sockets; the collector dies before any answer.
    sim.proc.child.kill('SIGSTOP');
    let delivered: string[];
    try {
      delivered = issueIsolates(COMMANDS / 3, (2 * COMMANDS) / 3);
      await waitFor('commands written to the frozen fleet', () => statuses(delivered).every((st) => st === 'delivered'), 30_000, 50);
      await collector.proc!.kill9();
    } finally {
      sim.proc.child.kill('SIGCONT');
    }
    ids.push(...delivered);
    await collector.start();
    await waitFor('fleet back online again', () => sim.alive()?.online === AGENTS, 120_000, 200);
    await waitFor('more alerts injected after the restart', () => (sim.alive()?.alertingInjected ?? 0) >= before.alertingInjected + 6, 120_000, 200);

    const answered = await waitFor(
      'every command answered',
      () => {
        const rows = commandStates(collector, ids);
        return rows.every(ended) ? rows.map((c) => c.status) : undefined;
      },
      120_000,
      250,
    );
    expect(answered).toEqual(ids.map(() => 'succeeded'));
    const ledger = ledgerIds().filter((id) => ids.includes(id));
    expect(ledger.sort()).toEqual([...ids].sort()); // each command once on its agent: never run twice

    const final = await sim.stop();
    expect(final.acked).toBe(final.sent);
    expect(sim.expectStoredExactlyOnce(collector, AGENTS)).toBe(final.acked);

    const want = scenarioEvents();
    expect(want.size).toBeGreaterThan(0);
    expect(Object.fromEntries(alertCounts())).toEqual(Object.fromEntries(want));
  });
});
