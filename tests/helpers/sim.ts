// The fleet simulator (scripts/sim) driven from a test: start it against a test's collector, read its JSON
// reports, and check afterwards that every event it counted as acknowledged is stored exactly once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { spawnNode, type Collector, type Proc, type Workspace } from './vigil.js';

const SIM = fileURLToPath(new URL('../../scripts/sim/main.mjs', import.meta.url));

/**
 * The whole simulated fleet connects from 127.0.0.1: per-address limits sized for it. The same settings as the
 * sim's --spawn (fleetOnOneAddressEnv in scripts/sim/collector.mjs, which has no types to import here).
 */
export function fleetEnv(agents: number): Record<string, string> {
  return {
    VIGIL_COLLECTOR_HTTP__MAX_CONNECTIONS_PER_ADDRESS: String(agents + 256),
    VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND_PER_ADDRESS: '100000',
    VIGIL_COLLECTOR_GATEWAY__MAX_PENDING_PER_ADDRESS: '100000',
    VIGIL_COLLECTOR_GATEWAY__ENROLLMENTS_PER_SECOND: '10000',
  };
}

/** Runs `fn` on a read-only handle of the collector's database file, closed afterwards. */
export function readCollectorDb<T>(collector: Pick<Collector, 'dataDir'>, fn: (db: Database.Database) => T): T {
  const db = new Database(join(collector.dataDir, 'events.db'), { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export interface SimReport {
  sim: 'interval' | 'final';
  atMs: number;
  elapsedS: number;
  enrolled: number;
  online: number;
  sent: number;
  acked: number;
  disconnects: number;
  failedConnects: number;
  alertingInjected: number;
  ackLatencyMs: { p50: number | null; p99: number | null };
  refusals: Record<string, number>;
  commandsAnswered: number;
}

interface AgentSummary {
  hostname: string;
  agentId: string | null;
  firstSeq: number;
  lastSeq: number;
  ackedSeq: number;
}

export class SimRun {
  private constructor(
    readonly proc: Proc,
    private readonly summaryPath: string,
  ) {}

  /** Starts `agents` simulated agents against `collector` with the given extra sim options. */
  static async start(ws: Workspace, collector: Collector, agents: number, args: string[]): Promise<SimRun> {
    const token = await collector.token(['--uses', String(agents)]);
    const summary = ws.path('summary.json');
    return new SimRun(ws.track(spawnNode(SIM, SimRun.args(ws, collector.agentUrl, token, agents, summary, args))), summary);
  }

  /** The same against any agent endpoint, started by `spawn` with the simulator's argv (inside a lab namespace, say). */
  static startWith(ws: Workspace, spawn: (argv: string[]) => Proc, url: string, token: string, agents: number, args: string[]): SimRun {
    const summary = ws.path('summary.json');
    return new SimRun(ws.track(spawn([process.execPath, SIM, ...SimRun.args(ws, url, token, agents, summary, args)])), summary);
  }

  private static args(ws: Workspace, url: string, token: string, agents: number, summary: string, args: string[]): string[] {
    return [
      '--collector',
      url,
      '--token',
      token,
      '--agents',
      String(agents),
      '--report-ms',
      '500',
      '--state-dir',
      ws.path('agents'),
      '--summary',
      summary,
      ...args,
    ];
  }

  reports(): SimReport[] {
    return this.proc.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as SimReport);
  }

  latest(): SimReport | undefined {
    return this.reports().at(-1);
  }

  /** The latest report, or throws when the simulator died. */
  alive(): SimReport | undefined {
    if (!this.proc.alive) throw new Error(`sim exited: ${this.proc.stderr}`);
    return this.latest();
  }

  /** SIGTERM; the simulator drains its spools (--drain-ms) and prints its final report. */
  async stop(): Promise<SimReport> {
    this.proc.child.kill('SIGTERM');
    expect(await this.proc.exited).toBe(0);
    const final = this.latest()!;
    expect(final.sim).toBe('final');
    return final;
  }

  /** Every agent's acknowledged range is in the collector's store exactly once; returns how many events that is. */
  expectStoredExactlyOnce(collector: Pick<Collector, 'dataDir'>, agents: number): number {
    const summary = JSON.parse(readFileSync(this.summaryPath, 'utf8')) as AgentSummary[];
    expect(summary).toHaveLength(agents);
    let total = 0;
    readCollectorDb(collector, (db) => {
      const q = db.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT seq) AS d, COUNT(DISTINCT id) AS ids FROM events WHERE agent_id = ? AND seq BETWEEN ? AND ?');
      for (const a of summary) {
        expect(a.agentId).toBeTruthy();
        const want = a.ackedSeq - a.firstSeq + 1;
        total += want;
        const got = q.get(a.agentId, a.firstSeq, a.ackedSeq) as { n: number; d: number; ids: number };
        expect({ host: a.hostname, ...got }).toEqual({ host: a.hostname, n: want, d: want, ids: want });
      }
    });
    return total;
  }
}
