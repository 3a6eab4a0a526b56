// The minimal host inventory sent at enrollment (who is this host?), read without forking anything.
// The inventory sensor sends the full picture once the agent runs.
import { readFileSync } from 'node:fs';
import { arch, cpus, hostname, release, totalmem, uptime } from 'node:os';
import type { vigil } from '@vigil/proto';
import { VERSION } from '../version.js';

function readTrim(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

export function machineId(): string {
  return readTrim('/etc/machine-id') || readTrim('/var/lib/dbus/machine-id');
}

function osRelease(): { name: string; version: string } {
  const text = readTrim('/etc/os-release');
  const get = (k: string) => new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
  return { name: get('NAME') || get('ID'), version: get('VERSION_ID') };
}

export function bootTimeMs(nowMs = Date.now()): number {
  return Math.round(nowMs - uptime() * 1000);
}

export function basicInventory(): vigil.v1.IHostInventory {
  const os = osRelease();
  const cpuList = cpus();
  return {
    hostname: hostname(),
    machineId: machineId(),
    osName: os.name,
    osVersion: os.version,
    kernel: release(),
    arch: arch(),
    cpuModel: cpuList[0]?.model ?? '',
    cpuCores: cpuList.length,
    memoryBytes: totalmem(),
    bootTimeMs: bootTimeMs(),
    agentVersion: VERSION,
    nodeVersion: process.versions.node,
  };
}
