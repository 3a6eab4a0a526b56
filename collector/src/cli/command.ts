// The shape of one `vigil-collector` subcommand: one file each under commands/, listed in commands/index.ts.
export interface CliIo {
  /** Command output (stdout). */
  out(line: string): void;
  /** Diagnostics (stderr). */
  err(line: string): void;
  env: Record<string, string | undefined>;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full --help text: usage, options, examples. */
  readonly help: string;
  /** Returns the process exit code. */
  run(argv: string[], io: CliIo): Promise<number>;
}

/** "90" (seconds), "90s", "15m", "24h", "7d" -> seconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+)([smhd]?)$/.exec(text.trim());
  if (!m) throw new Error(`not a duration: ${JSON.stringify(text)} (use e.g. 90s, 15m, 24h, 7d)`);
  const n = Number(m[1]);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  return n * unit;
}
