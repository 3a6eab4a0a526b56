// How responders run host binaries (nft, iptables, systemctl): argv arrays only, never a shell, with an
// optional prefix so tests (or a containerised agent) can target another namespace, e.g.
// ["nsenter", "-t", PID, "-p", "-m", "-n"]. Every run is recorded for dry-run reports and results.
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Bytes written to stdin (e.g. an nft script for `nft -f -`). */
  input?: string;
  timeoutMs?: number;
}

export interface CommandRunner {
  /** Runs file with args (no shell). Resolves with the exit code; rejects only if it cannot start. */
  run(file: string, args: readonly string[], options?: RunOptions): Promise<RunResult>;
  /** The argv that `run(file, args)` would execute, prefix included, for reports. */
  argv(file: string, args: readonly string[]): string[];
  /** True when the binary runs (`file --version` exits 0). */
  has(file: string): Promise<boolean>;
}

export interface ExecRunnerOptions {
  /** argv prepended to every command, e.g. nsenter into a test's namespaces. */
  prefix?: readonly string[];
  /** PATH used to find binaries; defaults to the usual sbin/bin set so a minimal service env still works. */
  path?: string;
  defaultTimeoutMs?: number;
  /** Cap on captured stdout/stderr each. */
  maxOutputBytes?: number;
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export class ExecRunner implements CommandRunner {
  private readonly prefix: readonly string[];
  private readonly path: string;
  private readonly timeoutMs: number;
  private readonly maxOutput: number;

  constructor(options: ExecRunnerOptions = {}) {
    this.prefix = options.prefix ?? [];
    this.path = options.path ?? DEFAULT_PATH;
    this.timeoutMs = options.defaultTimeoutMs ?? 30_000;
    this.maxOutput = options.maxOutputBytes ?? 1 << 20;
  }

  argv(file: string, args: readonly string[]): string[] {
    return [...this.prefix, file, ...args];
  }

  async has(file: string): Promise<boolean> {
    // Asking the binary for its version needs no shell and works through any prefix (nsenter).
    const r = await this.run(file, ['--version'], { timeoutMs: 10_000 }).catch(() => undefined);
    return r !== undefined && r.code === 0;
  }

  run(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const [bin, ...rest] = this.argv(file, args);
    return new Promise((resolve, reject) => {
      const child = spawn(bin as string, rest, {
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { PATH: this.path, LC_ALL: 'C', SYSTEMD_PAGER: '', SYSTEMD_COLORS: '0' },
        timeout: options.timeoutMs ?? this.timeoutMs,
        killSignal: 'SIGKILL',
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let outBytes = 0;
      let errBytes = 0;
      child.stdout.on('data', (b: Buffer) => {
        if (outBytes < this.maxOutput) out.push(b);
        outBytes += b.length;
      });
      child.stderr.on('data', (b: Buffer) => {
        if (errBytes < this.maxOutput) err.push(b);
        errBytes += b.length;
      });
      child.on('error', reject);
      child.on('close', (code, signal) => {
        resolve({
          code: code ?? (signal ? 128 : 1),
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8') + (signal ? `\nkilled by ${signal}` : ''),
        });
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input ?? '');
    });
  }
}
