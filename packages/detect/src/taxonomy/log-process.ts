// A log record that says a process ran is a process start too: sudo's "COMMAND=" and su's "(to root)"
// lines are evaluated as `process_creation` with the same Sigma fields as the process sensor's and the
// audit sensor's events, so one rule (a reverse shell, a download piped to a shell) fires whichever
// source saw the behaviour. The view has ProcessStart's shape, so the process getters read it unchanged.
//
//   Sigma field        sudo (action command)               su (action su)
//   Image              COMMAND's argv[0] (fields.image)    -
//   CommandLine        COMMAND as argv joined by spaces    -
//   OriginalFileName   basename of Image                   -
//   User               USER= (fields.target_user)          the target user (fields.target_user)
//   ParentUser         the user who ran sudo (fields.user) the user who ran su (fields.user)
//   CurrentDirectory   PWD= (fields.pwd)                   -
//   Tty                TTY= (fields.tty)                   the terminal (fields.tty)
//   Source             "sudo"                              "su"
//   ProcessId          the sudo/su pid (fields.pid)        the su pid
import type { vigil } from '@vigil/proto';

/** The ProcessStart fields a log record can fill (names as in the proto, plus parentUser). */
export interface LogProcessView {
  exe?: string;
  argv?: string[];
  user?: string;
  parentUser?: string;
  cwd?: string;
  tty?: string;
  pid?: number;
  source: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The process a log record reports, or undefined when it reports none. */
export function processViewOf(log: vigil.v1.ILogRecord | null | undefined): LogProcessView | undefined {
  if (!log) return undefined;
  const f = (log.fields ?? {}) as Record<string, unknown>;
  const pid = typeof f.pid === 'string' && /^\d{1,10}$/.test(f.pid) ? Number(f.pid) : undefined;
  const base = (source: string): LogProcessView => {
    const v: LogProcessView = { source };
    const user = text(f.target_user);
    const parentUser = text(f.user);
    const tty = text(f.tty);
    if (user) v.user = user;
    if (parentUser) v.parentUser = parentUser;
    if (tty) v.tty = tty;
    if (pid !== undefined) v.pid = pid;
    return v;
  };
  if (log.parser === 'sudo' && log.action === 'command') {
    const commandLine = text(f.command_line) ?? text(f.command);
    if (!commandLine) return undefined;
    const v = base('sudo');
    v.exe = text(f.image) ?? commandLine.split(' ')[0]!;
    v.argv = [commandLine];
    const cwd = text(f.pwd);
    if (cwd) v.cwd = cwd;
    return v;
  }
  if (log.parser === 'su' && log.action === 'su' && text(f.target_user)) return base('su');
  return undefined;
}
