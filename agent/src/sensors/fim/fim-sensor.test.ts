import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync, renameSync, mkdirSync, chmodSync, unlinkSync, readFileSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigil } from '@vigil/proto';
import { FimSensor } from './fim-sensor.js';
import { authorizedKeysWatches } from './default-watches.js';
import { memoryContext, type MemoryContext } from '../common/test-context.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), `vigil-fim-${process.pid}-`))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const changes = (ctx: MemoryContext) => ctx.sink.events.filter((e) => e.fileChange).map((e) => e.fileChange!);

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!cond()) throw new Error(`timed out waiting for ${what}`);
}

function sensor(extra: Array<{ path: string; watch: string }>) {
  return new FimSensor({ builtinWatches: false, authorizedKeys: false, extraPaths: extra, settleMs: 50, verifyMs: 0 });
}

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const canUseradd =
  process.getuid?.() === 0 &&
  (() => {
    try {
      execFileSync('sh', ['-c', 'command -v useradd && command -v userdel'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

/** useradd/userdel, retried while another process holds the account files' lock. */
async function accountCommand(cmd: string, args: string[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await run(cmd, args);
      return;
    } catch (err) {
      if (attempt >= 40 || !/lock/i.test(String((err as { stderr?: string }).stderr ?? ''))) throw err;
      await sleep(250);
    }
  }
}

/** Records every path the sensor marks for a re-check. */
function recordDirty(s: FimSensor): string[] {
  const seen: string[] = [];
  const target = s as unknown as { markDirty(p: string): void };
  const orig = target.markDirty.bind(s);
  target.markDirty = (p: string) => {
    seen.push(p);
    orig(p);
  };
  return seen;
}

describe('file integrity sensor', () => {
  it('reads a rename-style save of a watched file as a modification, with both hashes', async () => {
    const f = join(dir, 'passwd');
    writeFileSync(f, 'root:x:0:0::/root:/bin/bash\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([{ path: f, watch: 'passwd' }]);
    await s.start(ctx);
    writeFileSync(`${f}.tmp`, 'root:x:0:0::/root:/bin/bash\nevil:x:0:0::/:/bin/sh\n');
    renameSync(`${f}.tmp`, f);
    await until(() => changes(ctx).length > 0, 'file change');
    await s.stop();
    const c = changes(ctx);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ path: f, action: vigil.v1.FileAction.MODIFIED, watch: 'passwd' });
    expect(c[0]!.before!.sha256).toBe(sha('root:x:0:0::/root:/bin/bash\n'));
    expect(c[0]!.after!.sha256).toBe(sha(readFileSync(f, 'utf8')));
    expect(c[0]!.before!.inode).not.toBe(c[0]!.after!.inode);
  });

  it('reports created, deleted, renamed and attribute changes in a watched directory', async () => {
    const d = join(dir, 'sudoers.d');
    mkdirSync(d);
    writeFileSync(join(d, 'keep'), 'a\n');
    writeFileSync(join(d, 'gone'), 'b\n');
    writeFileSync(join(d, 'old-name'), 'c\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([{ path: d, watch: 'sudoers' }]);
    await s.start(ctx);
    writeFileSync(join(d, 'new'), 'alice ALL=(ALL) NOPASSWD:ALL\n');
    unlinkSync(join(d, 'gone'));
    renameSync(join(d, 'old-name'), join(d, 'new-name'));
    chmodSync(join(d, 'keep'), 0o666);
    symlinkSync('/tmp/x', join(d, 'link'));
    await until(() => changes(ctx).length >= 5, 'five changes');
    await s.flush();
    await s.stop();
    const got = changes(ctx)
      .map((c) => [c.path!.slice(d.length + 1), c.action, c.renamedFrom ? c.renamedFrom.slice(d.length + 1) : ''])
      .sort();
    expect(got).toEqual([
      ['gone', vigil.v1.FileAction.DELETED, ''],
      ['keep', vigil.v1.FileAction.ATTRIBUTES, ''],
      ['link', vigil.v1.FileAction.CREATED, ''],
      ['new', vigil.v1.FileAction.CREATED, ''],
      ['new-name', vigil.v1.FileAction.RENAMED, 'old-name'],
    ]);
    const link = changes(ctx).find((c) => c.path!.endsWith('/link'))!;
    expect(link.after!.linkTarget).toBe('/tmp/x');
    const perm = changes(ctx).find((c) => c.path!.endsWith('/keep'))!;
    expect([perm.before!.mode! & 0o777, perm.after!.mode! & 0o777]).toEqual([0o644, 0o666]);
  });

  it('keeps a persisted baseline: changes made while stopped are reported at start', async () => {
    const f = join(dir, 'hosts');
    writeFileSync(f, '127.0.0.1 localhost\n');
    const state = join(dir, 'state');
    const s1 = sensor([{ path: f, watch: 'hosts' }]);
    const ctx1 = memoryContext(state);
    await s1.start(ctx1);
    await s1.stop();
    writeFileSync(f, '127.0.0.1 localhost\n10.6.6.6 update.example.com\n');
    const s2 = sensor([{ path: f, watch: 'hosts' }]);
    const ctx2 = memoryContext(state);
    await s2.start(ctx2);
    await s2.stop();
    expect(changes(ctx1)).toHaveLength(0);
    expect(changes(ctx2)).toMatchObject([{ path: f, action: vigil.v1.FileAction.MODIFIED, watch: 'hosts' }]);
  });

  it('sees a watched file that appears late, in a folder that appears late', async () => {
    const f = join(dir, 'home', 'bob', '.ssh', 'authorized_keys');
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([{ path: f, watch: 'ssh_keys' }]);
    await s.start(ctx);
    mkdirSync(join(dir, 'home', 'bob', '.ssh'), { recursive: true });
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(f, 'ssh-ed25519 AAAA attacker\n');
    await until(() => changes(ctx).length > 0, 'authorized_keys creation');
    await s.stop();
    expect(changes(ctx)[0]).toMatchObject({ path: f, action: vigil.v1.FileAction.CREATED, watch: 'ssh_keys' });
  });

  it('reports what was written into a watched folder made after start, before its tree watch was ready', async () => {
    // root's ~/.ssh on a fresh host: the folder and authorized_keys are made in one breath.
    const ssh = join(dir, 'root', '.ssh');
    mkdirSync(join(dir, 'root'));
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([{ path: ssh, watch: 'ssh_keys' }]);
    await s.start(ctx);
    mkdirSync(ssh);
    writeFileSync(join(ssh, 'authorized_keys'), 'ssh-ed25519 AAAA intruder\n');
    await until(() => changes(ctx).some((c) => c.path === join(ssh, 'authorized_keys')), 'authorized_keys in the new folder');
    await s.stop();
    expect(changes(ctx).map((c) => [c.path, c.action])).toEqual([
      [ssh, vigil.v1.FileAction.CREATED],
      [join(ssh, 'authorized_keys'), vigil.v1.FileAction.CREATED],
    ]);
    expect(changes(ctx)[1]!.after!.sha256).toBe(sha('ssh-ed25519 AAAA intruder\n'));
  });

  it('follows a watched file whose folder is removed and made again', async () => {
    const ssh = join(dir, 'home', 'carol', '.ssh');
    const f = join(ssh, 'authorized_keys');
    mkdirSync(ssh, { recursive: true });
    writeFileSync(f, 'ssh-ed25519 AAAA carol\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([{ path: f, watch: 'ssh_keys' }]);
    await s.start(ctx);
    rmSync(ssh, { recursive: true });
    await until(() => changes(ctx).length === 1, 'deletion');
    mkdirSync(ssh);
    await sleep(100);
    writeFileSync(f, 'ssh-ed25519 AAAA mallory\n');
    await until(() => changes(ctx).length === 2, 'creation in the new folder');
    await s.stop();
    expect(changes(ctx).map((c) => [c.path, c.action])).toEqual([
      [f, vigil.v1.FileAction.DELETED],
      [f, vigil.v1.FileAction.CREATED],
    ]);
    expect(changes(ctx)[1]!.after!.sha256).toBe(sha('ssh-ed25519 AAAA mallory\n'));
  });

  it('finds users authorized_keys through passwd', () => {
    const p = join(dir, 'passwd');
    writeFileSync(p, 'root:x:0:0::/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\nnobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n');
    expect(authorizedKeysWatches(p).map((w) => w.path)).toEqual(['/home/alice/.ssh/authorized_keys', '/home/alice/.ssh/authorized_keys2']);
  });

  it('watches a path added at run time, starting from its current state', async () => {
    const f = join(dir, 'app.conf');
    writeFileSync(f, 'a=1\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([]);
    await s.start(ctx);
    expect((await s.addWatches([{ path: f, watch: 'custom' }])).map((w) => w.path)).toEqual([f]);
    expect(changes(ctx)).toHaveLength(0);
    writeFileSync(f, 'a=2\n');
    await until(() => changes(ctx).length > 0, 'change of the added path');
    await s.stop();
    expect(changes(ctx)[0]).toMatchObject({ path: f, action: vigil.v1.FileAction.MODIFIED, watch: 'custom' });
    expect(changes(ctx)[0]!.before!.sha256).toBe(sha('a=1\n'));
  });

  it('keeps watching a file replaced by rename again and again, also when a missing folder is watched through a shared ancestor', async () => {
    // The home of a watched authorized_keys does not exist, so its nearest folder is the one above etc/:
    // the watches overlapped and the file's own watch died with the first replaced inode.
    mkdirSync(join(dir, 'etc'));
    const f = join(dir, 'etc', 'passwd');
    writeFileSync(f, 'v0\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([
      { path: f, watch: 'passwd' },
      { path: join(dir, 'nohome', '.ssh', 'authorized_keys'), watch: 'ssh_keys' },
    ]);
    const dirty = recordDirty(s);
    await s.start(ctx);
    for (let i = 1; i <= 3; i++) {
      writeFileSync(`${f}+`, `v${i}\n`);
      renameSync(`${f}+`, f);
      await until(() => changes(ctx).length === i, `change ${i}`);
      await s.flush();
    }
    await s.stop();
    expect(changes(ctx).map((c) => [c.path, c.action, c.before!.sha256, c.after!.sha256])).toEqual(
      [1, 2, 3].map((i) => [f, vigil.v1.FileAction.MODIFIED, sha(`v${i - 1}\n`), sha(`v${i}\n`)]),
    );
    expect(dirty.filter((p) => p.startsWith(`${f}/`))).toEqual([]);
  });

  it('judges a file once its writer drops the <file>.lock, so a half-done rewrite is never the after state', async () => {
    const f = join(dir, 'shadow');
    writeFileSync(f, 'root:*:1::::::\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([{ path: f, watch: 'shadow' }]);
    await s.start(ctx);
    writeFileSync(`${f}.lock`, `${process.pid}`);
    writeFileSync(f, 'root:*:1::::::\n'.slice(0, 6));
    await sleep(300);
    await s.flush();
    expect(changes(ctx)).toHaveLength(0);
    writeFileSync(`${f}+`, 'root:*:1::::::\nmallory:*:2::::::\n');
    renameSync(`${f}+`, f);
    unlinkSync(`${f}.lock`);
    await until(() => changes(ctx).length > 0, 'change after the lock');
    await sleep(200);
    await s.stop();
    expect(changes(ctx)).toHaveLength(1);
    expect(changes(ctx)[0]).toMatchObject({ path: f, action: vigil.v1.FileAction.MODIFIED });
    expect(changes(ctx)[0]!.before!.sha256).toBe(sha('root:*:1::::::\n'));
    expect(changes(ctx)[0]!.after!.sha256).toBe(sha('root:*:1::::::\nmallory:*:2::::::\n'));
  });

  it.skipIf(!canUseradd)('a real useradd and userdel each yield one MODIFIED change of passwd, shadow, group and gshadow, with both hashes', async () => {
    const user = `vglf${process.pid}`;
    const files = ['/etc/group', '/etc/gshadow', '/etc/passwd', '/etc/shadow'];
    // The agent's default watches, users' authorized_keys included (their homes spread the watches over the tree).
    const s = new FimSensor({ settleMs: 50, verifyMs: 0 });
    const ctx = memoryContext(join(dir, 'state'));
    const dirty = recordDirty(s);
    await s.start(ctx);
    try {
      for (const [round, argv] of [
        ['useradd', ['-M', '-s', '/usr/sbin/nologin', user]],
        ['userdel', [user]],
        ['useradd', ['-M', '-s', '/usr/sbin/nologin', user]],
      ] as const) {
        const n0 = changes(ctx).length;
        const before = new Map(files.map((f) => [f, sha(readFileSync(f, 'utf8'))]));
        await accountCommand(round, [...argv]);
        const after = new Map(files.map((f) => [f, sha(readFileSync(f, 'utf8'))]));
        await until(
          () =>
            files.every((f) =>
              changes(ctx)
                .slice(n0)
                .some((c) => c.path === f),
            ),
          `${round} changes`,
        );
        await sleep(300);
        await s.flush();
        const got = changes(ctx)
          .slice(n0)
          .filter((c) => files.includes(c.path!));
        expect(got.map((c) => [c.path, c.action]).sort()).toEqual(files.map((f) => [f, vigil.v1.FileAction.MODIFIED]));
        for (const c of got) {
          expect(c.before!.sha256).toBe(before.get(c.path!));
          expect(c.after!.sha256).toBe(after.get(c.path!));
          expect(c.before!.sha256).not.toBe(c.after!.sha256);
        }
      }
    } finally {
      await run('userdel', [user]).catch(() => undefined);
      await s.stop();
    }
    expect(dirty.filter((p) => files.some((f) => p.startsWith(`${f}/`)))).toEqual([]);
  });
});
