// The sensors on this real host, in-process with a memory sink: a spawned process seen with its
// parent, argv, exe, cwd and user; a loopback TCP connection seen with its owning pid; a log appended
// to, rotated and truncated seen line by line exactly once; a watched file saved by `sed -i`
// (write temp, rename over) seen as one modification with both hashes. Run `npm run build` first.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync, copyFileSync, realpathSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { vigil, u64ToBigInt, u64ToNumber } from '@vigil/proto';
import { MemorySink } from '../agent/dist/events/sink.js';
import { ProcessSensor, NetworkSensor, LogSensor, FimSensor, InventorySensor } from '../agent/dist/sensors/index.js';
import { hostname } from 'node:os';

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null && c.pid) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `vigil-${prefix}-${process.pid}-`));
  dirs.push(d);
  return d;
}

function context(stateDir: string) {
  const sink = new MemorySink();
  const problems: unknown[] = [];
  return { sink, problems, logger: silentLogger(), reportProblem: (p: unknown) => void problems.push(p), stateDir };
}

async function until<T>(find: () => T | null | undefined, what: string, ms = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = find();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('sensors on the real host', () => {
  it('process sensor: a spawned process with the right ppid, argv, exe, cwd and user, then its exit', async () => {
    const cwd = tmp('proc');
    chmodSync(cwd, 0o755);
    const ctx = context(tmp('proc-state'));
    const sensor = new ProcessSensor({ pollMs: 50, reportExisting: false });
    await sensor.start(ctx);
    const asRoot = process.getuid?.() === 0;
    const beforeSpawnMs = Date.now();
    const child = spawn('sleep', ['30'], { cwd, stdio: 'ignore', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    const afterSpawnMs = Date.now();
    children.push(child);
    const start = await until(() => ctx.sink.events.find((e) => e.processStart?.pid === child.pid)?.processStart, 'process start');
    const sleepPath = realpathSync(execFileSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).trim());
    expect(start.ppid).toBe(process.pid);
    expect(start.parentExe).toBe(realpathSync(process.execPath));
    expect(start.argv).toEqual(['sleep', '30']);
    expect(start.exe).toBe(sleepPath);
    expect(start.sha256).toBe(sha(readFileSync(sleepPath)));
    expect(start.cwd).toBe(realpathSync(cwd));
    expect(start.uid).toBe(asRoot ? 65534 : process.getuid!());
    expect(start.user).toBe(asRoot ? execFileSync('id', ['-nu', '65534'], { encoding: 'utf8' }).trim() : userInfo().username);
    expect(start.source).toBe('procfs');
    // Wall-clock start time: boot time from /proc/uptime (10 ms) plus start ticks (10 ms), so it lies within
    // the spawn call give or take those two resolutions (whole-second btime would be off by up to 1 s).
    const startMs = Number(u64ToBigInt(start.startTimeNs) / 1_000_000n);
    expect(startMs).toBeGreaterThanOrEqual(beforeSpawnMs - 30);
    expect(startMs).toBeLessThanOrEqual(afterSpawnMs + 30);
    child.kill('SIGKILL');
    const exit = await until(() => ctx.sink.events.find((e) => e.processExit?.pid === child.pid)?.processExit, 'process exit');
    expect(u64ToNumber(exit.startTimeTicks)).toBe(u64ToNumber(start.startTimeTicks));
    await sensor.stop();
  });

  it('network sensor: a loopback TCP connection with its owning pids and directions, reported once', async () => {
    const peers: Socket[] = [];
    const server = createServer((s) => peers.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    const ctx = context(tmp('net-state'));
    const sensor = new NetworkSensor({ pollMs: 50 });
    await sensor.start(ctx);
    const listener = ctx.sink.events.find((e) => e.networkListener?.localPort === port)?.networkListener;
    expect(listener).toMatchObject({ transport: vigil.v1.Transport.TCP, localAddress: '127.0.0.1', pid: process.pid, closed: false });
    // A separate process holds the client end, so the two ends have different owners.
    const client = spawn(process.execPath, ['-e', `const s=require('net').connect(${port},'127.0.0.1');setTimeout(()=>{},30000)`], { stdio: 'ignore' });
    children.push(client);
    const out = await until(
      () => ctx.sink.events.find((e) => e.networkConnection?.remotePort === port && e.networkConnection.pid === client.pid)?.networkConnection,
      'outbound connection',
    );
    expect(out).toMatchObject({
      direction: vigil.v1.Direction.OUTBOUND,
      localAddress: '127.0.0.1',
      remoteAddress: '127.0.0.1',
      state: 'ESTABLISHED',
      exe: realpathSync(process.execPath),
    });
    const inbound = await until(
      () => ctx.sink.events.find((e) => e.networkConnection?.localPort === port && !e.networkConnection.closed)?.networkConnection,
      'inbound connection',
    );
    expect(inbound).toMatchObject({ direction: vigil.v1.Direction.INBOUND, pid: process.pid, remotePort: out.localPort });
    // Several more polls: the long-lived connection is not reported again.
    const polls = Date.now();
    await until(() => Date.now() - polls > 300 || undefined, 'a few polls');
    expect(ctx.sink.events.filter((e) => e.networkConnection?.localPort === out.localPort && !e.networkConnection?.closed)).toHaveLength(1);
    // The client dies: its end closes first (FIN_WAIT/TIME_WAIT); both ends are reported as closed once.
    // Many connections at once: the socket table spans many pages of /proc/net/tcp, all read.
    const many = spawn(process.execPath, ['-e', `const net=require('net');for(let i=0;i<60;i++)net.connect(${port},'127.0.0.1');setTimeout(()=>{},30000)`], {
      stdio: 'ignore',
    });
    children.push(many);
    await until(
      () => ctx.sink.events.filter((e) => e.networkConnection?.pid === many.pid && e.networkConnection?.remotePort === port).length === 60 || undefined,
      'sixty connections of one process',
    );
    many.kill('SIGKILL');
    client.kill('SIGKILL');
    const closedOut = await until(
      () => ctx.sink.events.find((e) => e.networkConnection?.localPort === out.localPort && e.networkConnection?.closed)?.networkConnection,
      'client end closed',
    );
    expect(closedOut.pid).toBe(client.pid);
    for (const p of peers) p.destroy();
    await until(
      () =>
        ctx.sink.events.find((e) => e.networkConnection?.localPort === port && e.networkConnection.remotePort === out.localPort && e.networkConnection.closed),
      'server end closed',
    );
    await sensor.stop();
    for (const p of peers) p.destroy();
    await new Promise((r) => server.close(r));
  });

  it('log sensor: appended, rotated (rename and copytruncate) and partial lines, every line exactly once, also across a restart', async () => {
    const dir = tmp('logs');
    const state = tmp('logs-state');
    const log = join(dir, 'auth.log');
    writeFileSync(log, 'history before the agent\n');
    const line = (n: number) =>
      `2024-03-01T10:00:${String(n % 60).padStart(2, '0')}+00:00 host sshd[${1000 + n}]: Failed password for root from 192.0.2.${n} port ${40000 + n} ssh2`;
    let ctx = context(state);
    let sensor = new LogSensor({ files: [log], journal: 'never', rescanMs: 200 });
    await sensor.start(ctx);
    const seen = () => ctx.sink.events.map((e) => e.log!.raw!);
    appendFileSync(log, `${line(1)}\n${line(2)}\n`);
    await until(() => seen().length === 2 || undefined, 'two lines');
    appendFileSync(log, line(3).slice(0, 20));
    appendFileSync(log, `${line(3).slice(20)}\n`);
    // Rename rotation, with a last line landing in the old file after the rename.
    renameSync(log, `${log}.1`);
    appendFileSync(`${log}.1`, `${line(4)}\n`);
    writeFileSync(log, `${line(5)}\n`);
    await until(() => seen().length === 5 || undefined, 'five lines');
    // Copytruncate.
    copyFileSync(log, `${log}.2`);
    truncateSync(log, 0);
    appendFileSync(log, `${line(6)}\n`);
    await until(() => seen().length === 6 || undefined, 'six lines');
    await sensor.stop();
    const first = seen();
    // Lines written while the agent is down are read after the restart, none twice.
    appendFileSync(log, `${line(7)}\n`);
    ctx = context(state);
    sensor = new LogSensor({ files: [log], journal: 'never', rescanMs: 200 });
    await sensor.start(ctx);
    appendFileSync(log, `${line(8)}\n`);
    await until(() => seen().length === 2 || undefined, 'lines after restart');
    await sensor.stop();
    expect([...first, ...seen()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(line));
    expect(ctx.sink.events[0]!.log).toMatchObject({ parser: 'sshd', action: 'failed_password', fields: { src_ip: '192.0.2.7', user: 'root' } });
  });

  it('file integrity: `sed -i` on a watched file reads as a modification with both hashes', async () => {
    const dir = tmp('fim');
    const f = join(dir, 'sshd_config');
    writeFileSync(f, 'PermitRootLogin no\nPasswordAuthentication no\n');
    const before = sha(readFileSync(f));
    const ctx = context(tmp('fim-state'));
    const sensor = new FimSensor({ builtinWatches: false, authorizedKeys: false, extraPaths: [{ path: f, watch: 'sshd_config' }], verifyMs: 0 });
    await sensor.start(ctx);
    execFileSync('sed', ['-i', 's/PermitRootLogin no/PermitRootLogin yes/', f]);
    const change = await until(() => ctx.sink.events.find((e) => e.fileChange)?.fileChange, 'file change');
    await sensor.stop();
    expect(change).toMatchObject({ path: f, action: vigil.v1.FileAction.MODIFIED, watch: 'sshd_config' });
    expect(change.before!.sha256).toBe(before);
    expect(change.after!.sha256).toBe(sha(readFileSync(f)));
    expect(change.after!.sha256).not.toBe(before);
    expect(ctx.sink.events.filter((e) => e.fileChange)).toHaveLength(1);
  });

  it('inventory: collected by the short-lived child process of the built agent', async () => {
    const ctx = context(tmp('inv-state'));
    const sensor = new InventorySensor({ checkMs: 600_000 }, 'e2e');
    await sensor.start(ctx);
    await sensor.stop();
    const inv = ctx.sink.events.find((e) => e.inventory)!.inventory!;
    expect(inv).toMatchObject({ hostname: hostname(), agentVersion: 'e2e', kernel: readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim() });
    expect(inv.interfaces!.find((i) => i.name === 'lo')?.addresses).toContain('127.0.0.1/8');
  });

  // The host's real journal, read through journalctl: resume after a saved cursor, and after a
  // restart neither repeat nor skip. Needs at least three journal entries on the host.
  const journalEntries = (() => {
    try {
      return execFileSync('journalctl', ['-n', '3', '-o', 'json', '--no-pager'], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    } catch {
      return [];
    }
  })();
  it.skipIf(journalEntries.length < 3)('log sensor: follows the journal after its persisted cursor, exactly once across a restart', async () => {
    const state = tmp('journal-state');
    writeFileSync(join(state, 'log-offsets.json'), JSON.stringify({ files: {}, journalCursor: journalEntries[0]!.__CURSOR }));
    let ctx = context(state);
    let sensor = new LogSensor({ files: [], journal: 'always' });
    await sensor.start(ctx);
    await until(() => ctx.sink.events.length >= 2 || undefined, 'two journal entries');
    await sensor.stop();
    expect(ctx.sink.events.map((e) => e.log!.cursor)).toEqual([journalEntries[1]!.__CURSOR, journalEntries[2]!.__CURSOR]);
    expect(ctx.sink.events[1]!.log).toMatchObject({ source: 'journal' });
    expect(JSON.parse(readFileSync(join(state, 'log-offsets.json'), 'utf8')).journalCursor).toBe(journalEntries[2]!.__CURSOR);
    ctx = context(state);
    sensor = new LogSensor({ files: [], journal: 'always' });
    await sensor.start(ctx);
    const wait = Date.now();
    await until(() => Date.now() - wait > 1500 || undefined, 'a quiet moment');
    await sensor.stop();
    const fresh = execFileSync('journalctl', ['-n', '1', '-o', 'json', '--no-pager'], { encoding: 'utf8' });
    // Nothing is repeated; anything new on the host since the first run is fine.
    if ((JSON.parse(fresh) as Record<string, unknown>).__CURSOR === journalEntries[2]!.__CURSOR) expect(ctx.sink.events).toHaveLength(0);
    expect(ctx.sink.events.map((e) => e.log!.cursor)).not.toContain(journalEntries[2]!.__CURSOR);
  });
});
