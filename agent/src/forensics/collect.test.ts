import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigil } from '@vigil/proto';
import { checkCollectPath } from './collect-path.js';
import { sendBuffer, sendFile } from './chunks.js';
import { forensicActions } from './actions.js';
import { forensicsOptions } from './options.js';
import { CollectPolicy } from './collect-policy.js';

let dir: string;
let sock: Server;
let policy: CollectPolicy;
const noGrant = { credentialAccess: false, reason: '' };
/** The default policy, with the test's temp folder (wherever TMPDIR points) as one more allowed root. */
const optionsWithTmp = (extra: Record<string, unknown> = {}) => {
  const defaults = forensicsOptions.parse({});
  return forensicsOptions.parse({ ...extra, collect: { allowedRoots: [...defaults.collect.allowedRoots, realpathSync(tmpdir())] } });
};

beforeAll(async () => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'vigil-collect-')));
  policy = new CollectPolicy(optionsWithTmp().collect, { dirs: [], files: [] });
  writeFileSync(join(dir, 'evidence.bin'), Buffer.alloc(10_000, 7));
  writeFileSync(join(dir, 'big.bin'), Buffer.alloc(2048, 1));
  symlinkSync(join(dir, 'evidence.bin'), join(dir, 'link'));
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  sock = createServer();
  await new Promise<void>((r) => sock.listen(join(dir, 'sock'), () => r()));
});
afterAll(() => {
  sock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('which paths may be collected', () => {
  it('refuses relative paths, devices, FIFOs, sockets, /proc and /sys, directories, missing and oversized files', () => {
    const reason = (p: string, cap = 1 << 20) => {
      const c = checkCollectPath(p, cap, policy, noGrant);
      return c.ok ? 'ok' : c.reason;
    };
    expect(reason('etc/passwd')).toMatch(/relative/);
    expect(reason('/dev/null')).toMatch(/outside the allowed roots/);
    expect(reason(join(dir, 'fifo'))).toMatch(/FIFO/);
    expect(reason(join(dir, 'sock'))).toMatch(/socket/);
    expect(reason('/proc/self/status')).toMatch(/pseudo-file under \/proc/);
    expect(reason('/sys/kernel/mm/transparent_hugepage/enabled')).toMatch(/pseudo-file/);
    expect(reason(dir)).toMatch(/directory/);
    expect(reason(join(dir, 'nope'))).toMatch(/does not exist/);
    expect(reason(join(dir, 'big.bin'), 1000)).toMatch(/2048 bytes, over the cap of 1000/);
  });

  it('resolves a symlink to its target and records both', () => {
    const c = checkCollectPath(join(dir, 'link'), 1 << 20, policy, noGrant);
    expect(c).toMatchObject({ ok: true, requested: join(dir, 'link'), resolved: join(dir, 'evidence.bin') });
  });

  it('refuses a symlink into /proc', () => {
    symlinkSync('/proc/self/environ', join(dir, 'proclink'));
    expect(checkCollectPath(join(dir, 'proclink'), 1 << 20, policy, noGrant)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/resolves to .*\/proc/),
    });
  });
});

describe('chunked transfer', () => {
  it('sends a file in ordered chunks whose bytes and hash match the original', async () => {
    const sent: vigil.v1.IFileChunk[] = [];
    const c = checkCollectPath(join(dir, 'evidence.bin'), 1 << 20, policy, noGrant);
    if (!c.ok) throw new Error(c.reason);
    const r = await sendFile('cmd-1', c.resolved, c.stat, 1 << 20, 4096, (m) => (sent.push(m.fileChunk!), true));
    const body = Buffer.concat(sent.map((s) => Buffer.from(s.data!)));
    expect(body).toEqual(Buffer.alloc(10_000, 7));
    expect(sent.map((s) => Number(s.offset))).toEqual([0, 4096, 8192]);
    expect(sent.at(-1)).toMatchObject({ last: true, size: 10_000, sha256: createHash('sha256').update(body).digest('hex') });
    expect(r).toMatchObject({ size: 10_000, chunks: 3 });
  });

  it('fails when the link is down, and sends an empty buffer as one last chunk', async () => {
    await expect(sendBuffer('c', Buffer.alloc(10), 4, () => false)).rejects.toMatchObject({ code: 'VIGIL_ERR_FORENSICS_LINK' });
    const sent: vigil.v1.IFileChunk[] = [];
    await sendBuffer('c', Buffer.alloc(0), 4, (m) => (sent.push(m.fileChunk!), true));
    expect(sent).toEqual([expect.objectContaining({ offset: 0, last: true, size: 0, sha256: createHash('sha256').digest('hex') })]);
  });

  it('collect_file validation refuses with the reason, and a symlink run names its target', async () => {
    const sent: vigil.v1.IFileChunk[] = [];
    const actions = forensicActions({
      options: optionsWithTmp({ chunkBytes: 4096 }),
      send: (m) => (sent.push(m.fileChunk!), true),
      inventory: async () => undefined,
      own: { dirs: [], files: [] },
    });
    const collect = actions.collectFile as unknown as {
      validate(c: vigil.v1.Command): { ok: boolean; reason?: string; value?: unknown };
      run(p: unknown, ctx: unknown): Promise<Record<string, unknown>>;
    };
    const cmd = (path: string, maxBytes = 0) => vigil.v1.Command.create({ collectFile: { path, maxBytes } });
    expect(collect.validate(cmd('relative/x'))).toMatchObject({ ok: false, reason: expect.stringContaining('relative') });
    expect(collect.validate(cmd(join(dir, 'big.bin'), 100))).toMatchObject({ ok: false, reason: expect.stringContaining('over the cap of 100') });
    const v = collect.validate(cmd(join(dir, 'link')));
    expect(await collect.run(v.value, { commandId: 'c2', dryRun: true })).toMatchObject({ dryRun: true, resolvedPath: join(dir, 'evidence.bin') });
    expect(sent).toHaveLength(0);
    const out = await collect.run(v.value, { commandId: 'c2', dryRun: false });
    expect(out).toMatchObject({ requestedPath: join(dir, 'link'), resolvedPath: join(dir, 'evidence.bin'), symlinkResolved: true, size: 10_000 });
  });
});
