// Process injection over ptrace (T1055.008): attaching to a running process, as injectors and memory
// readers do, with the kernel's audit record of the ptrace request as the evidence.
import type { Technique } from './types.js';

/** python's ctypes calling ptrace(request, pid) on a sleeping target it started, then detaching. */
const ptrace = (request: number) =>
  [
    'sleep 30 & T=$!',
    `python3 -c 'import ctypes,os,sys,time; libc=ctypes.CDLL(None, use_errno=True); pid=int(sys.argv[1]); r=libc.ptrace(${request}, pid, None, None); time.sleep(0.2); libc.ptrace(17, pid, None, None); sys.exit(0 if r == 0 else 1)' "$T"`,
    'rc=$?; kill $T; exit $rc',
  ].join('\n');

export const injection: Technique[] = [
  {
    id: 'T1055.008',
    name: 'Ptrace system calls',
    tactic: 'privilege escalation, defence evasion',
    procedures: [
      { name: 'PTRACE_ATTACH from python ctypes', script: ptrace(16) },
      { name: 'PTRACE_SEIZE from python ctypes', script: ptrace(0x4206) },
    ],
    // A debugger starting its own child under trace (PTRACE_TRACEME), as gdb run and strace do.
    benign: {
      name: 'a program started under trace by its parent (PTRACE_TRACEME)',
      script: `python3 -c 'import ctypes,os; libc=ctypes.CDLL(None); pid=os.fork()
if pid == 0:
    libc.ptrace(0, 0, None, None); os.execv("/bin/true", ["true"])
os.waitpid(pid, 0)
os.kill(pid, 9)
os.waitpid(pid, 0)'`,
    },
  },
];
