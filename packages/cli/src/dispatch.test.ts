// The shared dispatcher: usage and exit codes, per-command --help, unknown commands, coded failures.
import { describe, expect, it } from 'vitest';
import { dispatch, type CliCommand, type CliIo, type CliProgram } from './index.js';

function capture(): CliIo & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (l) => lines.out.push(l), err: (l) => lines.err.push(l), env: {} };
}

const ran: string[][] = [];
const commands: CliCommand[] = [
  { name: 'go', summary: 'does the thing', help: 'Usage: demo go', run: async (argv) => (ran.push(argv), 0) },
  {
    name: 'fail',
    summary: 'always fails',
    help: 'Usage: demo fail',
    run: async () => {
      throw Object.assign(new Error('no luck'), { code: 'VIGIL_ERR_DEMO_FAIL' });
    },
  },
];
const program: CliProgram = { name: 'demo', description: 'a demo program', version: '1.2.3', commands, examples: ['demo go'] };

describe('dispatch', () => {
  it('prints usage with every command; exit 2 without a command, 0 for --help', async () => {
    const io = capture();
    expect(await dispatch(program, [], io)).toBe(2);
    expect(await dispatch(program, ['--help'], io)).toBe(0);
    expect(io.lines.out[0]).toBe(io.lines.out[1]);
    expect(io.lines.out[0]).toMatch(/^demo: a demo program\n\nUsage: demo <command> \[options\]\n/);
    expect(io.lines.out[0]).toContain('  go    does the thing');
    expect(io.lines.out[0]).toContain('  fail  always fails');
    expect(io.lines.out[0]).toMatch(/Examples:\n {2}demo go$/);
  });

  it('--version, per-command --help, and argv passed to the command', async () => {
    const io = capture();
    expect(await dispatch(program, ['--version'], io)).toBe(0);
    expect(await dispatch(program, ['go', '-h'], io)).toBe(0);
    expect(io.lines.out).toEqual(['1.2.3', 'Usage: demo go']);
    expect(await dispatch(program, ['go', '--x', 'y'], io)).toBe(0);
    expect(ran.at(-1)).toEqual(['--x', 'y']);
  });

  it('unknown command exits 2; a thrown error is one line with its code, exit 1', async () => {
    const io = capture();
    expect(await dispatch(program, ['nope'], io)).toBe(2);
    expect(io.lines.err[0]).toMatch(/^demo: unknown command "nope"\n\ndemo: a demo program/);
    expect(await dispatch(program, ['fail'], io)).toBe(1);
    expect(io.lines.err[1]).toBe('demo fail: VIGIL_ERR_DEMO_FAIL: no luck');
  });
});
