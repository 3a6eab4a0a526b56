// `vigil-agent install` (also what the collector's install.sh hands over to): checks Node and systemd,
// puts the bundle under /opt/vigil, writes /etc/vigil/agent.yaml, enrolls pinning the collector's
// certificate, installs and starts the unit, and waits until the agent is online.
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { AgentError } from '../errors.js';
import { enroll, type EnrollRetry } from '../link/enroll.js';
import type { CommandRunner } from '../responders/runner.js';
import { basicInventory } from '../state/host.js';
import { isEnrolled, loadIdentity, normalizeFingerprint, statePaths } from '../state/identity.js';
import type { AgentStatusFile } from '../runtime.js';
import { copyFileAtomic, writeInstallFile } from './files.js';
import { installLayout, type InstallLayout, type InstallRoots } from './layout.js';
import { Systemctl } from './systemd.js';
import { checkPath, renderAgentYaml, renderCliWrapper, renderServiceWrapper, renderUnit } from './unit.js';

export const MIN_NODE_MAJOR = 20;

export interface InstallOptions {
  /** The collector: http(s)://host[:port] (as install.sh was served from) or the agent URL ws(s)://host[:port]/agent. */
  collector: string;
  token: string;
  fingerprint?: string | undefined;
  /** The node binary the unit runs. */
  nodePath: string;
  /** The bundle to install (the running one when installed from the bundle). */
  bundleSource: string;
  roots: InstallRoots;
  /** Written to agent.yaml when set; unset keeps the default (dry-run on). */
  dryRun?: boolean | undefined;
  /** Plain ws:// beyond loopback (--insecure): allowed for the enrollment and written to agent.yaml. */
  allowInsecure?: boolean | undefined;
  /** The command key install.sh verified the bundle with (base64): the enrollment must see the same. */
  commandKey?: string | undefined;
  /** Replace an identity enrolled with another collector. */
  force: boolean;
  /** Leave the unit stopped (image builds). */
  start: boolean;
  runner: CommandRunner;
  log: (line: string) => void;
  connectTimeoutMs: number;
  maxFrameBytes: number;
  /** Enrollment tries while the collector is busy, and the backoff between them (link config). */
  enrollRetry?: EnrollRetry;
  /** How long to wait for the started agent to come online. */
  onlineTimeoutMs: number;
  /** Agent WebSocket path on the collector. */
  agentPath?: string;
}

/** http(s)://host:port -> ws(s)://host:port/agent; a ws(s):// URL is taken as the agent URL itself. */
export function agentUrlFor(collector: string, agentPath = '/agent'): string {
  let url: URL;
  try {
    url = new URL(collector);
  } catch {
    throw new AgentError('VIGIL_ERR_AGENT_CONFIG', `--collector is not a URL: ${JSON.stringify(collector)}`);
  }
  if (url.username || url.password || url.search || url.hash)
    throw new AgentError('VIGIL_ERR_AGENT_CONFIG', '--collector must not carry credentials, a query or a fragment');
  if (url.protocol === 'ws:' || url.protocol === 'wss:') return url.toString();
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AgentError('VIGIL_ERR_AGENT_CONFIG', '--collector must be http(s):// or ws(s)://');
  return `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}${agentPath}`;
}

export async function checkNode(runner: CommandRunner, nodePath: string): Promise<string> {
  const r = await runner.run(nodePath, ['-p', 'process.versions.node'], { timeoutMs: 30_000 }).catch(() => undefined);
  if (!r || r.code !== 0) throw new AgentError('VIGIL_ERR_INSTALL_NODE', `cannot run ${nodePath}: Node.js >= ${MIN_NODE_MAJOR} is required`);
  const version = r.stdout.trim();
  const major = Number(/^(\d+)\./.exec(version)?.[1] ?? 0);
  if (major < MIN_NODE_MAJOR) throw new AgentError('VIGIL_ERR_INSTALL_NODE', `${nodePath} is Node.js ${version}; Vigil needs Node.js >= ${MIN_NODE_MAJOR}`);
  return version;
}

function linkBin(l: InstallLayout, log: (line: string) => void): void {
  mkdirSync(l.binLinkDir, { recursive: true, mode: 0o755 });
  let existing: string | undefined;
  try {
    existing = lstatSync(l.binLink).isSymbolicLink() ? readlinkSync(l.binLink) : 'not a symlink';
  } catch {
    existing = undefined;
  }
  if (existing === l.cliWrapper) return;
  if (existing !== undefined && existing !== 'not a symlink' && !existing.startsWith(l.prefix)) {
    log(`kept ${l.binLink}: it points to ${existing}, not to Vigil`);
    return;
  }
  if (existing === 'not a symlink') {
    log(`kept ${l.binLink}: it is not Vigil's symlink`);
    return;
  }
  if (existing !== undefined) rmSync(l.binLink, { force: true });
  symlinkSync(l.cliWrapper, l.binLink);
}

function readStatus(l: InstallLayout): AgentStatusFile | undefined {
  try {
    return JSON.parse(readFileSync(statePaths(l.stateDir).status, 'utf8')) as AgentStatusFile;
  } catch {
    return undefined;
  }
}

export async function install(o: InstallOptions): Promise<{ agentId: string; layout: InstallLayout; online: boolean }> {
  if (process.getuid?.() !== 0) throw new AgentError('VIGIL_ERR_INSTALL_NOT_ROOT', 'install must run as root (sudo)');
  for (const k of Object.keys(o.roots) as Array<keyof InstallRoots>) checkPath(o.roots[k], k);
  const l = installLayout(o.roots);
  checkPath(o.nodePath, '--node');
  const nodeVersion = await checkNode(o.runner, o.nodePath);
  o.log(`node: ${o.nodePath} (${nodeVersion})`);
  if (!Systemctl.booted() || !(await o.runner.has('systemctl'))) {
    throw new AgentError('VIGIL_ERR_INSTALL_NO_SYSTEMD', 'systemd is not running as PID 1 here; the agent is installed as a systemd service');
  }
  const systemctl = new Systemctl(o.runner);
  const agentUrl = agentUrlFor(o.collector, o.agentPath);
  const fingerprint = o.fingerprint ? normalizeFingerprint(o.fingerprint) : undefined;
  if (agentUrl.startsWith('wss:') && !fingerprint) o.log('no --fingerprint: the collector certificate must be valid for a public CA');
  if (!/^[A-Za-z0-9_.-]{8,256}$/.test(o.token)) throw new AgentError('VIGIL_ERR_AGENT_CONFIG', '--token is not an enrollment token');
  if (!existsSync(o.bundleSource)) throw new AgentError('VIGIL_ERR_AGENT_CONFIG', `bundle ${o.bundleSource} does not exist`);

  // 1. the bundle and its wrappers
  mkdirSync(l.prefix, { recursive: true, mode: 0o755 });
  if (o.bundleSource !== l.bundle) copyFileAtomic(o.bundleSource, l.bundle, 0o755);
  writeInstallFile(l.serviceWrapper, renderServiceWrapper(l, o.nodePath), 0o755);
  writeInstallFile(l.cliWrapper, renderCliWrapper(l, o.nodePath), 0o755);
  linkBin(l, o.log);
  o.log(`bundle: ${l.bundle}`);

  // 2. the config
  if (existsSync(l.configFile) && o.dryRun === undefined && !o.allowInsecure) {
    o.log(`config: ${l.configFile} (kept)`);
  } else {
    writeInstallFile(l.configFile, renderAgentYaml(l, o.dryRun, Boolean(o.allowInsecure)), 0o600);
    o.log(`config: ${l.configFile}`);
  }

  // 3. the identity (enrolled once; a reinstall against the same collector keeps it)
  const paths = statePaths(l.stateDir);
  let agentId: string;
  if (isEnrolled(paths) && !o.force) {
    const current = loadIdentity(paths);
    if (current.collectorUrl !== agentUrl) {
      throw new AgentError(
        'VIGIL_ERR_AGENT_ALREADY_ENROLLED',
        `${l.stateDir} is enrolled with ${current.collectorUrl}; use --force to enroll with ${agentUrl} instead`,
      );
    }
    agentId = current.agentId;
    o.log(`identity: agent id ${agentId} (kept)`);
  } else {
    const identity = await enroll({
      url: agentUrl,
      token: o.token,
      fingerprint,
      paths,
      inventory: basicInventory(),
      timeoutMs: o.connectTimeoutMs,
      maxFrameBytes: o.maxFrameBytes,
      allowInsecure: Boolean(o.allowInsecure),
      expectCommandKey: o.commandKey,
      ...(o.enrollRetry ? { retry: o.enrollRetry } : {}),
    });
    agentId = identity.agentId;
    o.log(`enrolled: agent id ${agentId}${identity.certFingerprint ? ` (pinned certificate ${identity.certFingerprint})` : ''}`);
  }

  // 4. the unit
  writeInstallFile(l.unitFile, renderUnit(l), 0o644);
  await systemctl.run(['daemon-reload']);
  await systemctl.run(['enable', '--', l.unitName]);
  o.log(`unit: ${l.unitFile} (enabled)`);
  if (!o.start) return { agentId, layout: l, online: false };
  await systemctl.run(['restart', '--', l.unitName]);

  // 5. online?
  const started = Date.now();
  const deadline = started + o.onlineTimeoutMs;
  for (;;) {
    const s = readStatus(l);
    if (s && s.link.state === 'online' && s.writtenAtMs >= started - 1000) {
      o.log(`online: agent ${agentId} is connected to ${agentUrl}`);
      return { agentId, layout: l, online: true };
    }
    const state = await systemctl.activeState(l.unitName);
    if (state === 'failed') throw new AgentError('VIGIL_ERR_INSTALL_START', `${l.unitName} failed to start; see: journalctl -u ${l.unitName}`);
    if (Date.now() > deadline) {
      o.log(
        `${l.unitName} is ${state} but not online yet (link ${s?.link.state ?? 'unknown'}${s?.link.lastError ? `: ${s.link.lastError.message}` : ''}); see: vigil-agent status`,
      );
      return { agentId, layout: l, online: false };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
