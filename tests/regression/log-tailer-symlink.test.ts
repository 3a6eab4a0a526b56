// Issue 13, item 9: the log tailer followed symlinks. A symlink to /etc/shadow placed at a tailed path in a
// user-owned folder got the file shipped to the collector, where a viewer could read it. The agent's real
// log sensor (built) on real files: a tailed path that is a symlink, or that sits in a folder someone other
// than root or the log daemon can write, or that such a user can write, is not read, and the refusal is a
// health line (VIGIL_ERR_SENSOR_UNTRUSTED); a root-owned log in a root-owned folder is still read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogSensor } from '../../agent/dist/sensors/logs/log-sensor.js';
import { memoryContext } from '../../agent/dist/sensors/common/test-context.js';

const NOBODY = 65534;
const SHADOW_FIRST_LINE = readFileSync('/etc/shadow', 'utf8').split('\n')[0]!;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), `vigil-tailtrust-${process.pid}-`));
  chmodSync(dir, 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function tail(path: string, between?: () => void) {
  const ctx = memoryContext(join(dir, 'state'));
  const s = new LogSensor({ files: [path], journal: 'never', rescanMs: 60_000, startAt: 'beginning' });
  await s.start(ctx);
  if (between) {
    between();
    s.checkAll();
  }
  await s.stop();
  const raws = ctx.sink.events.map((e: any) => e.log?.raw as string);
  // every pass reports again (the runtime keeps one line per source); the distinct reasons
  const untrusted = [...new Set(ctx.problems.filter((p: any) => p.code === 'VIGIL_ERR_SENSOR_UNTRUSTED').map((p: any) => p.message as string))];
  return { raws, untrusted };
}

describe('the log tailer never follows links and reads only logs others cannot write', () => {
  it('a symlink to /etc/shadow at a tailed path is not read, and says why', async () => {
    const logs = join(dir, 'logs');
    mkdirSync(logs, { mode: 0o755 });
    symlinkSync('/etc/shadow', join(logs, 'auth.log'));
    const r = await tail(join(logs, 'auth.log'));
    expect(r.raws).toEqual([]);
    expect(r.raws.join('\n')).not.toContain(SHADOW_FIRST_LINE);
    expect(r.untrusted).toEqual([expect.stringContaining('is a symlink; tailed logs are opened without following links')]);
  });

  it('the attack as reported: a symlink in a user-owned folder', async () => {
    const home = join(dir, 'home-user');
    mkdirSync(home, { mode: 0o755 });
    chownSync(home, NOBODY, NOBODY);
    symlinkSync('/etc/shadow', join(home, 'app.log'));
    const r = await tail(join(home, 'app.log'));
    expect(r.raws).toEqual([]);
    expect(r.untrusted).toEqual([expect.stringMatching(/is a symlink|owned by uid 65534/)]);
  });

  it('refuses a regular log in a user-owned, world-writable or symlinked-to-user folder, and a log others can write', async () => {
    const cases: Array<[string, () => string, RegExp]> = [
      [
        'user-owned folder',
        () => {
          const d = join(dir, 'u');
          mkdirSync(d, { mode: 0o755 });
          writeFileSync(join(d, 'a.log'), 'line\n');
          chownSync(d, NOBODY, NOBODY);
          return join(d, 'a.log');
        },
        /owned by uid 65534/,
      ],
      [
        'world-writable folder without the sticky bit',
        () => {
          const d = join(dir, 'w');
          mkdirSync(d);
          chmodSync(d, 0o777);
          writeFileSync(join(d, 'a.log'), 'line\n');
          return join(d, 'a.log');
        },
        /writable by everyone/,
      ],
      [
        'folder reached through a symlink into a user-owned folder',
        () => {
          const d = join(dir, 'target');
          mkdirSync(d, { mode: 0o755 });
          writeFileSync(join(d, 'a.log'), 'line\n');
          chownSync(d, NOBODY, NOBODY);
          symlinkSync(d, join(dir, 'via'));
          return join(dir, 'via', 'a.log');
        },
        /owned by uid 65534/,
      ],
      [
        'file owned by a user',
        () => {
          writeFileSync(join(dir, 'o.log'), 'line\n');
          chownSync(join(dir, 'o.log'), NOBODY, NOBODY);
          return join(dir, 'o.log');
        },
        /o\.log is owned by uid 65534/,
      ],
      [
        'file writable by an untrusted group',
        () => {
          writeFileSync(join(dir, 'g.log'), 'line\n');
          chownSync(join(dir, 'g.log'), 0, NOBODY);
          chmodSync(join(dir, 'g.log'), 0o664);
          return join(dir, 'g.log');
        },
        /writable by group 65534/,
      ],
    ];
    for (const [what, make, why] of cases) {
      const r = await tail(make());
      expect(r.raws, what).toEqual([]);
      expect(r.untrusted, what).toEqual([expect.stringMatching(why)]);
    }
  });

  it('a root-owned log in a root-owned folder is read; replaced by a symlink, the link is not followed', async () => {
    const p = join(dir, 'auth.log');
    writeFileSync(p, 'first\n', { mode: 0o640 });
    const r = await tail(p, () => {
      appendFileSync(p, 'second\n');
      renameSync(p, `${p}.1`);
      symlinkSync('/etc/shadow', p);
    });
    expect(r.raws).toEqual(['first', 'second']);
    expect(r.untrusted).toEqual([expect.stringContaining('is a symlink')]);
  });
});
