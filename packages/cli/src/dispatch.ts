// The dispatcher both `vigil-agent` and `vigil-collector` run: command list, --help, --version, and one
// line per failure (the error's code first) instead of a stack trace.
import type { CliCommand, CliIo } from './command.js';

export interface CliProgram {
  /** Binary name, e.g. "vigil-agent". */
  readonly name: string;
  /** One line saying what the program is, shown first in the usage text. */
  readonly description: string;
  readonly version: string;
  readonly commands: readonly CliCommand[];
  /** Example command lines shown at the end of the usage text. */
  readonly examples: readonly string[];
}

/** The top-level usage text: description, command list, examples. */
export function usage(program: CliProgram): string {
  const width = Math.max(...program.commands.map((c) => c.name.length));
  return [
    `${program.name}: ${program.description}`,
    '',
    `Usage: ${program.name} <command> [options]`,
    '',
    'Commands:',
    ...program.commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run "${program.name} <command> --help" for the options of one command.`,
    '',
    'Examples:',
    ...program.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** Runs one command line; returns the exit code (2 for usage errors, 1 for failures). */
export async function dispatch(program: CliProgram, argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(program));
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out(program.version);
    return 0;
  }
  const command = program.commands.find((c) => c.name === name);
  if (!command) {
    io.err(`${program.name}: unknown command "${name}"\n\n${usage(program)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const e = err as Error & { code?: string };
    io.err(`${program.name} ${name}: ${e.code ? `${e.code}: ` : ''}${e.message}`);
    return 1;
  }
}

/** Entry point for a bin script: dispatches process.argv and sets process.exitCode. */
export function runMain(program: CliProgram): void {
  const io: CliIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
  };
  dispatch(program, process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${program.name}: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
