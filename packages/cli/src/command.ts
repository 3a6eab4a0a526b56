// The shape of one subcommand of a Vigil command line: one file each under the app's cli/commands/.
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
