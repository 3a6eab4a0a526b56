// sudo: who ran which command as whom, from which tty and directory, and the failures (wrong password,
// not in sudoers, command not allowed). The line is sudo's eventlog format, "%8s : " + the submitting
// user, then "[reason[ : errstr] ; ][HOST= ; ][TTY= ; ][CHROOT= ; ][PWD= ; ][USER= ; ][GROUP= ; ]
// [TSID= ; ][ENV= ; ]COMMAND=cmd args[ ; SIGNAL=][ ; EXIT=]"; a line longer than syslog's limit goes on in
// "(command continued)" lines. COMMAND is also decoded into argv (sudo 1.9.13+ quotes arguments that
// hold blanks and backslash-escapes blanks and quotes), so the command line reads as the process sensor's.
import type { MessageParser } from './types.js';
import { parsePam } from './pam.js';
import { sudoArgv } from './sudo-command.js';

const KEYS: Record<string, string> = {
  HOST: 'host',
  TTY: 'tty',
  CHROOT: 'chroot',
  PWD: 'pwd',
  CWD: 'pwd',
  USER: 'target_user',
  GROUP: 'target_group',
  TSID: 'tsid',
  ENV: 'env',
};

export const parseSudo: MessageParser = (message) => {
  const m = /^\s*(\S+) : (.*)$/s.exec(message);
  if (!m) return parsePam(message);
  const fields: Record<string, string> = { user: m[1]! };
  let rest = m[2]!;
  if (rest.startsWith('(command continued) ')) {
    fields.continued = rest.slice('(command continued) '.length);
    return { action: 'command_continued', fields };
  }
  // COMMAND= is last and its arguments may hold " ; ": split only what comes before it.
  const at = rest.startsWith('COMMAND=') ? 0 : rest.indexOf(' ; COMMAND=');
  if (at >= 0) {
    let command = rest.slice(at === 0 ? 'COMMAND='.length : at + ' ; COMMAND='.length);
    rest = at === 0 ? '' : rest.slice(0, at);
    const tail = / ; (?:SIGNAL=(\S+)(?: ; )?)?(?:EXIT=(-?\d+))?$/.exec(command);
    if (tail && (tail[1] || tail[2])) {
      command = command.slice(0, tail.index);
      if (tail[1]) fields.signal = tail[1];
      if (tail[2]) fields.exit = tail[2];
    }
    fields.command = command;
    const argv = sudoArgv(command);
    if (argv.length) {
      fields.image = argv[0]!;
      fields.command_line = argv.join(' ');
    }
  }
  let problem = '';
  for (const part of rest ? rest.split(' ; ') : []) {
    const kv = /^([A-Z]+)=(.*)$/s.exec(part);
    const key = kv ? KEYS[kv[1]!] : undefined;
    if (kv && key) fields[key] = kv[2]!;
    else if (!problem) problem = part.trim();
  }
  if (!problem) return { action: fields.exit !== undefined || fields.signal !== undefined ? 'command_exit' : 'command', fields };
  fields.reason = problem;
  let n: RegExpExecArray | null;
  if ((n = /^(\d+) incorrect password attempts?/.exec(problem))) {
    fields.attempts = n[1]!;
    return { action: 'auth_failure', fields };
  }
  if (/^a password is required/.test(problem)) return { action: 'password_required', fields };
  if (/NOT in sudoers/.test(problem)) return { action: 'not_in_sudoers', fields };
  if (/NOT authorized on host/.test(problem)) return { action: 'not_allowed_on_host', fields };
  if (/command not allowed/.test(problem)) return { action: 'command_not_allowed', fields };
  return { action: 'failure', fields };
};
