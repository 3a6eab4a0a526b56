// @vigil/cli: what `vigil-agent` and `vigil-collector` share, so neither app imports the other.
export type { CliCommand, CliIo } from './command.js';
export { dispatch, runMain, usage, type CliProgram } from './dispatch.js';
export { optionParser, type CliOptions, type OptionParser, type ParsedWith } from './options.js';
