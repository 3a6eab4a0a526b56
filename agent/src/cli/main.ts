#!/usr/bin/env node
// `vigil-agent`: a small dispatcher; each subcommand lives in its own file under commands/.
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
    'vigil-agent: the Vigil agent (host sensors, on-disk spool, collector link, response actions)',
    '',
    'Usage: vigil-agent <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "vigil-agent <command> --help" for the options of one command.',
    '',
    'Examples:',
    '  vigil-agent enroll --collector wss://collector.example.org:8443/agent --token vgt_... --fingerprint 9d58...',
    '  vigil-agent run',
    '  vigil-agent status',
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
    io.err(`vigil-agent: unknown command "${name}"\n\n${usage()}`);
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
    io.err(`vigil-agent ${name}: ${e.code ? `${e.code}: ` : ''}${e.message}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`vigil-agent: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
