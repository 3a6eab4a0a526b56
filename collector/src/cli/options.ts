// Options every collector subcommand shares: where the data folder and the config file are.
import type { ParseArgsConfig } from 'node:util';
import { optionParser, type OptionParser } from '@vigil/cli';
import { loadCollectorConfig, type CollectorConfig } from '../config.js';
import { dataPaths } from '../datadir.js';

export const commonOptions = {
  data: { type: 'string', default: './data' },
  config: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const commonHelp = [
  '  --data DIR       data folder (default ./data)',
  '  --config FILE    YAML config (default DIR/collector.yaml when it exists);',
  '                   VIGIL_COLLECTOR_<SECTION>__<KEY> environment variables override it',
];

/** Strict parsing of one subcommand's options plus the common ones; positionals allowed (e.g. `token create`). */
export const parse: OptionParser<typeof commonOptions, true> = optionParser(commonOptions, true);

/** Loads the config for `--data`/`--config`, with command-line overrides winning. */
export function configFor(
  values: { data?: string | undefined; config?: string | undefined },
  env: Record<string, string | undefined>,
  overrides: Record<string, unknown> = {},
): Readonly<CollectorConfig> {
  const dataDir = values.data ?? './data';
  const file = values.config ?? dataPaths(dataDir).configFile;
  return loadCollectorConfig({ file, env, overrides: { dataDir, ...overrides } });
}
