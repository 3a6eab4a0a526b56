// Runs the BUILT vigil-collector and vigil-agent binaries as real processes for the link suites:
// a temp workspace, a collector on a fixed loopback port (so it can be restarted after kill -9),
// enrollment through the real CLI, and read-only access to the collector's SQLite file.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { vigil } from '@vigil/proto';
import { SqliteAgentStore } from '../../collector/src/hosts/agent-store.js';
import { SqliteTokenStore } from '../../collector/src/hosts/token-store.js';
import { defaultAgentsOptions } from '../../collector/src/hosts/options.js';
import type { AgentRecord, TokenRecord } from '../../collector/src/hosts/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const COLLECTOR_BIN = join(root, 'collector/dist/cli/main.js');
export const AGENT_BIN = join(root, 'agent/dist/cli/main.js');

/** Fast reconnects and small batching delays so the suites take seconds. */
export const FAST_AGENT_ENV: Record<string, string> = {
  VIGIL_AGENT_LINK__BACKOFF_BASE_MS: '100',
  VIGIL_AGENT_LINK__BACKOFF_MAX_MS: '800',
  VIGIL_AGENT_LINK__BATCH_MAX_DELAY_MS: '50',
  VIGIL_AGENT_LINK__CONNECT_TIMEOUT_MS: '3000',
  VIGIL_AGENT_HEALTH__STATUS_INTERVAL_MS: '200',
  VIGIL_AGENT_LOG_LEVEL: 'warn',
  // Kernel audit is global to the machine: only the kernel telemetry suite turns it on, one agent at a time.
  VIGIL_AGENT_SENSORS__PROCESS__SOURCE: 'poll',
  VIGIL_AGENT_SENSORS__NETWORK__SOURCE: 'poll',
};

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runNode(bin: string, args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A child process of the suite; kill9() and stop() act on exactly this pid. */
export class Proc {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (b: Buffer) => (this.stdout += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
  async kill9(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL');
    await this.exited;
  }
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.child.kill('SIGTERM');
    const t = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(t);
  }
}

export function spawnNode(bin: string, args: string[], env: Record<string, string> = {}): Proc {
  return new Proc(spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
}

export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), `vigil-link-${process.pid}-`));
  readonly procs: Proc[] = [];
  path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }
  track(p: Proc): Proc {
    this.procs.push(p);
    return p;
  }
  async cleanup(): Promise<void> {
    for (const p of this.procs) await p.kill9();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class Collector {
  proc: Proc | undefined;
  agentUrl = '';
  baseUrl = '';
  constructor(
    readonly ws: Workspace,
    readonly dataDir: string,
    readonly port: number,
    readonly env: Record<string, string> = {},
  ) {}

  static async create(ws: Workspace, env: Record<string, string> = {}, initArgs: string[] = []): Promise<Collector> {
    const dataDir = ws.path('data');
    const init = await runNode(COLLECTOR_BIN, ['init', '--data', dataDir, ...initArgs]);
    if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
    const c = new Collector(ws, dataDir, await freePort(), env);
    await c.start();
    return c;
  }

  async start(): Promise<void> {
    const proc = this.ws.track(
      spawnNode(COLLECTOR_BIN, ['serve', '--data', this.dataDir, '--port', String(this.port)], { VIGIL_COLLECTOR_LOG_LEVEL: 'warn', ...this.env }),
    );
    this.proc = proc;
    const line = await waitFor(
      'collector to listen',
      () => {
        if (!proc.alive) throw new Error(`collector exited: ${proc.stderr}`);
        return /agent endpoint: (\S+)/.exec(proc.stdout)?.[1];
      },
      60_000, // a start replays up to detect.rebuildMaxEvents stored events first (BENCHMARKS.md: several seconds)
    );
    this.agentUrl = line.replace('0.0.0.0', '127.0.0.1');
    this.baseUrl = this.agentUrl.replace(/^ws/, 'http').replace(/\/agent$/, '');
  }

  async token(args: string[] = []): Promise<string> {
    const r = await runNode(COLLECTOR_BIN, ['token', 'create', '--data', this.dataDir, ...args]);
    if (r.code !== 0) throw new Error(`token create failed: ${r.stderr}`);
    return r.stdout.trim();
  }

  async health(): Promise<ReturnType<typeof parseHealth>> {
    // /healthz says only up or down; the counts come from /metrics, served to loopback callers.
    return parseHealth(await (await fetch(`${this.baseUrl}/metrics`)).text());
  }

  /** Agents and enrollment tokens from their tables (read-only beside the running collector). */
  state(): {
    agents: AgentRecord[];
    tokens: TokenRecord[];
  } {
    const db = new Database(join(this.dataDir, 'events.db'), { readonly: true, fileMustExist: true });
    try {
      return { agents: new SqliteAgentStore(db, defaultAgentsOptions()).list(), tokens: new SqliteTokenStore(db).list() };
    } finally {
      db.close();
    }
  }

  /** Events stored for an agent, in sequence order, decoded. */
  events(agentId: string): Array<{ seq: number; kind: string; event: vigil.v1.Event }> {
    const db = new Database(join(this.dataDir, 'events.db'), { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare('SELECT seq, kind, body FROM events WHERE agent_id = ? ORDER BY seq').all(agentId) as Array<{
        seq: number;
        kind: string;
        body: Buffer;
      }>;
      return rows.map((r) => ({ seq: r.seq, kind: r.kind, event: vigil.v1.Event.decode(r.body) }));
    } finally {
      db.close();
    }
  }

  gaps(agentId: string): Array<{ seq: number; dropped: number; first_seq: number; last_seq: number; reason: string }> {
    const db = new Database(join(this.dataDir, 'events.db'), { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT seq, dropped, first_seq, last_seq, reason FROM gaps WHERE agent_id = ? ORDER BY first_seq').all(agentId) as never;
    } finally {
      db.close();
    }
  }

  count(agentId?: string): number {
    const db = new Database(join(this.dataDir, 'events.db'), { readonly: true, fileMustExist: true });
    try {
      return agentId === undefined
        ? Number(db.prepare('SELECT COUNT(*) FROM events').pluck().get())
        : Number(db.prepare('SELECT COUNT(*) FROM events WHERE agent_id = ?').pluck().get(agentId));
    } finally {
      db.close();
    }
  }
}

export class Agent {
  proc: Proc | undefined;
  constructor(
    readonly ws: Workspace,
    readonly stateDir: string,
    readonly agentId: string,
    readonly env: Record<string, string> = {},
  ) {}

  static async enroll(ws: Workspace, collector: Collector, name: string, env: Record<string, string> = {}, extra: string[] = []): Promise<Agent> {
    const stateDir = ws.path(name);
    const token = await collector.token();
    const r = await runNode(AGENT_BIN, ['enroll', '--state', stateDir, '--collector', collector.agentUrl, '--token', token, ...extra]);
    if (r.code !== 0) throw new Error(`enroll failed: ${r.stderr}`);
    const id = /agent id (\S+)/.exec(r.stdout)?.[1];
    if (!id) throw new Error(`no agent id in ${r.stdout}`);
    return new Agent(ws, stateDir, id, env);
  }

  start(args: string[]): Proc {
    this.proc = this.ws.track(spawnNode(AGENT_BIN, ['run', '--state', this.stateDir, '--no-sensors', ...args], { ...FAST_AGENT_ENV, ...this.env }));
    return this.proc;
  }

  status():
    | {
        link: { state: string; connects: number; ackedSeq: number; sentSeq: number; eventsResent: number; batchesSent: number; windowEvents?: number };
        spool: { lastSeq: number; unackedEvents: number };
      }
    | undefined {
    try {
      return JSON.parse(readFileSync(join(this.stateDir, 'status.json'), 'utf8'));
    } catch {
      return undefined;
    }
  }

  privateKeyPem(): string {
    return readFileSync(join(this.stateDir, 'agent.key'), 'utf8');
  }
}

/** The delivery figures the link suites read, from the Prometheus text of /metrics. */
export function parseHealth(text: string): {
  agentsOnline: number;
  ingest: { events: number; duplicates: number };
  gateway: { malformedFrames: number; oversizedFrames: number; refusals: Record<string, number> };
} {
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  const refusals: Record<string, number> = {};
  for (const m of text.matchAll(/^vigil_gateway_refusals_total\{code="([^"]+)"\} (\S+)$/gm)) refusals[m[1]!] = Number(m[2]);
  return {
    agentsOnline: value('vigil_agents_online'),
    ingest: { events: value('vigil_ingest_events_total'), duplicates: value('vigil_ingest_duplicates_total') },
    gateway: { malformedFrames: value('vigil_gateway_malformed_frames_total'), oversizedFrames: value('vigil_gateway_oversized_frames_total'), refusals },
  };
}

/** Parses "synthetic run=<pid> n=<k>" lines of synthetic events. */
export function syntheticMarks(events: Array<{ event: vigil.v1.Event }>): Array<{ run: number; n: number }> {
  const out: Array<{ run: number; n: number }> = [];
  for (const { event } of events) {
    const m = /^synthetic run=(\d+) n=(\d+)/.exec(event.log?.raw ?? '');
    if (m) out.push({ run: Number(m[1]), n: Number(m[2]) });
  }
  return out;
}
