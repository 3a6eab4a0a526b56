// Start-up configuration: a YAML file overlaid with VIGIL_* environment variables, validated against
// a strict zod schema (unknown keys are errors), then deep-frozen so nothing changes it at run time.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export { z };

export class ConfigError extends Error {
  readonly code = 'VIGIL_ERR_CONFIG_INVALID';
  readonly issues: string[];
  constructor(issues: string[], options?: { cause?: unknown }) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`, options);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

export interface LoadOptions {
  /** YAML file; missing is allowed only when `optional` is set. */
  file?: string;
  optional?: boolean;
  /** Environment to read overrides from, e.g. process.env. */
  env?: Record<string, string | undefined>;
  /** Prefix of the override variables, e.g. "VIGIL_COLLECTOR_". A variable A__B sets key a.b (camelCased). */
  envPrefix?: string;
  /** Values that win over file and env (command-line flags). */
  overrides?: Record<string, unknown>;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

function camel(part: string): string {
  return part.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function parseEnvValue(raw: string): unknown {
  try {
    return parseYaml(raw) as unknown;
  } catch {
    return raw;
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const cur = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)
        ? merge(cur as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/** Formats zod issues as "path.to.key: reason" lines. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

export function loadConfig<S extends z.ZodType>(schema: S, options: LoadOptions = {}): Readonly<z.output<S>> {
  let data: Record<string, unknown> = {};
  if (options.file) {
    let text: string | undefined;
    try {
      text = readFileSync(options.file, 'utf8');
    } catch (err) {
      if (!(options.optional && (err as NodeJS.ErrnoException).code === 'ENOENT')) {
        throw new ConfigError([`${options.file}: cannot read (${(err as Error).message})`], { cause: err });
      }
    }
    if (text !== undefined) {
      let parsed: unknown;
      try {
        parsed = parseYaml(text);
      } catch (err) {
        throw new ConfigError([`${options.file}: not valid YAML (${(err as Error).message})`], { cause: err });
      }
      if (parsed !== null && parsed !== undefined) {
        if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError([`${options.file}: top level must be a mapping`]);
        data = parsed as Record<string, unknown>;
      }
    }
  }
  if (options.env && options.envPrefix) {
    const fromEnv: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(options.env)) {
      if (!name.startsWith(options.envPrefix) || raw === undefined) continue;
      const path = name.slice(options.envPrefix.length).split('__').map(camel);
      setPath(fromEnv, path, parseEnvValue(raw));
    }
    data = merge(data, fromEnv);
  }
  if (options.overrides) data = merge(data, options.overrides);
  const result = schema.safeParse(data);
  if (!result.success) throw new ConfigError(formatIssues(result.error));
  return deepFreeze(result.data);
}
