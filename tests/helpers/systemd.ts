// Boots a real systemd as PID 1 of fresh PID+mount+net namespaces, with ONLY the test's units visible
// (SYSTEMD_UNIT_PATH), tmpfs on /run and /etc/systemd/system (so enable/mask never touch the machine's
// /etc), and no default units (so nothing like tmpfiles or getty runs). Reach it with `nsenter -t PID -p -m -n`.
//
//   const sd = await SystemdLab.boot({ 'web.service': '[Service]\nExecStart=/bin/sleep infinity\n' }, ['web.service']);
//   await sd.systemctl(['is-active', 'web.service']);
//   await sd.destroy();   // SIGKILL to that init: the kernel ends every process in its namespace
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type ExecResult } from './netns.js';

const SYSTEMD = ['/usr/lib/systemd/systemd', '/lib/systemd/systemd'];

// Targets systemd pulls in by default dependencies; empty stand-ins keep test units loadable.
const STUB_TARGETS = [
  'sysinit.target',
  'basic.target',
  'shutdown.target',
  'local-fs.target',
  'sockets.target',
  'timers.target',
  'paths.target',
  'slices.target',
];

/** Host folders the lab sees writable through an overlay (writes land in `upper`, never in `lower`). */
export interface SystemdHost {
  overlays?: Array<{ lower: string; upper: string; work: string }>;
  /** A test folder mounted as /etc/systemd/system (default: a fresh tmpfs per boot). */
  systemUnitDir?: string;
  /**
   * Host folders shown at `target` inside the lab (bind mounts made after the overlays). `target` is created,
   * so its parent must be writable in the lab: put it under an overlaid folder (e.g. /opt). A unit sees the
   * folder there whatever its sandbox hides (PrivateTmp=, ProtectHome=), so a checkout under /tmp, /root or
   * a path with spaces runs as if installed.
   */
  binds?: Array<{ source: string; target: string }>;
}

export class SystemdLab {
  private constructor(
    readonly pid: number,
    private readonly launcher: ChildProcess,
    readonly unitDir: string,
  ) {}

  /**
   * Boots with the given unit files; `wanted` start at boot via vigil-test.target. `host` gives the lab its
   * own writable copy of host folders (an overlay whose upper layer the test owns, so nothing reaches the
   * machine's /etc, /opt, ...) and a test-owned /etc/systemd/system that outlives a reboot of the lab.
   */
  static async boot(units: Record<string, string>, wanted: readonly string[] = [], host?: SystemdHost): Promise<SystemdLab> {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-systemd-'));
    for (const t of STUB_TARGETS) writeFileSync(join(dir, t), `[Unit]\nDescription=${t} (test stand-in)\n`);
    writeFileSync(join(dir, 'vigil-test.target'), `[Unit]\nDescription=Vigil test boot target\nWants=${wanted.join(' ')}\nAfter=${wanted.join(' ')}\n`);
    for (const [name, text] of Object.entries(units)) writeFileSync(join(dir, name), text);
    const systemd = SYSTEMD.find((p) => {
      try {
        readFileSync(p, { flag: 'r' }).subarray(0, 1);
        return true;
      } catch {
        return false;
      }
    });
    if (!systemd) throw new Error('systemd binary not found');
    // The inner sh runs only fixed text; paths arrive as arguments: the overlay count, overlays (lower upper
    // work triples), bind mounts (source target pairs), then the tmpfs layers (or the test's own
    // /etc/systemd/system), then exec systemd.
    const overlays = (host?.overlays ?? []).flatMap((o) => {
      mkdirSync(o.upper, { recursive: true });
      mkdirSync(o.work, { recursive: true });
      return [o.lower, o.upper, o.work];
    });
    const binds = (host?.binds ?? []).flatMap((b) => {
      if (!b.target.startsWith('/')) throw new Error(`bind target must be absolute: ${b.target}`);
      return [b.source, b.target];
    });
    const launcher = spawn(
      'unshare',
      [
        '--pid',
        '--fork',
        '--kill-child',
        '--mount',
        '--mount-proc',
        '--net',
        '--propagation',
        'private',
        '--',
        'sh',
        '-c',
        'sd=$1; units=$2; n=$3; shift 3; while [ "$n" -gt 0 ]; do mount -t overlay overlay -o "lowerdir=$1,upperdir=$2,workdir=$3" "$1" || exit 1; shift 3; n=$((n - 1)); done; ' +
          'while [ $# -ge 2 ]; do mkdir -p "$2" && mount --bind "$1" "$2" || exit 1; shift 2; done; ' +
          'mount -t tmpfs tmpfs /run && if [ -n "$units" ]; then mount --bind "$units" /etc/systemd/system; else mount -t tmpfs tmpfs /etc/systemd/system; fi && exec "$sd" --system --unit=vigil-test.target',
        'sh',
        systemd,
        host?.systemUnitDir ?? '',
        String(overlays.length / 3),
        ...overlays,
        ...binds,
      ],
      { env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', SYSTEMD_UNIT_PATH: `/etc/systemd/system:${dir}` }, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    );
    let stderr = '';
    launcher.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    const end = Date.now() + 30_000;
    let pid = 0;
    while (Date.now() < end && !pid) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        const kids = readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, 'utf8').trim();
        const first = Number(kids.split(' ')[0]);
        if (first && readFileSync(`/proc/${first}/cmdline`, 'utf8').includes('systemd')) pid = first;
      } catch {
        /* not yet */
      }
    }
    if (!pid) {
      launcher.kill('SIGKILL');
      throw new Error(`systemd did not start: ${stderr}`);
    }
    const lab = new SystemdLab(pid, launcher, dir);
    for (;;) {
      const state = (await lab.systemctl(['is-system-running'])).stdout.trim();
      if (state === 'running' || state === 'degraded') break;
      if (Date.now() > end) {
        await lab.destroy();
        throw new Error(`systemd not ready: ${state} ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return lab;
  }

  /** argv prefix that runs a command inside this init's PID, mount and network namespaces. */
  get prefix(): string[] {
    return ['nsenter', '-t', String(this.pid), '-p', '-m', '-n'];
  }

  systemctl(args: readonly string[]): Promise<ExecResult> {
    return run([...this.prefix, 'systemctl', ...args]);
  }

  /** SIGKILL to the namespace's init ends every process in it; then the unit dir goes. */
  async destroy(): Promise<void> {
    try {
      process.kill(this.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    if (this.launcher.exitCode === null) await new Promise((r) => this.launcher.once('exit', r));
    rmSync(this.unitDir, { recursive: true, force: true });
  }
}
