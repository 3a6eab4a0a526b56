// The bundle store: what it signs verifies against the command key, versions come from the bundle itself,
// and a bundle an operator published is never replaced by the built one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicKey } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEd25519, privateKeyFromPem, rawPublicKey, signEd25519, verifyEd25519 } from '@vigil/crypto';
import { bundleSigningBytes } from '@vigil/proto';
import { BundleStore } from './bundles.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-bundles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = privateKeyFromPem(generateEd25519().privateKeyPem);
const bundle = (name: string, version: string) => {
  const p = join(dir, name);
  writeFileSync(p, `#!/usr/bin/env node\n// vigil-agent ${version}: test\nconsole.log(1);\n`);
  return p;
};

describe('BundleStore', () => {
  const store = new BundleStore(join(dir, 'store'), key);

  it('signs sha256 and version so the pinned command key verifies it', () => {
    const b = store.publish(bundle('a.mjs', '1.0.0'));
    expect(b.version).toBe('1.0.0');
    expect(store.current()?.sha256).toBe(b.sha256);
    expect(verifyEd25519(rawPublicKey(createPublicKey(key)), bundleSigningBytes(b.sha256, b.version), Buffer.from(b.signature, 'base64'))).toBe(true);
    expect(verifyEd25519(rawPublicKey(createPublicKey(key)), bundleSigningBytes(b.sha256, '9.9.9'), Buffer.from(b.signature, 'base64'))).toBe(false);
  });

  it('after a key rotation, signs again what the retired key signed, and serves any other signature as stored', () => {
    const rotatedDir = join(dir, 'rotated');
    const b = new BundleStore(rotatedDir, key).publish(bundle('r.mjs', '3.0.0'));
    const next = generateEd25519();
    const rotated = new BundleStore(rotatedDir, privateKeyFromPem(next.privateKeyPem), Date.now, [rawPublicKey(createPublicKey(key))]);
    const resigned = rotated.get('3.0.0')!;
    expect(verifyEd25519(next.publicKey, bundleSigningBytes(b.sha256, '3.0.0'), Buffer.from(resigned.signature, 'base64'))).toBe(true);
    // a bundle.json whose signature no key of this collector made is not blessed by the new key
    const stranger = generateEd25519();
    const meta = join(rotatedDir, '3.0.0', 'bundle.json');
    writeFileSync(meta, JSON.stringify({ ...b, signature: signEd25519(stranger.privateKeyPem, bundleSigningBytes(b.sha256, '3.0.0')).toString('base64') }));
    const asStored = rotated.get('3.0.0')!;
    expect(verifyEd25519(next.publicKey, bundleSigningBytes(b.sha256, '3.0.0'), Buffer.from(asStored.signature, 'base64'))).toBe(false);
    expect(verifyEd25519(stranger.publicKey, bundleSigningBytes(b.sha256, '3.0.0'), Buffer.from(asStored.signature, 'base64'))).toBe(true);
  });

  it('refuses a version the bundle does not name, and files that are no bundle', () => {
    expect(() => store.publish(bundle('b.mjs', '1.1.0'), '2.0.0')).toThrow(/bundle names 1\.1\.0/);
    const other = join(dir, 'other.js');
    writeFileSync(other, 'console.log(1)\n');
    expect(() => store.publish(other)).toThrow(/not a vigil-agent bundle/);
  });

  it('adopts the built bundle only when nothing or a rebuild of the current version is published', () => {
    store.publish(bundle('c.mjs', '2.0.0'));
    expect(store.adoptBuilt(bundle('built.mjs', '1.0.0')).published).toBeUndefined();
    expect(store.current()?.version).toBe('2.0.0');
    const rebuilt = join(dir, 'rebuilt.mjs');
    writeFileSync(rebuilt, '#!/usr/bin/env node\n// vigil-agent 2.0.0: rebuilt\nconsole.log(2);\n');
    expect(store.adoptBuilt(rebuilt).published?.version).toBe('2.0.0');
    expect(store.list().map((b) => b.version)).toEqual(['1.0.0', '2.0.0']);
  });
});
