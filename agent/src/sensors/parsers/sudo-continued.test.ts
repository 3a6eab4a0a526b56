import { describe, it, expect } from 'vitest';
import { parseSyslogLine } from './index.js';
import { SudoContinuations } from './sudo-continued.js';

const line = (msg: string) => `Mar  1 10:00:00 web1 sudo: ${msg}`;
const run = (s: SudoContinuations, msgs: string[], source = '/var/log/auth.log') =>
  msgs.map((m) => {
    const r = parseSyslogLine(line(m));
    return s.apply(source, r.hostname, r);
  });

describe('sudo (command continued) lines', () => {
  it('each continuation carries the whole command so far, decoded to a command line', () => {
    const s = new SudoContinuations({ maxCommandChars: 64 * 1024, maxOpen: 8 });
    const [first, second, third] = run(s, [
      "   alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/bash -c 'echo aGVsbG8K",
      '   alice : (command continued) d29ybGQK | base64',
      "   alice : (command continued) -d | bash'",
    ]);
    expect(first).toMatchObject({ action: 'command', fields: { command_line: "/usr/bin/bash -c 'echo aGVsbG8K" } });
    expect(second).toMatchObject({ action: 'command', fields: { continued: 'true', user: 'alice', target_user: 'root', pwd: '/home/alice' } });
    expect(third).toMatchObject({
      action: 'command',
      fields: { image: '/usr/bin/bash', command_line: '/usr/bin/bash -c echo aGVsbG8K d29ybGQK | base64 -d | bash', continued: 'true' },
    });
  });

  it('a continuation without its start, from another user or source, or beyond the bound stays as it is', () => {
    const s = new SudoContinuations({ maxCommandChars: 60, maxOpen: 8 });
    expect(run(s, ['   alice : (command continued) x'])[0]).toMatchObject({ action: 'command_continued', fields: { continued: 'x' } });
    run(s, ['   alice : TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/echo a']);
    expect(run(s, ['     bob : (command continued) b'])[0]!.action).toBe('command_continued');
    expect(run(s, ['   alice : (command continued) b'], 'journal')[0]!.action).toBe('command_continued');
    expect(run(s, [`   alice : (command continued) ${'y'.repeat(80)}`])[0]!.action).toBe('command_continued');
  });

  it('keeps at most maxOpen users', () => {
    const s = new SudoContinuations({ maxCommandChars: 1000, maxOpen: 2 });
    run(s, ['u1 : TTY=pts/0 ; USER=root ; COMMAND=/bin/a', 'u2 : TTY=pts/0 ; USER=root ; COMMAND=/bin/b', 'u3 : TTY=pts/0 ; USER=root ; COMMAND=/bin/c']);
    expect(run(s, ['u1 : (command continued) x'])[0]!.action).toBe('command_continued');
    expect(run(s, ['u3 : (command continued) x'])[0]!.action).toBe('command');
  });
});
