// Stop/start a systemd unit through systemctl argv (never a shell). The unit name is validated by the
// command layer; here `--` still separates it from options. Results carry the state before and after.
import { AgentError } from '../errors.js';
import type { CommandRunner } from './runner.js';

export interface UnitState {
  loadState: string;
  activeState: string;
  unitFileState: string;
}

export interface ServiceOutcome {
  unit: string;
  dryRun: boolean;
  argv: string[][];
  before: UnitState;
  after?: UnitState;
}

export class ServiceResponder {
  constructor(private readonly runner: CommandRunner) {}

  async state(unit: string): Promise<UnitState> {
    const r = await this.runner.run('systemctl', ['show', '--property=LoadState,ActiveState,UnitFileState', '--', unit]);
    if (r.code !== 0) throw new AgentError('VIGIL_ERR_RESPONSE_FAILED', `systemctl show ${unit} exited ${r.code}: ${r.stderr.trim()}`);
    const kv = new Map(r.stdout.split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const));
    return { loadState: kv.get('LoadState') ?? '', activeState: kv.get('ActiveState') ?? '', unitFileState: kv.get('UnitFileState') ?? '' };
  }

  stop(unit: string, opts: { disable: boolean; mask: boolean; dryRun: boolean }): Promise<ServiceOutcome> {
    const steps = [['stop', '--', unit]];
    if (opts.disable) steps.push(['disable', '--', unit]);
    if (opts.mask) steps.push(['mask', '--', unit]);
    return this.apply(unit, steps, opts.dryRun, true);
  }

  start(unit: string, opts: { unmask: boolean; enable: boolean; dryRun: boolean }): Promise<ServiceOutcome> {
    const steps: string[][] = [];
    if (opts.unmask) steps.push(['unmask', '--', unit]);
    if (opts.enable) steps.push(['enable', '--', unit]);
    steps.push(['start', '--', unit]);
    return this.apply(unit, steps, opts.dryRun, false);
  }

  private async apply(unit: string, steps: string[][], dryRun: boolean, stopping: boolean): Promise<ServiceOutcome> {
    const before = await this.state(unit);
    if (before.loadState === 'not-found' && !(stopping === false && before.unitFileState === 'masked')) {
      throw new AgentError('VIGIL_ERR_RESPONSE_NOT_FOUND', `unit ${unit} is not known to systemd`);
    }
    const argv = steps.map((s) => ['systemctl', ...s]);
    if (dryRun) return { unit, dryRun, argv, before };
    for (const s of steps) {
      const r = await this.runner.run('systemctl', s);
      if (r.code !== 0) {
        throw new AgentError('VIGIL_ERR_RESPONSE_FAILED', `systemctl ${s.join(' ')} exited ${r.code}: ${r.stderr.trim().slice(0, 2000)}`);
      }
    }
    return { unit, dryRun, argv, before, after: await this.state(unit) };
  }
}
