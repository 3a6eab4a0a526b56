// Settings the collector pushes (AgentConfig) that concern sensors: poll intervals and extra log and
// watch paths. Pushed paths are untrusted input: absolute, normalized, bounded in length and count.
// Extra paths are added, never removed, while the agent runs (a restart applies removals).
import { normalize } from 'node:path';
import type { vigil } from '@vigil/proto';

export const MAX_PUSHED_PATHS = 256;
const MAX_PATH = 4096;

/** Keeps only absolute, normalized, NUL-free paths of sane length, at most MAX_PUSHED_PATHS. */
export function acceptPushedPaths(paths: readonly string[] | null | undefined): string[] {
  const out: string[] = [];
  for (const p of paths ?? []) {
    if (out.length >= MAX_PUSHED_PATHS) break;
    if (typeof p !== 'string' || !p.startsWith('/') || p.length > MAX_PATH || p.includes('\u0000')) continue;
    const n = normalize(p).replace(/\/+$/, '') || '/';
    if (n !== p.replace(/\/+$/, '') || n === '/') continue;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

export interface RemoteSensorTargets {
  setProcessPollMs?(ms: number): void;
  setNetworkPollMs?(ms: number): void;
  addLogFiles?(paths: string[]): void;
  addWatchPaths?(paths: string[]): void;
}

/** Why a pushed log path must not be tailed (the collection policy's judgement), or undefined. */
export type PushedLogGuard = (path: string) => string | undefined;

/**
 * Applies the sensor part of a pushed AgentConfig; zero or empty means "keep the agent's own". Log paths the
 * guard refuses are left out and reported to `refused`.
 */
export function applyRemoteConfig(
  cfg: vigil.v1.IAgentConfig,
  targets: RemoteSensorTargets,
  guard?: PushedLogGuard,
  refused?: (path: string, reason: string) => void,
): void {
  if (cfg.processPollMs) targets.setProcessPollMs?.(cfg.processPollMs);
  if (cfg.networkPollMs) targets.setNetworkPollMs?.(cfg.networkPollMs);
  const logs = acceptPushedPaths(cfg.extraLogPaths).filter((path) => {
    const reason = guard?.(path);
    if (reason) refused?.(path, reason);
    return !reason;
  });
  if (logs.length) targets.addLogFiles?.(logs);
  const watches = acceptPushedPaths(cfg.extraWatchPaths);
  if (watches.length) targets.addWatchPaths?.(watches);
}
