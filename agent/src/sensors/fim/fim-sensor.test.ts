import { describe, it, expect, beforeEach, afterEach } from 'vitest';
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
    const got = changes(ctx).map((c) => [c.path!.slice(d.length + 1), c.action, c.renamedFrom ? c.renamedFrom.slice(d.length + 1) : '']).sort();
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
});
