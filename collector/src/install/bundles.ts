// Published agent bundles under <data>/bundles/<version>/: the file, its SHA-256 and the collector's
// Ed25519 signature over bundleSigningBytes(sha256, version), which agents verify against the command key they
// pin. A bundle signed before a key rotation is signed again with the current key when read, so it verifies at
// agents that took up the new key; a signature by no key of this collector is served as stored, for the agent
// to refuse. current.json names the bundle install.sh serves and upgrades offer.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rawPublicKey, sha256Hex, signEd25519 } from '@vigil/crypto';
import { currentSignature, type SigningKeys } from '../keys/resign.js';
import { BUNDLE_VERSION_RE, bundleSigningBytes, bundleVersionOf } from '@vigil/proto';
import { CollectorError } from '../errors.js';
import { writeFileAtomic } from '@vigil/files';

export const BUNDLE_FILE = 'vigil-agent.mjs';

export interface PublishedBundle {
  version: string;
  sha256: string;
  bytes: number;
  /** Base64 Ed25519 signature by the command key over bundleSigningBytes(sha256, version). */
  signature: string;
  publishedAtMs: number;
}

export class BundleStore {
  constructor(
    readonly dir: string,
    private readonly signingKey: KeyObject,
    private readonly clock: () => number = Date.now,
    /** Raw public halves of the command keys rotated away from (keys/keyring.ts). */
    retiredPublicKeys: readonly Uint8Array[] = [],
  ) {
    this.keys = { privateKey: signingKey, publicKey: rawPublicKey(createPublicKey(signingKey)), retired: retiredPublicKeys };
  }

  private readonly keys: SigningKeys;

  fileOf(version: string): string {
    if (!BUNDLE_VERSION_RE.test(version))
      throw new CollectorError('VIGIL_ERR_BUNDLE_INVALID', `version must match [0-9A-Za-z.+-]{1,64}: ${JSON.stringify(version)}`, { http: 400 });
    return join(this.dir, version, BUNDLE_FILE);
  }

  /** Copies, hashes and signs a bundle; the version must be the one the bundle itself names. */
  publish(file: string, version?: string, options: { makeCurrent?: boolean; maxBytes?: number } = {}): PublishedBundle {
    if (!existsSync(file) || !statSync(file).isFile()) throw new CollectorError('VIGIL_ERR_BUNDLE_INVALID', `${file} is not a file`);
    const size = statSync(file).size;
    if (options.maxBytes !== undefined && size > options.maxBytes)
      throw new CollectorError('VIGIL_ERR_BUNDLE_INVALID', `${file} has ${size} bytes, over ${options.maxBytes}`);
    const named = bundleVersionOf(file);
    if (!named) throw new CollectorError('VIGIL_ERR_BUNDLE_INVALID', `${file} is not a vigil-agent bundle (no "// vigil-agent VERSION:" banner)`);
    if (version !== undefined && version !== named)
      throw new CollectorError('VIGIL_ERR_BUNDLE_INVALID', `--version ${version} but the bundle names ${named}: agents would report ${named}`);
    const target = this.fileOf(named);
    mkdirSync(join(this.dir, named), { recursive: true, mode: 0o755 });
    const tmp = `${target}.${process.pid}.tmp`;
    copyFileSync(file, tmp);
    const bytes = readFileSync(tmp);
    const sha256 = sha256Hex(bytes);
    const meta: PublishedBundle = {
      version: named,
      sha256,
      bytes: bytes.length,
      signature: signEd25519(this.signingKey, bundleSigningBytes(sha256, named)).toString('base64'),
      publishedAtMs: this.clock(),
    };
    renameSync(tmp, target);
    writeFileAtomic(join(this.dir, named, 'bundle.json'), `${JSON.stringify(meta, null, 2)}\n`, 0o644);
    if (options.makeCurrent ?? true) writeFileAtomic(join(this.dir, 'current.json'), `${JSON.stringify({ version: named })}\n`, 0o644);
    return meta;
  }

  get(version: string): PublishedBundle | undefined {
    let meta: PublishedBundle;
    try {
      meta = JSON.parse(readFileSync(join(this.dir, version, 'bundle.json'), 'utf8')) as PublishedBundle;
    } catch {
      return undefined;
    }
    if (typeof meta.sha256 !== 'string' || typeof meta.signature !== 'string') return undefined;
    const { signature } = currentSignature(this.keys, bundleSigningBytes(meta.sha256, meta.version), Buffer.from(meta.signature, 'base64'));
    return { ...meta, signature: Buffer.from(signature).toString('base64') };
  }

  current(): PublishedBundle | undefined {
    try {
      const { version } = JSON.parse(readFileSync(join(this.dir, 'current.json'), 'utf8')) as { version: string };
      return BUNDLE_VERSION_RE.test(version) ? this.get(version) : undefined;
    } catch {
      return undefined;
    }
  }

  list(): PublishedBundle[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((v) => BUNDLE_VERSION_RE.test(v))
      .map((v) => this.get(v))
      .filter((b): b is PublishedBundle => b !== undefined)
      .sort((a, b) => a.publishedAtMs - b.publishedAtMs);
  }

  /**
   * At start: publishes the collector's own build of the agent when nothing is published yet, or when that
   * build is a rebuild of the current version. A bundle an operator published is never replaced.
   */
  adoptBuilt(file: string): { published?: PublishedBundle; reason: string } {
    if (!existsSync(file)) return { reason: `no built bundle at ${file}` };
    const named = bundleVersionOf(file);
    if (!named) return { reason: `${file} has no vigil-agent banner` };
    const current = this.current();
    if (current && current.version !== named) return { reason: `current bundle is ${current.version}` };
    if (current) {
      const sha = sha256Hex(readFileSync(file));
      if (sha === current.sha256) return { reason: 'built bundle already current' };
    }
    return { published: this.publish(file), reason: current ? 'rebuilt bundle of the current version' : 'first bundle' };
  }
}
