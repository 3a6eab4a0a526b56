// The collector's command-signing key and the rotations that led to it (keys/command.key and
// keys/rotations.json), loaded once at start. Agents pinned to a retired key are handed the chain of
// rotations from their key on, each signed by the key it retires, so a rotation never means re-enrolling.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { privateKeyFromPem, rawPublicKey, verifyEd25519 } from '@vigil/crypto';
import { syncDir } from '@vigil/files';
import { commandKeyId, rotationSigningBytes, type vigil } from '@vigil/proto';
import type { DataPaths } from '../datadir.js';
import { CollectorError } from '../errors.js';

/** One rotation as rotations.json keeps it (base64 keys and signature). */
export interface StoredRotation {
  fromKey: string;
  toKey: string;
  rotatedAtMs: number;
  signature: string;
}

export interface CommandKeyring {
  privateKey: KeyObject;
  /** Raw 32-byte Ed25519 public key: what agents pin (or take up at the end of the chain). */
  publicKey: Buffer;
  /** commandKeyId(publicKey). */
  keyId: string;
  /** Every rotation, oldest first; the last one's toKey is publicKey. */
  rotations: readonly StoredRotation[];
}

/** Largest rotations.json read (64 KiB is some 300 rotations). */
const MAX_ROTATIONS_BYTES = 64 * 1024;

function readPrivateKey(path: string): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CollectorError('VIGIL_ERR_CONFIG_INVALID', `no command-signing key at ${path}: run "vigil-collector init" first`, { cause: err });
  }
  try {
    return privateKeyFromPem(pem);
  } catch (err) {
    throw new CollectorError('VIGIL_ERR_CONFIG_INVALID', `${path} is not a PEM Ed25519 private key: ${(err as Error).message}`, { cause: err });
  }
}

function publicOf(key: KeyObject): Buffer {
  return rawPublicKey(createPublicKey(key));
}

function isRotation(v: unknown): v is StoredRotation {
  const r = v as Partial<StoredRotation> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.fromKey === 'string' &&
    typeof r.toKey === 'string' &&
    typeof r.signature === 'string' &&
    typeof r.rotatedAtMs === 'number' &&
    Number.isSafeInteger(r.rotatedAtMs)
  );
}

/** rotations.json, each link checked to be signed by the key it retires and to follow the one before. */
export function readRotations(path: string): StoredRotation[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path);
  const bad = (why: string) => new CollectorError('VIGIL_ERR_CONFIG_INVALID', `${path}: ${why}; the collector will not start with a doubtful key history`);
  if (text.byteLength > MAX_ROTATIONS_BYTES) throw bad(`over ${MAX_ROTATIONS_BYTES} bytes`);
  let doc: unknown;
  try {
    doc = JSON.parse(text.toString('utf8'));
  } catch (err) {
    throw bad(`not JSON (${(err as Error).message})`);
  }
  const list = (doc as { rotations?: unknown } | null)?.rotations;
  if (!Array.isArray(list) || !list.every(isRotation)) throw bad('expected { "rotations": [{ fromKey, toKey, rotatedAtMs, signature }] }');
  list.forEach((r, i) => {
    const from = Buffer.from(r.fromKey, 'base64');
    const to = Buffer.from(r.toKey, 'base64');
    if (from.byteLength !== 32 || to.byteLength !== 32) throw bad(`rotation ${i + 1}: keys must be 32 bytes`);
    if (i > 0 && r.fromKey !== list[i - 1]!.toKey) throw bad(`rotation ${i + 1} does not start where rotation ${i} ended`);
    if (!verifyEd25519(from, rotationSigningBytes(from, to, r.rotatedAtMs), Buffer.from(r.signature, 'base64')))
      throw bad(`rotation ${i + 1} is not signed by the key it retires`);
  });
  return list;
}

/**
 * A rotation writes command.next.key, then rotations.json, then renames the next key over command.key. One
 * interrupted between the last two steps is finished here; one interrupted before rotations.json was written
 * is undone (the new key was never announced).
 */
function finishInterruptedRotation(paths: DataPaths, rotations: readonly StoredRotation[]): void {
  if (!existsSync(paths.nextCommandKey)) return;
  const next = publicOf(readPrivateKey(paths.nextCommandKey)).toString('base64');
  if (rotations.at(-1)?.toKey === next) renameSync(paths.nextCommandKey, paths.commandKey);
  else rmSync(paths.nextCommandKey);
  syncDir(dirname(paths.commandKey));
}

export function loadKeyring(paths: DataPaths): CommandKeyring {
  const rotations = readRotations(paths.keyRotations);
  finishInterruptedRotation(paths, rotations);
  const privateKey = readPrivateKey(paths.commandKey);
  const publicKey = publicOf(privateKey);
  const last = rotations.at(-1);
  if (last && last.toKey !== publicKey.toString('base64'))
    throw new CollectorError(
      'VIGIL_ERR_CONFIG_INVALID',
      `${paths.keyRotations} ends at key ${commandKeyId(Buffer.from(last.toKey, 'base64'))}, but ${paths.commandKey} is key ${commandKeyId(publicKey)}: agents could not follow it`,
    );
  return { privateKey, publicKey, keyId: commandKeyId(publicKey), rotations };
}

/**
 * The rotations an agent pinned to `keyId` follows to the current key, oldest first: empty when it pins the
 * current key, undefined when the key is none the collector ever had (the agent's proof check refuses it).
 * An agent that names no key (older than key rotation) gets the whole chain.
 */
export function rotationsFrom(ring: CommandKeyring, keyId: string): vigil.v1.IKeyRotation[] | undefined {
  if (keyId === ring.keyId) return [];
  const start = keyId === '' ? 0 : ring.rotations.findIndex((r) => commandKeyId(Buffer.from(r.fromKey, 'base64')) === keyId);
  if (start < 0) return undefined;
  return ring.rotations.slice(start).map((r) => ({
    fromKey: Buffer.from(r.fromKey, 'base64'),
    toKey: Buffer.from(r.toKey, 'base64'),
    rotatedAtMs: r.rotatedAtMs,
    signature: Buffer.from(r.signature, 'base64'),
  }));
}

/** The raw public halves of every key this collector rotated away from, oldest first. */
export function retiredPublicKeys(ring: Pick<CommandKeyring, 'rotations'>): Buffer[] {
  return ring.rotations.map((r) => Buffer.from(r.fromKey, 'base64'));
}
