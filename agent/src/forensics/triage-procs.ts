// Triage: the process tree (with executable hashes) and the host's sockets (connections and listeners with
// their owning process), read straight from /proc with the sensors' own readers and parsers.
import { readdirSync, statSync } from 'node:fs';
import { parseCmdline, parseStat, parseStatusIds, splitDeleted } from '../sensors/process/procfs.js';
import { parseSocketTable, isWildcard } from '../sensors/network/proc-net.js';
import { SocketOwners } from '../sensors/network/socket-owners.js';
import { networkSensorOptions } from '../sensors/network/options.js';
import { ProcFiles } from '../sensors/common/proc-files.js';
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

/** Bounds of single /proc reads: stat and status are small; cmdline and socket tables as the sensors cut them. */
const PROC_FILE_MAX_BYTES = 64 * 1024;
const SOCKET_TABLE_MAX_BYTES = networkSensorOptions.parse({}).maxTableBytes;

/** Processes in tree order (parents before children, depth set), each executable hashed once. */
export async function processTree(
  procRoot: string,
  users: UserDirectory,
  o: { maxProcesses: number; hashMaxBytes: number },
): Promise<{ processes: TriageProcess[]; total: number }> {
  const files = new ProcFiles(PROC_FILE_MAX_BYTES);
  const all: TriageProcess[] = [];
  for (const name of readdirSync(procRoot)) {
    if (!/^\d+$/.test(name)) continue;
    const stat = parseStat(files.readText(`${procRoot}/${name}/stat`) ?? '');
    if (!stat) continue;
    const ids = parseStatusIds(files.readText(`${procRoot}/${name}/status`) ?? '');
    const exe = splitDeleted(files.readLink(`${procRoot}/${name}/exe`) ?? '');
    all.push({
      pid: stat.pid,
      ppid: stat.ppid,
      depth: 0,
      startTicks: stat.startTicks.toString(),
      uid: ids?.uid ?? -1,
      euid: ids?.euid ?? -1,
      user: ids ? users.nameOf(ids.uid) : '',
      exe: exe.path,
      deleted: exe.deleted,
      argv: parseCmdline(files.readBytes(`${procRoot}/${name}/cmdline`) ?? Buffer.alloc(0))
        .slice(0, 256)
        .map((a) => a.slice(0, 4096)),
      cwd: files.readLink(`${procRoot}/${name}/cwd`) ?? '',
      sha256: '',
      hashSkipped: '',
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
        if (!hashes.has(key)) hashes.set(key, hashFile(path, st.size, o.hashMaxBytes));
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

export function sockets(procRoot: string, maxSockets: number): { connections: TriageSocket[]; listeners: TriageSocket[]; total: number } {
  const files = new ProcFiles(PROC_FILE_MAX_BYTES);
  const owners = new SocketOwners(procRoot, files);
  owners.rescan();
  const connections: TriageSocket[] = [];
  const listeners: TriageSocket[] = [];
  let total = 0;
  for (const [file, transport, v] of [
    ['tcp', 'tcp', 4],
    ['tcp6', 'tcp', 6],
    ['udp', 'udp', 4],
    ['udp6', 'udp', 6],
  ] as const) {
    const text = files.readText(`${procRoot}/net/${file}`, SOCKET_TABLE_MAX_BYTES);
    if (!text) continue;
    for (const r of parseSocketTable(text, transport, v)) {
      total++;
      const owner = owners.get(r.inode);
      const s: TriageSocket = {
        transport: `${transport}${v === 6 ? '6' : ''}`,
        localAddress: r.localAddress,
        localPort: r.localPort,
        remoteAddress: r.remoteAddress,
        remotePort: r.remotePort,
        state: r.state,
        uid: r.uid,
        pid: owner?.pid ?? 0,
        exe: owner?.exe ?? '',
      };
      const listening = r.state === 'LISTEN' || (transport === 'udp' && r.remotePort === 0 && isWildcard(r.remoteAddress));
      const target = listening ? listeners : connections;
      if (connections.length + listeners.length < maxSockets) target.push(s);
    }
  }
  return { connections, listeners, total };
}
