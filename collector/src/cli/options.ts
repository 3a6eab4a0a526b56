// Options every collector subcommand shares: where the data folder and the config file are.
import { parseArgs, type ParseArgsConfig } from 'node:util';
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

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: typeof commonOptions & O; strict: true; allowPositionals: true }>>;

export function parse<O extends Options>(argv: string[], options: O): Parsed<O> {
  return parseArgs({ args: argv, options: { ...commonOptions, ...options }, strict: true, allowPositionals: true });
}

/** Loads the config for `--data`/`--config`, with command-line overrides winning. */
export function configFor(values: { data?: string | undefined; config?: string | undefined }, env: Record<string, string | undefined>, overrides: Record<string, unknown> = {}): Readonly<CollectorConfig> {
  const dataDir = values.data ?? './data';
  const file = values.config ?? dataPaths(dataDir).configFile;
  return loadCollectorConfig({ file, env, overrides: { dataDir, ...overrides } });
}
