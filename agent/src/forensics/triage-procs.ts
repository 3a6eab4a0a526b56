// Triage: the process tree (with executable hashes) and the host's sockets (connections and listeners with
// their owning process), read straight from /proc with the sensors' own parsers.
import { readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { parseCmdline, parseStat, parseStatusIds, splitDeleted } from '../sensors/process/procfs.js';
import { parseSocketTable, isWildcard } from '../sensors/network/proc-net.js';
import { hashFile } from '../sensors/common/hash-file.js';
import type { UserDirectory } from '../sensors/common/users.js';

export interface TriageProcess {
  pid: number;
  ppid: number;
  depth: number;
  startTicks: string;
  user: string;
  uid: number;
  euid: number;
  exe: string;
  deleted: boolean;
  argv: string[];
  cwd: string;
  sha256: string;
  hashSkipped: string;
}

export interface TriageSocket {
  transport: string;
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  state: string;
  uid: number;
  pid: number;
  exe: string;
}

const read = (p: string) => {
  try {
    return readFileSync(p);
  } catch {
    return undefined;
  }
};
const link = (p: string) => {
  try {
    return readlinkSync(p);
  } catch {
    return '';
  }
};

/** Processes in tree order (parents before children, depth set), each executable hashed once. */
export async function processTree(procRoot: string, users: UserDirectory, o: { maxProcesses: number; hashMaxBytes: number }): Promise<{ processes: TriageProcess[]; total: number }> {
  const all: TriageProcess[] = [];
  for (const name of readdirSync(procRoot)) {
    if (!/^\d+$/.test(name)) continue;
    const stat = parseStat(read(`${procRoot}/${name}/stat`)?.toString('utf8') ?? '');
    if (!stat) continue;
    const ids = parseStatusIds(read(`${procRoot}/${name}/status`)?.toString('utf8') ?? '');
    const exe = splitDeleted(link(`${procRoot}/${name}/exe`));
    all.push({
      pid: stat.pid, ppid: stat.ppid, depth: 0, startTicks: stat.startTicks.toString(), uid: ids?.uid ?? -1, euid: ids?.euid ?? -1, user: ids ? users.nameOf(ids.uid) : '',
      exe: exe.path, deleted: exe.deleted, argv: parseCmdline(read(`${procRoot}/${name}/cmdline`) ?? Buffer.alloc(0)).slice(0, 256).map((a) => a.slice(0, 4096)),
      cwd: link(`${procRoot}/${name}/cwd`), sha256: '', hashSkipped: '',
    });
  }
  const children = new Map<number, TriageProcess[]>();
  const pids = new Set(all.map((p) => p.pid));
  for (const p of all) {
    const parent = pids.has(p.ppid) ? p.ppid : 0;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(p);
  }
  const ordered: TriageProcess[] = [];
  const walk = (pid: number, depth: number) => {
    for (const c of (children.get(pid) ?? []).sort((a, b) => a.pid - b.pid)) {
      if (ordered.length >= o.maxProcesses) return;
      c.depth = depth;
      ordered.push(c);
      if (c.pid !== pid) walk(c.pid, depth + 1);
    }
  };
  walk(0, 0);
  const hashes = new Map<string, Promise<{ sha256?: string; skipped?: string }>>();
  await Promise.all(
    ordered.map(async (p) => {
      if (!p.exe) return void (p.hashSkipped = 'no_exe');
      // /proc/PID/exe opens even a deleted binary; key by the file's identity so each binary is read once
      const path = `${procRoot}/${p.pid}/exe`;
      let key: string;
      try {
        const st = statSync(path);
        key = `${st.dev}:${st.ino}:${st.mtimeMs}`;
        if (!hashes.has(key)) hashes.set(key, hashFile(path, st.size, o.hashMaxBytes) as Promise<{ sha256?: string; skipped?: string }>);
      } catch {
        return void (p.hashSkipped = 'unreadable');
      }
      const h = await hashes.get(key)!;
      p.sha256 = h.sha256 ?? '';
      p.hashSkipped = h.skipped ?? '';
    }),
  );
  return { processes: ordered, total: all.length };
}

/** Socket inode -> owning process, from every /proc/PID/fd. */
function socketOwners(procRoot: string): Map<number, { pid: number; exe: string }> {
  const owners = new Map<number, { pid: number; exe: string }>();
  for (const name of readdirSync(procRoot)) {
    if (!/^\d+$/.test(name)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`${procRoot}/${name}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      const l = link(`${procRoot}/${name}/fd/${fd}`);
      if (l.startsWith('socket:[')) owners.set(Number(l.slice(8, -1)), { pid: Number(name), exe: splitDeleted(link(`${procRoot}/${name}/exe`)).path });
    }
  }
  return owners;
}

export function sockets(procRoot: string, maxSockets: number): { connections: TriageSocket[]; listeners: TriageSocket[]; total: number } {
  const owners = socketOwners(procRoot);
  const connections: TriageSocket[] = [];
  const listeners: TriageSocket[] = [];
  let total = 0;
  for (const [file, transport, v] of [['tcp', 'tcp', 4], ['tcp6', 'tcp', 6], ['udp', 'udp', 4], ['udp6', 'udp', 6]] as const) {
    const text = read(`${procRoot}/net/${file}`)?.toString('utf8');
    if (!text) continue;
    for (const r of parseSocketTable(text, transport, v)) {
      total++;
      const owner = owners.get(r.inode);
      const s: TriageSocket = { transport: `${transport}${v === 6 ? '6' : ''}`, localAddress: r.localAddress, localPort: r.localPort, remoteAddress: r.remoteAddress, remotePort: r.remotePort, state: r.state, uid: r.uid, pid: owner?.pid ?? 0, exe: owner?.exe ?? '' };
      const listening = r.state === 'LISTEN' || (transport === 'udp' && r.remotePort === 0 && isWildcard(r.remoteAddress));
      const target = listening ? listeners : connections;
      if (connections.length + listeners.length < maxSockets) target.push(s);
    }
  }
  return { connections, listeners, total };
}
