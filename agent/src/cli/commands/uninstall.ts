// `vigil-agent uninstall`: releases isolation and blocks, then removes the service, bundle, config and state.
import { createLogger } from '@vigil/logger';
import { uninstall } from '../../install/uninstall.js';
import { DEFAULT_ROOTS } from '../../install/layout.js';
import { ExecRunner } from '../../responders/runner.js';
import type { CliCommand } from '@vigil/cli';
import { commonHelp, configFor, parse } from '../options.js';

export const uninstallCommand: CliCommand = {
  name: 'uninstall',
  summary: 'release any isolation, then remove the service, bundle, config and state (root)',
  help: [
    'Usage: vigil-agent uninstall [--keep-state] [--config FILE]',
    '',
    "Stops and disables vigil-agent.service, removes Vigil's isolation and block rules from the firewall",
    '(so the host is never left cut off), then deletes the unit, /opt/vigil, /etc/vigil/agent.yaml, the',
    '/usr/local/bin/vigil-agent symlink and the state directory (identity, key, spool).',
    '',
    'Options:',
    '  --keep-state     keep the state directory: a later install against the same collector reuses the agent id',
    ...commonHelp,
    '',
    'Examples:',
    '  sudo vigil-agent uninstall',
    '  sudo vigil-agent uninstall --keep-state',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parse(argv, { 'keep-state': { type: 'boolean', default: false } });
    const config = configFor(values, io.env);
    const logger = createLogger({ name: 'agent', level: 'warn' });
    await uninstall({
      roots: { ...DEFAULT_ROOTS, prefix: config.install.prefix, stateDir: config.stateDir },
      config,
      runner: new ExecRunner(),
      logger,
      log: (line) => io.out(line),
      keepState: values['keep-state'],
    });
    io.out('uninstalled: Vigil agent removed');
    return 0;
  },
};
