// The shape of one `vigil-agent` subcommand: one file each under commands/, listed in commands/index.ts.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** Full --help text: usage, options, examples. */
  readonly help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
