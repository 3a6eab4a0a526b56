import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, symlinkSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { u64ToBigInt, u64ToNumber } from '@vigil/proto';
import { ProcessSensor } from './process-sensor.js';
import { memoryContext } from '../common/test-context.js';

// fileURLToPath, not .pathname: a checkout under a path with a space would read %20.
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
let dir: string;
let proc: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), `vigil-proc-${process.pid}-`));
  cpSync(fixtures, dir, { recursive: true, verbatimSymlinks: true });
  proc = join(dir, 'proc');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function sensor() {
  return new ProcessSensor({ procRoot: proc, passwdPath: join(dir, 'etc/passwd'), pollMs: 60_000 });
}

function starts(ctx: ReturnType<typeof memoryContext>) {
  return ctx.sink.events.filter((e) => e.processStart).map((e) => e.processStart!);
}

describe('process sensor on a fixture /proc', () => {
  it('reports running processes with parent, user, tty, session, argv and exe hash; skips kernel threads', async () => {
    const ctx = memoryContext();
    const s = sensor();
    await s.start(ctx);
    await s.stop();
    const byPid = new Map(starts(ctx).map((p) => [p.pid, p]));
    expect([...byPid.keys()].sort((a, b) => a! - b!)).toEqual([1, 400, 401, 402]);
    const sh = byPid.get(402)!;
    expect(sh.ppid).toBe(401);
    expect(sh.comm).toBe('we(ird) name');
    expect(sh.argv).toEqual(['sh', '-c', 'echo a b']);
    expect(sh.parentArgv).toEqual(['-bash']);
    expect(sh.parentExe).toBe('../../bin/sh');
    expect(sh.uid).toBe(1000);
    expect(sh.user).toBe('alice');
    expect(sh.euid).toBe(0);
    expect(sh.gid).toBe(1000);
    expect(sh.tty).toBe('pts/0');
    expect(sh.sessionId).toBe(401);
    expect(sh.cwd).toBe('/nonexistent-fixture-home/alice');
    expect(sh.source).toBe('procfs');
    expect(u64ToBigInt(sh.startTimeTicks)).toBe(5200n);
    expect(u64ToBigInt(sh.startTimeNs)).toBe(1_700_000_000_000_000_000n + 52_000_000_000n);
    expect(sh.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(dir, 'bin/sh')))
        .digest('hex'),
    );
    expect(byPid.get(400)!.parentExe).toBe('../../bin/daemon');
    expect(byPid.get(1)!.user).toBe('root');
  });

  it('diffs on (pid, start time): a reused pid is an exit plus a new start, a vanished pid an exit', async () => {
    const ctx = memoryContext();
    const s = sensor();
    await s.start(ctx);
    ctx.sink.events.length = 0;
    // pid 402 is reused by a new process (different start time); pid 401 exits.
    writeFileSync(join(proc, '402/stat'), readFileSync(join(proc, '402/stat'), 'utf8').replace(' 5200 ', ' 9999 '));
    writeFileSync(join(proc, '402/cmdline'), 'cat\u0000/etc/hosts\u0000');
    rmSync(join(proc, '401'), { recursive: true });
    await s.pollNow();
    await s.stop();
    const exits = ctx.sink.events.filter((e) => e.processExit).map((e) => [e.processExit!.pid, u64ToNumber(e.processExit!.startTimeTicks)]);
    expect(exits.sort()).toEqual([
      [401, 5100],
      [402, 5200],
    ]);
    const st = starts(ctx);
    expect(st.map((p) => [p.pid, u64ToNumber(p.startTimeTicks), p.argv])).toEqual([[402, 9999, ['cat', '/etc/hosts']]]);
    // The parent is gone from the fixture: its exe and argv cannot be read, and that is not a crash.
    expect(st[0]!.parentArgv).toEqual([]);
  });

  it('reports an exec (comm change with a new image) on a known process as a new start', async () => {
    const ctx = memoryContext();
    const s = sensor();
    await s.start(ctx);
    ctx.sink.events.length = 0;
    writeFileSync(join(proc, '402/stat'), readFileSync(join(proc, '402/stat'), 'utf8').replace('(we(ird) name)', '(daemon)'));
    writeFileSync(join(proc, '402/cmdline'), 'daemon\u0000--foreground\u0000');
    unlinkSync(join(proc, '402/exe'));
    symlinkSync('../../bin/daemon', join(proc, '402/exe'));
    await s.pollNow();
    await s.pollNow();
    await s.stop();
    const st = starts(ctx);
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ pid: 402, exe: '../../bin/daemon', argv: ['daemon', '--foreground'], comm: 'daemon' });
    expect(ctx.sink.events.filter((e) => e.processExit)).toHaveLength(0);
  });

  it('escapes control characters in argv and comm', async () => {
    writeFileSync(join(proc, '402/cmdline'), 'sh\u0000-c\u0000printf "\u001b]0;pwned\u0007"\u0000');
    const ctx = memoryContext();
    const s = sensor();
    await s.start(ctx);
    await s.stop();
    const p = starts(ctx).find((x) => x.pid === 402)!;
    expect(p.argv).toEqual(['sh', '-c', 'printf "\\x1b]0;pwned\\x07"']);
  });

  it('skips hashing above the size bound and says why', async () => {
    const ctx = memoryContext();
    const s = new ProcessSensor({ procRoot: proc, passwdPath: join(dir, 'etc/passwd'), pollMs: 60_000, hashMaxBytes: 4 });
    await s.start(ctx);
    await s.stop();
    const p = starts(ctx).find((x) => x.pid === 402)!;
    expect(p.sha256).toBe('');
    expect(p.hashSkipped).toBe('too_large');
  });

  it('reports an unreadable /proc once as a problem, without throwing', async () => {
    const ctx = memoryContext();
    const s = new ProcessSensor({ procRoot: join(dir, 'missing'), pollMs: 60_000 });
    await s.start(ctx);
    await s.stop();
    expect(ctx.problems.length).toBeGreaterThan(0);
    expect(ctx.problems[0]!.code).toBe('VIGIL_ERR_SENSOR_SOURCE');
  });
});
