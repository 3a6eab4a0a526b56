// `vigil-agent run`: runs the agent in the foreground until SIGTERM/SIGINT (systemd runs exactly this).
import { resolve } from 'node:path';
import { createLogger } from '@vigil/logger';
import { AgentError } from '../../errors.js';
import { agentFeatures } from '../../features.js';
import { buildHostSensors } from '../../sensors/host.js';
import { CollectPolicy, agentOwnFiles } from '../../forensics/collect-policy.js';
import { VERSION } from '../../version.js';
import { AgentRuntime } from '../../runtime.js';
import { loadIdentity, statePaths } from '../../state/identity.js';
import { SyntheticSensor } from '../../synthetic/sensor.js';
import type { CliCommand } from '@vigil/cli';
import { commonHelp, configFileFor, configFor, parse } from '../options.js';

export const runCommand: CliCommand = {
  name: 'run',
  summary: 'run the agent: sensors, spool and the link to the collector',
  help: [
    'Usage: vigil-agent run [--config FILE] [--state DIR] [--dry-run | --no-dry-run]',
    '                       [--synthetic-rate N [--synthetic-count M]] [--no-sensors]',
    '',
    'Runs in the foreground. Every event is written to the on-disk spool before it is sent, and',
    'resent after reconnects until the collector acks it.',
    '',
    'Options:',
    '  --dry-run            host-altering responses (isolate, block, stop service, kill, quarantine)',
    '                       are reported, never applied. This is the default.',
    '  --no-dry-run         apply host-altering responses for real (also: dryRun: false in the config)',
    '  --synthetic-rate N   load/test generator: N synthetic log events per second through the real',
    '                       spool and link (not a sensor of the host)',
    '  --synthetic-count M  stop the generator after M events',
    '  --no-sensors         start no host sensors (with --synthetic-rate: a pure delivery test)',
    '  --insecure           allow plain ws:// to a collector beyond loopback (also: link.allowInsecure)',
    ...commonHelp,
    '',
    'Examples:',
    '  vigil-agent run',
    '  vigil-agent run --state ./data/agent --dry-run',
    '  vigil-agent run --state /tmp/a --no-sensors --synthetic-rate 5000 --synthetic-count 100000',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parse(argv, {
      'dry-run': { type: 'boolean' },
      'no-dry-run': { type: 'boolean' },
      'synthetic-rate': { type: 'string' },
      'synthetic-count': { type: 'string' },
      'no-sensors': { type: 'boolean', default: false },
      insecure: { type: 'boolean', default: false },
    });
    if (values['dry-run'] && values['no-dry-run']) throw new AgentError('VIGIL_ERR_AGENT_CONFIG', '--dry-run and --no-dry-run contradict each other');
    const overrides: Record<string, unknown> = {};
    if (values['dry-run']) overrides.dryRun = true;
    if (values['no-dry-run']) overrides.dryRun = false;
    if (values.insecure) overrides.link = { allowInsecure: true };
    const synthetic: Record<string, unknown> = {};
    if (values['synthetic-rate'] !== undefined) synthetic.ratePerSecond = Number(values['synthetic-rate']);
    if (values['synthetic-count'] !== undefined) synthetic.count = Number(values['synthetic-count']);
    if (Object.keys(synthetic).length) overrides.synthetic = synthetic;
    const config = configFor(values, io.env, overrides);
    const logger = createLogger({ name: 'agent', level: config.logLevel });
    const identity = loadIdentity(statePaths(config.stateDir));
    const configFile = configFileFor(values);
    const ctx = { config, logger, ...(configFile ? { configFile: resolve(configFile) } : {}) };
    // Built once: the sensors started here and the hooks of the features (inventory on connect) are the same objects.
    // Pushed log paths are judged like collected files: their lines leave the host too.
    const collectPolicy = new CollectPolicy(config.forensics.collect, agentOwnFiles(config.stateDir, ctx.configFile));
    const host = buildHostSensors(config.sensors, VERSION, logger, (path) => collectPolicy.pushedLogProblem(path));
    const sensors = values['no-sensors'] ? [] : [...host.sensors];
    if (config.synthetic.ratePerSecond > 0) sensors.push(new SyntheticSensor(config.synthetic));
    const runtime = new AgentRuntime({ config, identity, logger, sensors, features: agentFeatures(ctx, host) });
    await runtime.start();
    logger.info({ agentId: identity.agentId, collector: identity.collectorUrl, dryRun: runtime.dryRun, sensors: sensors.map((s) => s.name) }, 'agent running');
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        logger.info({ signal }, 'stopping');
        runtime.stop().then(resolve, (err: unknown) => {
          logger.error({ err }, 'stop failed');
          resolve();
        });
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    return 0;
  },
};
