// Signed upgrades of an installed agent. The collector offers a bundle (version, where, SHA-256 and an
// Ed25519 signature by its command key over bundleSigningBytes(sha256, version)); the agent verifies the
// signature against the key pinned at enrollment, downloads from its own collector (certificate pinned),
// checks the hash and the version the bundle names, proves it runs, keeps the old bundle, renames the new
// one over it and asks systemd for a restart. The service wrapper rolls back a bundle that fails to start.
import { existsSync, linkSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyEd25519 } from '@vigil/crypto';
import type { Logger } from '@vigil/logger';
import { BUNDLE_VERSION_RE, bundleSigningBytes, bundleVersionOf, type vigil } from '@vigil/proto';
import type { AgentConfig } from '../config.js';
import { AgentError } from '../errors.js';
import { tableEntry, type ActionHandler, type ActionTable } from '../commands/actions.js';
import type { CommandRunner } from '../responders/runner.js';
import type { Identity } from '../state/identity.js';
import { VERSION } from '../version.js';
import { download } from './download.js';
import { writeInstallFile } from './files.js';
import { installLayout, DEFAULT_ROOTS, type InstallLayout } from './layout.js';

export interface UpgradeParams {
  version: string;
  url: string;
  sha256: string;
  signature: Uint8Array;
}

export interface PendingUpgrade {
  from: string;
  to: string;
  commandId: string;
  atMs: number;
}

export interface UpgradeDeps {
  identity: Identity;
  /** The command key pinned now (raw): bundles are signed with the collector's key of the day. */
  commandKey: () => Uint8Array;
  config: Readonly<AgentConfig>;
  runner: CommandRunner;
  logger: Logger;
  /** The bundle this process runs (process.argv[1]). */
  runningBundle: string;
  clock?: () => number;
}

export function layoutFor(config: Readonly<AgentConfig>): InstallLayout {
  return installLayout({ ...DEFAULT_ROOTS, prefix: config.install.prefix, stateDir: config.stateDir });
}

/** The collector's HTTP origin, from the agent URL stored at enrollment. */
export function collectorOrigin(agentUrl: string): string {
  const u = new URL(agentUrl);
  return `${u.protocol === 'wss:' ? 'https' : 'http'}://${u.host}`;
}

export function upgradeAction(d: UpgradeDeps): ActionHandler<UpgradeParams & { dryRun: boolean }> {
  const origin = collectorOrigin(d.identity.collectorUrl);
  return {
    validate(cmd) {
      const p = cmd.upgrade as vigil.v1.IUpgrade;
      const version = p.version ?? '';
      if (!BUNDLE_VERSION_RE.test(version)) return { ok: false, reason: 'version must match [0-9A-Za-z.+-]{1,64}' };
      if (!/^[0-9a-f]{64}$/.test(p.sha256 ?? '')) return { ok: false, reason: 'sha256 must be 64 lowercase hex digits' };
      if (p.bundleSignature?.byteLength !== 64) return { ok: false, reason: 'bundle_signature must be 64 bytes' };
      let url: URL;
      try {
        url = new URL(p.url ?? '', origin);
      } catch {
        return { ok: false, reason: 'url is not a URL' };
      }
      // Bundles come only from the collector this agent is enrolled with (and whose certificate it pins).
      if (url.origin !== origin || url.search || url.hash || !/^\/[A-Za-z0-9._/-]{1,512}$/.test(url.pathname)) {
        return { ok: false, reason: `url must be a path on the collector ${origin}` };
      }
      return { ok: true, value: { version, url: url.toString(), sha256: p.sha256 as string, signature: p.bundleSignature, dryRun: Boolean(cmd.dryRun) } };
    },
    async run(p, ctx) {
      const l = layoutFor(d.config);
      const base = { from: VERSION, to: p.version, sha256: p.sha256 };
      if (!verifyEd25519(d.commandKey(), bundleSigningBytes(p.sha256, p.version), p.signature)) {
        throw Object.assign(new AgentError('VIGIL_ERR_UPGRADE_BAD_SIGNATURE', 'bundle signature does not verify against the pinned collector key'), {
          output: base,
        });
      }
      if (resolve(d.runningBundle) !== l.bundle) {
        throw Object.assign(
          new AgentError('VIGIL_ERR_UPGRADE_NOT_INSTALLED', `this agent runs ${d.runningBundle}, not an installed bundle (${l.bundle}); reinstall to upgrade`),
          { output: base },
        );
      }
      if (p.version === VERSION) return { ...base, upgraded: false, reason: 'already running this version' };
      const tmp = join(l.prefix, `.vigil-agent.${ctx.commandId.slice(0, 40)}.download.mjs`);
      try {
        const got = await download({
          url: p.url,
          fingerprint: d.identity.certFingerprint,
          maxBytes: d.config.install.maxBundleBytes,
          timeoutMs: d.config.install.downloadTimeoutMs,
          toFile: tmp,
        });
        if (got.sha256 !== p.sha256)
          throw new AgentError('VIGIL_ERR_UPGRADE_HASH_MISMATCH', `downloaded bundle has SHA-256 ${got.sha256}, the signed offer says ${p.sha256}`);
        const named = bundleVersionOf(tmp);
        if (named !== p.version)
          throw new AgentError('VIGIL_ERR_UPGRADE_VERSION_MISMATCH', `bundle names version ${named ?? 'none'}, the signed offer says ${p.version}`);
        // It must at least run on this host's node before it replaces the working bundle.
        const probe = await d.runner.run(process.execPath, [tmp, '--version'], { timeoutMs: 60_000 });
        if (probe.code !== 0 || probe.stdout.trim() !== p.version) {
          throw new AgentError(
            'VIGIL_ERR_UPGRADE_START',
            `new bundle does not run here (exit ${probe.code}: ${(probe.stderr || probe.stdout).trim().slice(0, 500)})`,
          );
        }
        if (p.dryRun) return { ...base, upgraded: false, verified: true, bytes: got.bytes, dryRun: true };
        // Keep the running bundle for rollback, mark the start check, then swap atomically.
        rmSync(l.previousBundle, { force: true });
        linkSync(l.bundle, l.previousBundle);
        const pending: PendingUpgrade = { from: VERSION, to: p.version, commandId: ctx.commandId, atMs: (d.clock ?? Date.now)() };
        writeInstallFile(l.upgradePending, `${JSON.stringify(pending)}\n`, 0o600);
        rmSync(l.upgradeAttempts, { force: true });
        renameSync(tmp, l.bundle);
        d.logger.info({ from: VERSION, to: p.version }, 'upgrade installed; restarting');
        const restart = setTimeout(() => {
          d.runner.run('systemctl', ['--no-block', 'restart', '--', l.unitName], { timeoutMs: 30_000 }).then(
            (r) => r.code !== 0 && d.logger.error({ code: r.code, stderr: r.stderr }, 'systemctl restart failed'),
            (err: unknown) => d.logger.error({ err }, 'systemctl restart failed'),
          );
        }, d.config.install.restartDelayMs);
        restart.unref();
        return { ...base, upgraded: true, bytes: got.bytes, previous: l.previousBundle, restarting: l.unitName };
      } catch (err) {
        rmSync(tmp, { force: true });
        if (err instanceof AgentError) throw Object.assign(err, { output: base });
        throw err;
      }
    },
  };
}

export function upgradeActions(d: UpgradeDeps): ActionTable {
  return { upgrade: tableEntry(upgradeAction(d)) };
}

/** Marker state at start: a pending upgrade to confirm, or a rollback to report. */
export function readUpgradeMarkers(l: InstallLayout): { pending?: PendingUpgrade; rolledBack?: PendingUpgrade } {
  const read = (path: string): PendingUpgrade | undefined => {
    if (!existsSync(path)) return undefined;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as PendingUpgrade;
    } catch {
      return undefined;
    }
  };
  const pending = read(l.upgradePending);
  const rolledBack = read(l.upgradeRolledBack);
  return { ...(pending ? { pending } : {}), ...(rolledBack ? { rolledBack } : {}) };
}

/** The new bundle reached the collector: the upgrade stands. */
export function confirmUpgrade(l: InstallLayout): void {
  rmSync(l.upgradePending, { force: true });
  rmSync(l.upgradeAttempts, { force: true });
}
