import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEd25519 } from '@vigil/crypto';
import { commandKeyId } from '@vigil/proto';
import { dataPaths, type DataPaths } from '../datadir.js';
import { loadKeyring, rotationsFrom } from './keyring.js';
import { rotateCommandKey } from './rotate.js';

describe('command keyring', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  function initialised(): DataPaths {
    const root = mkdtempSync(join(tmpdir(), 'vigil-keys-'));
    dirs.push(root);
    const paths = dataPaths(root);
    mkdirSync(join(root, 'keys'), { mode: 0o700 });
    writeFileSync(paths.commandKey, generateEd25519().privateKeyPem, { mode: 0o600 });
    return paths;
  }

  it('rotates twice: each rotation signed by the key it retires, the old private key gone', () => {
    const paths = initialised();
    const k0 = loadKeyring(paths);
    const k0Pem = readFileSync(paths.commandKey, 'utf8');
    expect(k0.rotations).toEqual([]);
    let t = 1_000;
    const first = rotateCommandKey(paths, () => t);
    t = 2_000;
    const second = rotateCommandKey(paths, () => t);
    expect(first).toMatchObject({ fromKeyId: k0.keyId, rotations: 1 });
    expect(second).toMatchObject({ fromKeyId: first.toKeyId, rotations: 2 });
    const ring = loadKeyring(paths);
    expect(ring.keyId).toBe(second.toKeyId);
    expect(ring.rotations.map((r) => r.rotatedAtMs)).toEqual([1000, 2000]);
    expect(readdirSync(join(paths.root, 'keys')).sort()).toEqual(['command.key', 'rotations.json']);
    for (const f of readdirSync(join(paths.root, 'keys'))) expect(readFileSync(join(paths.root, 'keys', f), 'utf8')).not.toContain(k0Pem.split('\n')[1]);
    // what each agent is handed, by the key it pins
    expect(rotationsFrom(ring, ring.keyId)).toEqual([]);
    expect(rotationsFrom(ring, k0.keyId)?.map((r) => commandKeyId(r.toKey!))).toEqual([first.toKeyId, second.toKeyId]);
    expect(rotationsFrom(ring, first.toKeyId)?.map((r) => commandKeyId(r.fromKey!))).toEqual([first.toKeyId]);
    expect(rotationsFrom(ring, '')).toHaveLength(2);
    expect(rotationsFrom(ring, 'feedfacefeedface')).toBeUndefined();
  });

  it('undoes a rotation interrupted before it was announced, and finishes one interrupted after', () => {
    const paths = initialised();
    const before = loadKeyring(paths).keyId;
    writeFileSync(paths.nextCommandKey, generateEd25519().privateKeyPem, { mode: 0o600 });
    expect(loadKeyring(paths).keyId).toBe(before);
    expect(existsSync(paths.nextCommandKey)).toBe(false);

    const done = rotateCommandKey(paths);
    // as if the process died after writing rotations.json, before the rename: put the next key back aside
    const nextPem = readFileSync(paths.commandKey, 'utf8');
    writeFileSync(paths.nextCommandKey, nextPem, { mode: 0o600 });
    const ring = loadKeyring(paths);
    expect(ring.keyId).toBe(done.toKeyId);
    expect(existsSync(paths.nextCommandKey)).toBe(false);
  });

  it('refuses to start on a key history it cannot vouch for', () => {
    const paths = initialised();
    rotateCommandKey(paths);
    const doc = JSON.parse(readFileSync(paths.keyRotations, 'utf8')) as { rotations: Array<Record<string, unknown>> };
    const good = JSON.stringify(doc);
    writeFileSync(paths.keyRotations, JSON.stringify({ rotations: [{ ...doc.rotations[0], rotatedAtMs: 7 }] }));
    expect(() => loadKeyring(paths)).toThrow(/not signed by the key it retires/);
    writeFileSync(paths.keyRotations, '{"rotations": [');
    expect(() => loadKeyring(paths)).toThrow(/not JSON/);
    writeFileSync(paths.keyRotations, good);
    writeFileSync(paths.commandKey, generateEd25519().privateKeyPem, { mode: 0o600 });
    expect(() => loadKeyring(paths)).toThrow(/agents could not follow it/);
    writeFileSync(paths.keyRotations, ' '.repeat(70 * 1024));
    expect(() => loadKeyring(paths)).toThrow(/over 65536 bytes/);
  });
});
