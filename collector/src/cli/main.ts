#!/usr/bin/env node
// `vigil-collector`: a small dispatcher; each subcommand lives in its own file under commands/.
import { commands } from './commands/index.js';
import type { CliIo } from './command.js';
import { VERSION } from '../version.js';

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'vigil-collector: the Vigil collector (agent gateway, storage, detection, response, web page)',
    '',
    'Usage: vigil-collector <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "vigil-collector <command> --help" for the options of one command.',
    '',
    'Examples:',
    '  vigil-collector init --data ./data',
    '  vigil-collector serve --data ./data',
    '  vigil-collector token create --data ./data --ttl 24h --uses 10',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out(VERSION);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`vigil-collector: unknown command "${name}"\n\n${usage()}`);
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
    io.err(`vigil-collector ${name}: ${e.code ? `${e.code}: ` : ''}${e.message}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`vigil-collector: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
