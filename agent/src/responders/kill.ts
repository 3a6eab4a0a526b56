// Kill a process named by pid AND start time (/proc/PID/stat field 22), so a pid the kernel handed to
// another process is never signalled. SIGTERM first, SIGKILL after the grace period, optionally the tree.
import { readFileSync, readdirSync } from 'node:fs';
import { AgentError } from '../errors.js';

export interface ProcKey {
  pid: number;
  startTicks: string;
  ppid: number;
  comm: string;
}

/** Parses /proc/PID/stat: comm may contain spaces and parentheses, so fields are split after the last ')'. */
export function readStat(pid: number, procRoot = '/proc'): ProcKey | undefined {
  let text: string;
  try {
    text = readFileSync(`${procRoot}/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const close = text.lastIndexOf(')');
  const comm = text.slice(text.indexOf('(') + 1, close);
  const rest = text.slice(close + 2).split(' ');
  // rest[0] is field 3 (state): field N is rest[N - 3].
  const ppid = Number(rest[1]);
  const startTicks = rest[19];
  if (startTicks === undefined) return undefined;
  return { pid, startTicks, ppid, comm };
}

function descendants(root: ProcKey, procRoot: string): ProcKey[] {
  const all: ProcKey[] = [];
  for (const name of readdirSync(procRoot)) {
    if (!/^\d+$/.test(name)) continue;
    const k = readStat(Number(name), procRoot);
    if (k) all.push(k);
  }
  const out: ProcKey[] = [];
  let frontier = [root.pid];
  while (frontier.length) {
    const kids = all.filter((k) => frontier.includes(k.ppid) && !out.some((o) => o.pid === k.pid));
    out.push(...kids);
    frontier = kids.map((k) => k.pid);
  }
  return out;
}

function alive(k: ProcKey, procRoot: string): boolean {
  const now = readStat(k.pid, procRoot);
  return now !== undefined && now.startTicks === k.startTicks;
}

function signal(k: ProcKey, sig: NodeJS.Signals, procRoot: string): boolean {
  if (!alive(k, procRoot)) return false;
  try {
    process.kill(k.pid, sig);
    return true;
  } catch {
    return false;
  }
}

export interface KillOutcome {
  dryRun: boolean;
  target: ProcKey;
  tree: ProcKey[];
  terminated: number[];
  killed: number[];
  survivors: number[];
}

export interface KillRequest {
  pid: number;
  startTicks: string;
  tree: boolean;
  graceMs: number;
  dryRun: boolean;
  procRoot?: string;
  selfPid?: number;
}

export async function killProcess(req: KillRequest): Promise<KillOutcome> {
  const procRoot = req.procRoot ?? '/proc';
  const target = readStat(req.pid, procRoot);
  if (!target) throw new AgentError('VIGIL_ERR_RESPONSE_NOT_FOUND', `no process with pid ${req.pid}`);
  if (target.startTicks !== req.startTicks) {
    throw new AgentError(
      'VIGIL_ERR_RESPONSE_PID_REUSED',
      `pid ${req.pid} now has start time ${target.startTicks}, not ${req.startTicks}: another process; nothing killed`,
    );
  }
  if (target.pid === (req.selfPid ?? process.pid)) throw new AgentError('VIGIL_ERR_COMMAND_INVALID_PARAMETER', 'the agent does not kill itself');
  const tree = req.tree ? descendants(target, procRoot).filter((k) => k.pid !== (req.selfPid ?? process.pid)) : [];
  const all = [target, ...tree];
  if (req.dryRun) return { dryRun: true, target, tree, terminated: [], killed: [], survivors: all.map((k) => k.pid) };
  // Stop the tree from forking while it is being taken down: signal children first, then the target.
  const terminated = [...tree]
    .reverse()
    .concat(target)
    .filter((k) => signal(k, 'SIGTERM', procRoot))
    .map((k) => k.pid);
  const end = Date.now() + req.graceMs;
  while (Date.now() < end && all.some((k) => alive(k, procRoot) && !isZombie(k.pid, procRoot))) await new Promise((r) => setTimeout(r, 50));
  const killed = all
    .filter((k) => alive(k, procRoot) && !isZombie(k.pid, procRoot))
    .filter((k) => signal(k, 'SIGKILL', procRoot))
    .map((k) => k.pid);
  await new Promise((r) => setTimeout(r, 50));
  const survivors = all.filter((k) => alive(k, procRoot) && !isZombie(k.pid, procRoot)).map((k) => k.pid);
  return { dryRun: false, target, tree, terminated, killed, survivors };
}

function isZombie(pid: number, procRoot: string): boolean {
  try {
    const text = readFileSync(`${procRoot}/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return true;
  }
}
