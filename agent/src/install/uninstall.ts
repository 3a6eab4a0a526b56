// `vigil-agent uninstall`: stops and removes the unit, releases isolation and address blocks (so removing
// the agent never leaves a host cut off), then deletes the bundle, the config and the state.
import { existsSync, lstatSync, readlinkSync, rmdirSync } from 'node:fs';
import type { Logger } from '@vigil/logger';
import type { AgentConfig } from '../config.js';
import { AgentError } from '../errors.js';
import { selectBackend } from '../responders/firewall.js';
import { IsolationManager } from '../responders/isolation.js';
import type { CommandRunner } from '../responders/runner.js';
import { join } from 'node:path';
import { removePath } from './files.js';
import { installLayout, type InstallRoots } from './layout.js';
import { Systemctl } from './systemd.js';
import { checkPath } from './unit.js';

export interface UninstallOptions {
  roots: InstallRoots;
  config: Readonly<AgentConfig>;
  runner: CommandRunner;
  logger: Logger;
  log: (line: string) => void;
  /** Keep identity and spool (a later install against the same collector reuses the agent id). */
  keepState: boolean;
}

/** Removes Vigil's firewall tables whatever the persisted state says (a crash may have left them). */
async function releaseFirewall(o: UninstallOptions, stateDir: string): Promise<void> {
  let backend;
  try {
    backend = await selectBackend(o.runner, o.config.response.firewall);
  } catch {
    o.log('firewall: no nft or iptables here; nothing to release');
    return;
  }
  const isolation = new IsolationManager({ backend, stateDir: join(stateDir, 'response'), sink: { emit: () => undefined }, logger: o.logger });
  const health = await backend.isolationHealth({ collectorAddresses: [], collectorPort: 1, allowCidrs: [], dnsResolvers: [] });
  if (isolation.isolated || health !== 'missing') {
    await isolation.release(false);
    o.log(`isolation: released (${backend.name})`);
  } else {
    o.log('isolation: none');
  }
  await backend.removeBlocks();
  o.log('address blocks: removed');
}

export async function uninstall(o: UninstallOptions): Promise<{ removed: string[] }> {
  if (process.getuid?.() !== 0) throw new AgentError('VIGIL_ERR_INSTALL_NOT_ROOT', 'uninstall must run as root (sudo)');
  for (const k of Object.keys(o.roots) as Array<keyof InstallRoots>) checkPath(o.roots[k], k);
  const l = installLayout(o.roots);
  const removed: string[] = [];
  // 1. stop the agent first, so it cannot re-apply isolation or heal the tables we remove
  if (Systemctl.booted() && (await o.runner.has('systemctl'))) {
    const systemctl = new Systemctl(o.runner);
    if (await systemctl.unitKnown(l.unitName)) {
      await systemctl.run(['disable', '--now', '--', l.unitName]);
      o.log(`unit: ${l.unitName} stopped and disabled`);
    }
  }
  // 2. never leave the host isolated or blocking addresses once the agent that could release it is gone
  await releaseFirewall(o, l.stateDir);
  // 3. files
  if (removePath(l.unitFile)) removed.push(l.unitFile);
  if (Systemctl.booted() && (await o.runner.has('systemctl'))) {
    await new Systemctl(o.runner).run(['daemon-reload']);
    await o.runner.run('systemctl', ['reset-failed', '--', l.unitName], { timeoutMs: 30_000 });
  }
  try {
    if (lstatSync(l.binLink).isSymbolicLink() && readlinkSync(l.binLink) === l.cliWrapper && removePath(l.binLink)) removed.push(l.binLink);
  } catch {
    /* no symlink */
  }
  for (const path of [l.prefix, l.configFile, ...(o.keepState ? [] : [l.stateDir])]) {
    if (removePath(path)) removed.push(path);
  }
  // the config folder goes too when nothing but our file was in it
  if (existsSync(l.configDir)) {
    try {
      rmdirSync(l.configDir);
      removed.push(l.configDir);
    } catch {
      o.log(`kept ${l.configDir}: it holds other files`);
    }
  }
  for (const p of removed) o.log(`removed: ${p}`);
  return { removed };
}
