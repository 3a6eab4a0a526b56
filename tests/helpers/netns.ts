// A small lab of network namespaces for the response and incident suites: every host gets its own netns
// with one interface (eth0) plugged into a bridge that lives in a further namespace, so nothing is ever
// created in, or routed through, the machine's own root namespace. Addresses: 10.77.0.N/24 and fd77::N/64.
//
//   const lab = await NetLab.create('iso', ['collector', 'agent', 'peer']);
//   await lab.exec('agent', ['nft', 'list', 'ruleset']);
//   lab.spawn('collector', ['node', 'server.js']);
//   await lab.destroy();   // in afterAll/finally: deletes every namespace it made
import { execFile, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs argv without a shell; never rejects on a non-zero exit. */
export function run(argv: readonly string[], input?: string, timeoutMs = 30_000): Promise<ExecResult> {
  return new Promise((resolve) => {
    const [file, ...args] = argv;
    const child = execFile(file as string, args, { timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
    child.stdin?.on('error', () => undefined); // a probe may exit before reading stdin
    child.stdin?.end(input ?? '');
  });
}

async function must(argv: readonly string[]): Promise<string> {
  const r = await run(argv);
  if (r.code !== 0) throw new Error(`${argv.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
}

export interface LabHost {
  name: string;
  ns: string;
  ipv4: string;
  ipv6: string;
}

export class NetLab {
  readonly hosts = new Map<string, LabHost>();
  private readonly children = new Set<ChildProcess>();

  private constructor(readonly bridgeNs: string) {}

  /** Creates the bridge namespace and one namespace per host name (unique per test process). */
  static async create(tag: string, names: readonly string[]): Promise<NetLab> {
    const base = `vg${tag}${process.pid}`;
    const lab = new NetLab(`${base}br`);
    try {
      await must(['ip', 'netns', 'add', lab.bridgeNs]);
      await must(['ip', '-n', lab.bridgeNs, 'link', 'add', 'br0', 'type', 'bridge']);
      await must(['ip', '-n', lab.bridgeNs, 'link', 'set', 'br0', 'up']);
      let n = 1;
      for (const name of names) {
        const idx = n++;
        const host: LabHost = { name, ns: `${base}${name}`, ipv4: `10.77.0.${idx}`, ipv6: `fd77::${idx}` };
        await must(['ip', 'netns', 'add', host.ns]);
        lab.hosts.set(name, host);
        const port = `p${idx}`;
        await must(['ip', '-n', lab.bridgeNs, 'link', 'add', port, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', host.ns]);
        await must(['ip', '-n', lab.bridgeNs, 'link', 'set', port, 'master', 'br0', 'up']);
        await must(['ip', '-n', host.ns, 'link', 'set', 'lo', 'up']);
        await must(['ip', '-n', host.ns, 'addr', 'add', `${host.ipv4}/24`, 'dev', 'eth0']);
        await must(['ip', '-n', host.ns, 'addr', 'add', `${host.ipv6}/64`, 'dev', 'eth0', 'nodad']);
        await must(['ip', '-n', host.ns, 'link', 'set', 'eth0', 'up']);
      }
    } catch (err) {
      await lab.destroy();
      throw err;
    }
    return lab;
  }

  host(name: string): LabHost {
    const h = this.hosts.get(name);
    if (!h) throw new Error(`no lab host ${name}`);
    return h;
  }

  /** Runs argv inside the host's namespace (`ip netns exec`). */
  exec(name: string, argv: readonly string[], input?: string, timeoutMs?: number): Promise<ExecResult> {
    return run(['ip', 'netns', 'exec', this.host(name).ns, ...argv], input, timeoutMs);
  }

  /** Starts a long-running process inside the host's namespace; destroy() kills it by pid. */
  spawn(name: string, argv: readonly string[], options: SpawnOptions = {}): ChildProcess {
    const child = spawn('ip', ['netns', 'exec', this.host(name).ns, ...argv], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  /** Takes a host's only interface down or up (e.g. to make the collector unreachable). */
  link(name: string, up: boolean): Promise<string> {
    return must(['ip', '-n', this.bridgeNs, 'link', 'set', `p${[...this.hosts.keys()].indexOf(name) + 1}`, up ? 'up' : 'down']);
  }

  /** Kills the processes it started and deletes every namespace it created. Safe to call twice. */
  async destroy(): Promise<void> {
    for (const c of this.children) {
      if (c.pid && c.exitCode === null) {
        try {
          process.kill(c.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    for (const h of this.hosts.values()) await run(['ip', 'netns', 'del', h.ns]);
    await run(['ip', 'netns', 'del', this.bridgeNs]);
    this.hosts.clear();
  }
}
