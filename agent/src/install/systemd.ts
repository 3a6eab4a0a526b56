// The few systemctl calls install, uninstall and upgrade make: argv arrays through the responders' runner
// (never a shell), each failure reported with systemctl's own words.
import { existsSync } from 'node:fs';
import { AgentError } from '../errors.js';
import type { CommandRunner } from '../responders/runner.js';

export class Systemctl {
  constructor(private readonly runner: CommandRunner) {}

  /** systemd is PID 1 (the check systemd's own sd_booted() makes). */
  static booted(): boolean {
    return existsSync('/run/systemd/system');
  }

  async run(args: string[]): Promise<string> {
    const r = await this.runner.run('systemctl', args, { timeoutMs: 60_000 });
    if (r.code !== 0)
      throw new AgentError('VIGIL_ERR_INSTALL_SYSTEMD', `systemctl ${args.join(' ')} exited ${r.code}: ${(r.stderr || r.stdout).trim().slice(0, 2000)}`);
    return r.stdout;
  }

  /** `systemctl is-active` prints the state and exits non-zero when not active; both are answers here. */
  async activeState(unit: string): Promise<string> {
    const r = await this.runner.run('systemctl', ['is-active', '--', unit], { timeoutMs: 30_000 });
    return r.stdout.trim() || 'unknown';
  }

  async unitKnown(unit: string): Promise<boolean> {
    const r = await this.runner.run('systemctl', ['show', '--property=LoadState', '--value', '--', unit], { timeoutMs: 30_000 });
    const state = r.stdout.trim();
    return r.code === 0 && state !== '' && state !== 'not-found';
  }
}
