// The systemd unit and the two small sh wrappers an install writes. The unit starts early (isolation is
// re-applied before the network comes up), restarts on failure, and carries the hardening a root EDR agent
// can bear; the service wrapper rolls back an upgraded bundle that fails to come up.
import { AgentError } from '../errors.js';
import type { InstallLayout } from './layout.js';

/** Start attempts of an upgraded bundle before the service wrapper restores the previous one. */
export const UPGRADE_MAX_ATTEMPTS = 2;

const SAFE_PATH = /^\/[A-Za-z0-9._/+-]*$/;

/** Paths land in unit files and sh scripts: only plain absolute paths, so no quoting can break. */
export function checkPath(path: string, what: string): string {
  if (!SAFE_PATH.test(path) || path.includes('//') || path.split('/').includes('..')) {
    throw new AgentError('VIGIL_ERR_AGENT_CONFIG', `${what} must be an absolute path of [A-Za-z0-9._/+-] without "..": ${JSON.stringify(path)}`);
  }
  return path;
}

export function renderUnit(l: InstallLayout): string {
  return `# Vigil agent, written by "vigil-agent install"; "vigil-agent uninstall" removes it.
[Unit]
Description=Vigil EDR agent (host sensors, on-disk spool, collector link, response actions)
# Early in boot: a host isolated before a reboot is isolated again before any interface comes up.
Wants=network-pre.target
Before=network-pre.target
After=local-fs.target
StartLimitIntervalSec=300
StartLimitBurst=20

[Service]
Type=simple
ExecStart=${l.serviceWrapper}
Restart=on-failure
RestartSec=2s
TimeoutStopSec=30s
KillMode=mixed
UMask=0077
# Hardening a root agent can bear. The agent must still read every process (/proc), log (/var/log,
# the journal) and watched file, run nft/iptables and systemctl, kill any process, and move files of any
# owner into quarantine, so the file system stays writable and /proc, /home and /tmp stay the host's own.
NoNewPrivileges=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
RestrictNamespaces=yes
LockPersonality=yes
SystemCallArchitectures=native
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK
CapabilityBoundingSet=CAP_NET_ADMIN CAP_KILL CAP_DAC_OVERRIDE CAP_DAC_READ_SEARCH CAP_SYS_PTRACE CAP_FOWNER CAP_CHOWN CAP_FSETID CAP_AUDIT_READ CAP_AUDIT_CONTROL
# Deliberately not set: ProtectSystem and ProtectHome (quarantine moves files out of /usr and /home),
# PrivateTmp (malware lives in /tmp: the sensors and quarantine need the real one), ProtectProc=invisible
# (sensors see every process), ProtectHostname (a private UTS namespace would hide a renamed host from the
# inventory), MemoryDenyWriteExecute (Node's JIT), PrivateNetwork and IPAddressDeny (the link).

[Install]
WantedBy=multi-user.target
`;
}

/**
 * V8 flags the long-running agent sets for itself. Its allocations are small and short-lived, so a 1 MB
 * semi-space (instead of V8's default growth to 8 MB per semi-space, 16 MB of young generation) costs only
 * more frequent, tiny scavenges and saves about 15 MB of idle RSS (bench:agent, BENCHMARKS.md).
 */
export const AGENT_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=1'];

/** What the unit runs: counts start attempts of an upgraded bundle and rolls back, then execs node. */
export function renderServiceWrapper(l: InstallLayout, nodePath: string): string {
  return `#!/bin/sh
# Starts the Vigil agent for systemd (written by "vigil-agent install"). After an upgrade it counts the
# new bundle's start attempts; the agent clears the marker once it reached the collector. When the new
# bundle failed ${UPGRADE_MAX_ATTEMPTS} times, the previous bundle is renamed back and started instead.
set -u
if [ -f '${l.upgradePending}' ]; then
  n=$(cat '${l.upgradeAttempts}' 2>/dev/null || echo 0)
  case $n in ''|*[!0-9]*) n=0 ;; esac
  if [ "$n" -ge ${UPGRADE_MAX_ATTEMPTS} ] && [ -f '${l.previousBundle}' ]; then
    mv -f '${l.upgradePending}' '${l.upgradeRolledBack}'
    mv -f '${l.previousBundle}' '${l.bundle}'
    rm -f '${l.upgradeAttempts}'
    echo "vigil-agent: the upgraded bundle failed to start $n times; rolled back to the previous bundle" >&2
  else
    echo $((n + 1)) > '${l.upgradeAttempts}'
  fi
fi
exec '${nodePath}' ${AGENT_NODE_FLAGS.join(' ')} '${l.bundle}' run --config '${l.configFile}'
`;
}

/** \`vigil-agent\` for operators (status, uninstall, ...). */
export function renderCliWrapper(l: InstallLayout, nodePath: string): string {
  return `#!/bin/sh
# The Vigil agent command line (written by "vigil-agent install").
exec '${nodePath}' '${l.bundle}' "$@"
`;
}

export function renderAgentYaml(l: InstallLayout, dryRun: boolean | undefined, allowInsecure = false): string {
  return [
    '# Vigil agent configuration, written by "vigil-agent install". Every key: see agent/src/config.ts.',
    '# VIGIL_AGENT_<SECTION>__<KEY> environment variables override it.',
    `stateDir: ${l.stateDir}`,
    '# Host-altering responses (isolate, block, stop service, kill, quarantine) are only reported while',
    '# dryRun is true. Set it to false (or install with --no-dry-run) to let responders act.',
    `dryRun: ${dryRun === false ? 'false' : 'true'}`,
    'install:',
    `  prefix: ${l.prefix}`,
    ...(allowInsecure ? ['# Installed with --insecure: plain ws:// to a collector beyond loopback.', 'link:', '  allowInsecure: true'] : []),
    '',
  ].join('\n');
}
