// Host inventory from systeminformation (it forks tools for some calls, which is fine at this rate:
// once at start, on each connect and every few minutes; never on the hot path). The machine id and
// the systemd unit names are read directly from files.
import { readFileSync, readdirSync } from 'node:fs';
import { hostname, arch } from 'node:os';
import si from 'systeminformation';
import type { vigil } from '@vigil/proto';
import { parseBootTime } from '../process/procfs.js';

export interface InventoryOptions {
  unitDirs: string[];
  maxServices: number;
  machineIdPath: string;
  agentVersion: string;
}

const UNIT_SUFFIX = /\.(service|socket|timer|path|mount|target)$/;

/** Unit names found in the unit folders (names only; templates and drop-in folders skipped). */
export function listUnits(dirs: string[], max: number): string[] {
  const names = new Set<string>();
  for (const d of dirs) {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      continue;
    }
    for (const e of entries) {
      if (names.size >= max) break;
      if (UNIT_SUFFIX.test(e) && !e.endsWith('@.service')) names.add(e);
    }
  }
  return [...names].sort();
}

function prefixLength(mask: string): number {
  if (!mask) return 0;
  if (mask.includes(':')) return mask.split(':').reduce((n, g) => n + (g ? parseInt(g, 16).toString(2).replace(/0/g, '').length : 0), 0);
  return mask.split('.').reduce((n, o) => n + (Number(o) >>> 0).toString(2).replace(/0/g, '').length, 0);
}

export async function collectInventory(opts: InventoryOptions): Promise<vigil.v1.IHostInventory> {
  const [os, cpu, mem, ifaces, time] = await Promise.all([si.osInfo(), si.cpu(), si.mem(), si.networkInterfaces(), Promise.resolve(si.time())]);
  let machineId: string;
  try {
    machineId = readFileSync(opts.machineIdPath, 'utf8').trim().slice(0, 64);
  } catch {
    machineId = '';
  }
  const list = Array.isArray(ifaces) ? ifaces : [ifaces];
  const interfaces = list.map((i) => ({
    name: i.iface,
    mac: i.mac,
    addresses: [...(i.ip4 ? [`${i.ip4}/${prefixLength(i.ip4subnet)}`] : []), ...(i.ip6 ? [`${i.ip6}/${prefixLength(i.ip6subnet)}`] : [])],
  }));
  // /proc/stat's btime is exact; uptime arithmetic would wobble by a second between collections.
  let bootTimeMs = Math.round((Date.now() - (Number(time.uptime) || 0) * 1000) / 1000) * 1000;
  try {
    const btime = parseBootTime(readFileSync('/proc/stat', 'utf8'));
    if (btime !== undefined) bootTimeMs = btime * 1000;
  } catch {
    // keep the uptime-based figure
  }
  return {
    hostname: hostname(),
    machineId,
    osName: os.distro,
    osVersion: os.release,
    kernel: os.kernel,
    arch: arch(),
    cpuModel: `${cpu.manufacturer} ${cpu.brand}`.trim(),
    cpuCores: cpu.cores,
    memoryBytes: mem.total,
    interfaces,
    bootTimeMs,
    agentVersion: opts.agentVersion,
    nodeVersion: process.version,
    services: listUnits(opts.unitDirs, opts.maxServices),
  };
}
