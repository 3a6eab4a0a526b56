// The agent's identity after enrollment: its id, its Ed25519 private key, the collector's URL, the
// collector's command-signing key (pinned) and, for wss://, the collector certificate's SHA-256 (pinned).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { privateKeyFromPem } from '@vigil/crypto';
import { AgentError } from '../errors.js';
import { ensurePrivateDir, writePrivateFileAtomic } from './dir.js';

export interface Identity {
  agentId: string;
  collectorUrl: string;
  /** Collector's raw Ed25519 command-signing public key, base64. */
  commandPublicKey: string;
  /** Lowercase hex SHA-256 of the collector's certificate (wss:// only). */
  certFingerprint?: string;
  enrolledAtMs: number;
}

export interface StatePaths {
  root: string;
  identity: string;
  privateKey: string;
  spool: string;
  sensors: string;
  status: string;
}

export function statePaths(stateDir: string): StatePaths {
  return {
    root: stateDir,
    identity: join(stateDir, 'identity.json'),
    privateKey: join(stateDir, 'agent.key'),
    spool: join(stateDir, 'spool'),
    sensors: join(stateDir, 'sensors'),
    status: join(stateDir, 'status.json'),
  };
}

export function isEnrolled(paths: StatePaths): boolean {
  return existsSync(paths.identity) && existsSync(paths.privateKey);
}

export interface LoadedIdentity extends Identity {
  privateKey: KeyObject;
}

export function loadIdentity(paths: StatePaths): LoadedIdentity {
  if (!isEnrolled(paths)) throw new AgentError('VIGIL_ERR_AGENT_NOT_ENROLLED', `no identity in ${paths.root}: run "vigil-agent enroll" first`);
  try {
    const identity = JSON.parse(readFileSync(paths.identity, 'utf8')) as Identity;
    if (typeof identity.agentId !== 'string' || typeof identity.collectorUrl !== 'string' || typeof identity.commandPublicKey !== 'string') {
      throw new Error('identity.json lacks agentId, collectorUrl or commandPublicKey');
    }
    return { ...identity, privateKey: privateKeyFromPem(readFileSync(paths.privateKey, 'utf8')) };
  } catch (err) {
    throw new AgentError('VIGIL_ERR_AGENT_STATE', `unreadable identity in ${paths.root}: ${(err as Error).message}`, { cause: err });
  }
}

/** Saves key and identity (key first, so an identity never exists without its key). */
export function saveIdentity(paths: StatePaths, identity: Identity, privateKeyPem: string): void {
  ensurePrivateDir(paths.root);
  writePrivateFileAtomic(paths.privateKey, privateKeyPem);
  saveIdentityFile(paths, identity);
}

/** Replaces identity.json alone (a command key taken up after a rotation); the private key stays as it is. */
export function saveIdentityFile(paths: StatePaths, identity: Identity): void {
  // only the file's own fields: a LoadedIdentity also carries its private key object
  const { agentId, collectorUrl, commandPublicKey, certFingerprint, enrolledAtMs } = identity;
  const file: Identity = { agentId, collectorUrl, commandPublicKey, ...(certFingerprint ? { certFingerprint } : {}), enrolledAtMs };
  writePrivateFileAtomic(paths.identity, `${JSON.stringify(file, null, 2)}\n`);
}

/** Normalizes "AB:CD:..." or "abcd..." to lowercase hex without colons; throws on anything else. */
export function normalizeFingerprint(text: string): string {
  const hex = text
    .replace(/^sha256[:=]/i, '')
    .replace(/:/g, '')
    .toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new AgentError('VIGIL_ERR_AGENT_CONFIG', `not a SHA-256 fingerprint: ${text}`);
  return hex;
}
