// Strict option parsing with the options every subcommand of one program shares merged in.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

export type ParsedWith<C extends CliOptions, O extends CliOptions, P extends boolean> = ReturnType<
  typeof parseArgs<{ args: string[]; options: C & O; strict: true; allowPositionals: P }>
>;

/** What `optionParser` returns; apps annotate their exported `parse` with it. */
export type OptionParser<C extends CliOptions, P extends boolean> = <O extends CliOptions>(argv: string[], options: O) => ParsedWith<C, O, P>;

/** Returns a `parse(argv, options)` that also accepts `common` and rejects unknown options. */
export function optionParser<C extends CliOptions, P extends boolean>(common: C, allowPositionals: P): OptionParser<C, P> {
  return function parse<O extends CliOptions>(argv: string[], options: O): ParsedWith<C, O, P> {
    return parseArgs<{ args: string[]; options: C & O; strict: true; allowPositionals: P }>({
      args: argv,
      options: { ...common, ...options },
      strict: true,
      allowPositionals,
    });
  };
}
