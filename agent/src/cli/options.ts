// Options all agent subcommands share: the config file and the state directory.
import { existsSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { optionParser, type OptionParser } from '@vigil/cli';
import { DEFAULT_AGENT_CONFIG_FILE, loadAgentConfig, type AgentConfig } from '../config.js';
import { AgentError } from '../errors.js';

export const commonOptions = {
  config: { type: 'string' },
  state: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const commonHelp = [
  `  --config FILE    YAML config (default ${DEFAULT_AGENT_CONFIG_FILE} when it exists);`,
  '                   VIGIL_AGENT_<SECTION>__<KEY> environment variables override it',
  '  --state DIR      state directory (default /var/lib/vigil-agent, or stateDir in the config)',
];

/** Strict parsing of one subcommand's options plus the common ones; no positional arguments. */
export const parse: OptionParser<typeof commonOptions, false> = optionParser(commonOptions, false);

/** The config file a subcommand reads: --config, else the default one when it exists. */
export function configFileFor(values: { config?: string | undefined }): string | undefined {
  return values.config ?? (existsSync(DEFAULT_AGENT_CONFIG_FILE) ? DEFAULT_AGENT_CONFIG_FILE : undefined);
}

export function configFor(
  values: { config?: string | undefined; state?: string | undefined },
  env: Record<string, string | undefined>,
  overrides: Record<string, unknown> = {},
): Readonly<AgentConfig> {
  const file = configFileFor(values);
  return loadAgentConfig({ ...(file ? { file } : {}), env, overrides: { ...(values.state ? { stateDir: values.state } : {}), ...overrides } });
}

/** What `enroll` and `install` take to reach a collector. */
export const enrollOptions = {
  insecure: { type: 'boolean', default: false },
  collector: { type: 'string' },
  token: { type: 'string' },
  fingerprint: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** The collector and the token (--token, or VIGIL_ENROLL_TOKEN to keep it out of the process list); both required. */
export function enrollTarget(
  values: { collector?: string | undefined; token?: string | undefined },
  env: Record<string, string | undefined>,
): { collector: string; token: string } {
  const token = values.token ?? env.VIGIL_ENROLL_TOKEN;
  if (!values.collector || !token) throw new AgentError('VIGIL_ERR_AGENT_CONFIG', '--collector and --token are required (see --help)');
  return { collector: values.collector, token };
}
