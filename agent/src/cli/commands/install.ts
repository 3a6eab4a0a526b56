// `vigil-agent install`: installs this bundle as the host's agent service and enrolls it (what the
// collector's install.sh runs after it downloaded the bundle).
import { resolve } from 'node:path';
import { AgentError } from '../../errors.js';
import { install } from '../../install/install.js';
import { DEFAULT_ROOTS } from '../../install/layout.js';
import { ExecRunner } from '../../responders/runner.js';
import type { CliCommand } from '@vigil/cli';
import { configFor, enrollOptions, enrollTarget, parse } from '../options.js';

export const installCommand: CliCommand = {
  name: 'install',
  summary: 'install this agent as a systemd service, enroll it and start it (root)',
  help: [
    'Usage: vigil-agent install --collector URL --token TOKEN [--fingerprint SHA256] [--node PATH]',
    '                           [--dry-run | --no-dry-run] [--force] [--no-start] [--insecure]',
    '',
    'Checks Node.js (>= 20) and systemd, copies this bundle to /opt/vigil/vigil-agent.mjs (with',
    '/opt/vigil/bin/vigil-agent and a /usr/local/bin/vigil-agent symlink), writes /etc/vigil/agent.yaml,',
    'enrolls with the collector pinning its certificate, installs vigil-agent.service (restart on failure,',
    'started before network-pre.target so isolation is back before the network), starts it and waits until',
    'the agent is online. Running it again keeps the identity, the config and the spool.',
    '',
    'Options:',
    '  --collector URL       the collector, https://host:port (as the install script was served from)',
    '                        or the agent endpoint wss://host:port/agent',
    '  --token TOKEN         enrollment token (or VIGIL_ENROLL_TOKEN, which keeps it out of the process list)',
    '  --fingerprint SHA256  pin the collector certificate (as printed by "vigil-collector init --tls")',
    '  --node PATH           node binary the service runs (default: the one running this command)',
    '  --dry-run             responders only report what they would do (the default for a new config)',
    '  --no-dry-run          responders act (isolate, block, stop service, kill, quarantine)',
    "  --force               enroll again even if the state directory holds another collector's identity",
    '  --no-start            install and enable the unit, but do not start it',
    '  --insecure            allow a plain http:// or ws:// collector that is not on loopback (unencrypted)',
    '  --command-key B64     the collector command key (base64) the enrollment must see; install.sh passes',
    '                        the key it verified the bundle with',
    '  --bundle FILE         the bundle to install (default: the one running this command)',
    '',
    'Examples:',
    '  curl -fsSL https://edr.example.org:8443/install.sh | sudo sh -s -- --token vgt_3q...',
    '  sudo node vigil-agent.mjs install --collector https://edr.example.org:8443 --token vgt_3q... \\',
    '      --fingerprint 9d58ebc0c3d5d2633645cd294be4e16c260b7f28a358621448fe66841f989c84',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parse(argv, {
      ...enrollOptions,
      node: { type: 'string' },
      bundle: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'no-dry-run': { type: 'boolean' },
      force: { type: 'boolean', default: false },
      'no-start': { type: 'boolean', default: false },
      'command-key': { type: 'string' },
    });
    if (values['dry-run'] && values['no-dry-run']) throw new AgentError('VIGIL_ERR_AGENT_CONFIG', '--dry-run and --no-dry-run contradict each other');
    const { collector, token } = enrollTarget(values, io.env);
    const bundle = resolve(values.bundle ?? process.argv[1] ?? '');
    if (!bundle.endsWith('.mjs'))
      throw new AgentError('VIGIL_ERR_AGENT_CONFIG', `install runs from the single-file bundle (vigil-agent.mjs), not ${bundle}; pass --bundle FILE`);
    const config = configFor({}, io.env);
    const result = await install({
      collector,
      token,
      fingerprint: values.fingerprint,
      nodePath: values.node ?? process.execPath,
      bundleSource: bundle,
      roots: { ...DEFAULT_ROOTS, ...(values.state ? { stateDir: resolve(values.state) } : {}) },
      dryRun: values['no-dry-run'] ? false : values['dry-run'] ? true : undefined,
      allowInsecure: values.insecure,
      commandKey: values['command-key'],
      force: values.force,
      start: !values['no-start'],
      runner: new ExecRunner(),
      log: (line) => io.out(line),
      connectTimeoutMs: config.link.connectTimeoutMs,
      maxFrameBytes: config.link.maxFrameBytes,
      enrollRetry: { attempts: config.link.enrollAttempts, baseMs: config.link.backoffBaseMs, maxMs: config.link.backoffMaxMs },
      onlineTimeoutMs: 30_000,
    });
    if (!values['no-start'] && !result.online) return 1;
    io.out(`installed: vigil-agent ${result.agentId}; "vigil-agent status" shows its state`);
    return 0;
  },
};
