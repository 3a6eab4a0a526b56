// The shipped vigil-collector.service under a real systemd (see systemd.ts), run against a checkout that may
// live anywhere: the checkout is bind-mounted at /opt/vigil-collector, where the unit expects an install, in
// the lab's own /opt (an overlay the test owns). The unit is used as shipped, except for the node path, so
// its PrivateTmp=/ProtectHome= cannot hide a checkout under /tmp or a home folder, and a path with spaces
// never reaches an ExecStart= line.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SystemdLab } from './systemd.js';
import { run, type ExecResult } from './netns.js';

export const COLLECTOR_UNIT = 'vigil-collector.service';
/** Where the unit expects the built repository, inside the lab. */
export const INSTALLED_ROOT = '/opt/vigil-collector';
/** The collector CLI as the lab (and the unit's user) sees it. */
export const INSTALLED_COLLECTOR_BIN = `${INSTALLED_ROOT}/collector/dist/cli/main.js`;

export interface CollectorUnitLab {
  lab: SystemdLab;
  /** Runs argv in the lab's PID, mount and network namespaces. */
  inLab: (argv: string[]) => Promise<ExecResult>;
  /** One HTTPS request to the unit's listener on the lab's loopback (port 8443). */
  https: (path: string) => Promise<{ status: number; body: unknown }>;
  /** The collector's data folder as the host sees it (the /var/lib overlay's upper layer). */
  dataDir: string;
}

/**
 * Boots a lab with /etc, /var/lib and /opt overlaid under `ws`, the unit from `checkout` (plus a drop-in with
 * `env`), the vigil system user, and loopback up. The unit is not started.
 */
export async function bootCollectorUnit(checkout: string, ws: string, env: Record<string, string>): Promise<CollectorUnitLab> {
  const overlay = (name: string, lower: string) => ({ lower, upper: join(ws, 'ovl', name, 'upper'), work: join(ws, 'ovl', name, 'work') });
  const overlays = [overlay('etc', '/etc'), overlay('var-lib', '/var/lib'), overlay('opt', '/opt')];
  const systemUnitDir = join(ws, 'system');
  mkdirSync(join(systemUnitDir, `${COLLECTOR_UNIT}.d`), { recursive: true });
  const unit = readFileSync(join(checkout, 'collector/deploy', COLLECTOR_UNIT), 'utf8').replaceAll('/usr/bin/node', process.execPath);
  writeFileSync(join(systemUnitDir, COLLECTOR_UNIT), unit);
  const envLine = Object.entries(env)
    .map(([k, v]) => {
      if (!/^[A-Z0-9_]+$/.test(k) || !/^[\w.:/-]*$/.test(v)) throw new Error(`drop-in environment needs plain names and values: ${k}`);
      return `${k}=${v}`;
    })
    .join(' ');
  writeFileSync(join(systemUnitDir, `${COLLECTOR_UNIT}.d`, 'test.conf'), `[Service]\nEnvironment=${envLine}\n`);
  const lab = await SystemdLab.boot({}, [], { overlays, systemUnitDir, binds: [{ source: checkout, target: INSTALLED_ROOT }] });
  const inLab = (argv: string[]) => run([...lab.prefix, ...argv]);
  const https = async (path: string) => {
    // Only the network namespace is entered: this node sees the host's file system, hence the host path.
    const r = await run([
      'nsenter',
      '-t',
      String(lab.pid),
      '-n',
      process.execPath,
      join(checkout, 'tests/helpers/lab-http.mjs'),
      JSON.stringify({ url: `https://127.0.0.1:8443${path}` }),
    ]);
    return JSON.parse(r.stdout || '{"status":0}') as { status: number; body: unknown };
  };
  try {
    const user = await inLab(['useradd', '--system', '--home-dir', '/var/lib/vigil', '--shell', '/usr/sbin/nologin', 'vigil']);
    if (user.code !== 0) throw new Error(`useradd failed: ${user.stderr}`);
    await inLab(['ip', 'link', 'set', 'lo', 'up']);
  } catch (err) {
    await lab.destroy();
    throw err;
  }
  return { lab, inLab, https, dataDir: join(ws, 'ovl', 'var-lib', 'upper', 'vigil') };
}
