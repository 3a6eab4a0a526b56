// `vigil-agent enroll`: first contact with a collector; stores the identity in the state directory.
import { AgentError } from '../../errors.js';
import { enroll } from '../../link/enroll.js';
import { basicInventory } from '../../state/host.js';
import { isEnrolled, normalizeFingerprint, statePaths } from '../../state/identity.js';
import type { CliCommand } from '@vigil/cli';
import { commonHelp, configFor, enrollOptions, enrollTarget, parse } from '../options.js';

export const enrollCommand: CliCommand = {
  name: 'enroll',
  summary: 'enroll this host with a collector (new key pair, token, pinned collector keys)',
  help: [
    'Usage: vigil-agent enroll --collector URL --token TOKEN [--fingerprint SHA256] [--insecure] [--state DIR] [--force]',
    '',
    'Generates an Ed25519 key pair, proves possession of it to the collector together with the',
    "enrollment token and this host's inventory, and stores the agent id, the private key and the",
    "collector's command-signing key in the state directory (0700, files 0600).",
    '',
    'Options:',
    '  --collector URL       agent endpoint, e.g. ws://127.0.0.1:8080/agent or wss://host:8443/agent',
    '  --token TOKEN         enrollment token from "vigil-collector token create"',
    '                        (or set VIGIL_ENROLL_TOKEN, which keeps it out of the process list)',
    '  --fingerprint SHA256  pin the collector certificate (wss://): its SHA-256 as printed by',
    '                        "vigil-collector init --tls"; without it the certificate must be CA-valid',
    '  --force               replace an existing identity (the old agent id is abandoned)',
    '  --insecure            allow plain ws:// to a collector that is not on loopback (unencrypted;',
    '                        "vigil-agent run" then needs --insecure or link.allowInsecure too)',
    ...commonHelp,
    '',
    'Examples:',
    '  vigil-agent enroll --collector ws://127.0.0.1:8080/agent --token vgt_3q...',
    '  vigil-agent enroll --collector wss://edr.example.org:8443/agent --token vgt_3q... \\',
    '      --fingerprint 9d58ebc0c3d5d2633645cd294be4e16c260b7f28a358621448fe66841f989c84',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parse(argv, { ...enrollOptions, force: { type: 'boolean', default: false } });
    const config = configFor(values, io.env);
    const { collector, token } = enrollTarget(values, io.env);
    if (!/^wss?:\/\//.test(collector)) throw new AgentError('VIGIL_ERR_AGENT_CONFIG', '--collector must be a ws:// or wss:// URL');
    const fingerprint = values.fingerprint ? normalizeFingerprint(values.fingerprint) : undefined;
    const paths = statePaths(config.stateDir);
    if (isEnrolled(paths) && !values.force)
      throw new AgentError('VIGIL_ERR_AGENT_ALREADY_ENROLLED', `${paths.root} already holds an identity; use --force to replace it`);
    const identity = await enroll({
      url: collector,
      token,
      fingerprint,
      paths,
      inventory: basicInventory(),
      timeoutMs: config.link.connectTimeoutMs,
      maxFrameBytes: config.link.maxFrameBytes,
      allowInsecure: values.insecure || config.link.allowInsecure,
      retry: { attempts: config.link.enrollAttempts, baseMs: config.link.backoffBaseMs, maxMs: config.link.backoffMaxMs },
    });
    io.out(`enrolled: agent id ${identity.agentId}`);
    io.out(`state: ${paths.root}`);
    if (identity.certFingerprint) io.out(`pinned collector certificate: ${identity.certFingerprint}`);
    return 0;
  },
};
