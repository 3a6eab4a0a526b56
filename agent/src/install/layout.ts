// Where an installed agent lives on a server, named once so install, uninstall, upgrade, the start wrapper
// and the unit never disagree. Tests point every root elsewhere; servers use the defaults.
import { join } from 'node:path';

export interface InstallRoots {
  /** Bundle, wrappers and upgrade markers (default /opt/vigil). */
  prefix: string;
  /** agent.yaml (default /etc/vigil). */
  configDir: string;
  /** Agent state: identity, key, spool (default /var/lib/vigil-agent). */
  stateDir: string;
  /** Where the unit file goes (default /etc/systemd/system). */
  unitDir: string;
  /** Folder on root's PATH that gets a vigil-agent symlink (default /usr/local/bin). */
  binLinkDir: string;
}

export const DEFAULT_ROOTS: InstallRoots = {
  prefix: '/opt/vigil',
  configDir: '/etc/vigil',
  stateDir: '/var/lib/vigil-agent',
  unitDir: '/etc/systemd/system',
  binLinkDir: '/usr/local/bin',
};

export const UNIT_NAME = 'vigil-agent.service';

export interface InstallLayout extends InstallRoots {
  /** The running bundle; an upgrade renames the new one over it. */
  bundle: string;
  /** The bundle before the last upgrade, kept for rollback. */
  previousBundle: string;
  /** Present while an upgraded bundle has not yet proven it starts and reaches the collector. */
  upgradePending: string;
  /** Start attempts of the pending bundle (the start wrapper counts, then rolls back). */
  upgradeAttempts: string;
  /** Written by the start wrapper when it rolled back; read (and removed) by the agent to report it. */
  upgradeRolledBack: string;
  /** `vigil-agent` for operators: exec node on the bundle. */
  cliWrapper: string;
  /** What the unit runs: rollback check, then exec node on the bundle. */
  serviceWrapper: string;
  binLink: string;
  configFile: string;
  unitName: string;
  unitFile: string;
}

export function installLayout(roots: InstallRoots = DEFAULT_ROOTS): InstallLayout {
  return {
    ...roots,
    bundle: join(roots.prefix, 'vigil-agent.mjs'),
    previousBundle: join(roots.prefix, 'vigil-agent.mjs.previous'),
    upgradePending: join(roots.prefix, 'upgrade-pending.json'),
    upgradeAttempts: join(roots.prefix, 'upgrade-attempts'),
    upgradeRolledBack: join(roots.prefix, 'upgrade-rolled-back.json'),
    cliWrapper: join(roots.prefix, 'bin', 'vigil-agent'),
    serviceWrapper: join(roots.prefix, 'bin', 'vigil-agent-service'),
    binLink: join(roots.binLinkDir, 'vigil-agent'),
    configFile: join(roots.configDir, 'agent.yaml'),
    unitName: UNIT_NAME,
    unitFile: join(roots.unitDir, UNIT_NAME),
  };
}
