// First contact with a collector: a new Ed25519 key pair, proof of possession over the collector's
// challenge, the enrollment token and the host inventory; in return an agent id and the collector's
// command-signing key, which are stored (with the certificate pin) in the 0700 state directory.
// A busy collector (rate limited, overloaded, unreachable, no answer in time) is tried again after a
// capped exponential delay with full jitter, so a fleet enrolling at once spreads out instead of retrying
// in lockstep; every try presents the same key, so a retry whose first answer was lost gets the same
// agent id back (the collector answers a known key and token with its first enrollment).
import { generateEd25519, signEd25519, type Ed25519KeyPair } from '@vigil/crypto';
import { decodeCollectorMessage, encodeAgentMessage, enrollSigningBytes, type vigil } from '@vigil/proto';
import { AgentError, type AgentErrorCode } from '../errors.js';
import { saveIdentity, type Identity, type StatePaths } from '../state/identity.js';
import { VERSION } from '../version.js';
import { openSocket } from './socket.js';
import { Backoff } from './backoff.js';
import { checkTransport } from './transport.js';

export interface EnrollOptions {
  url: string;
  token: string;
  fingerprint?: string | undefined;
  paths: StatePaths;
  inventory: vigil.v1.IHostInventory;
  timeoutMs: number;
  maxFrameBytes: number;
  /** Plain ws:// beyond loopback (--insecure). */
  allowInsecure: boolean;
  /** Base64 command key the collector must present (install.sh verified the bundle with it). */
  expectCommandKey?: string | undefined;
  /** Tries when the collector is busy or unreachable (1: no retry), and the delays between them. */
  retry?: EnrollRetry;
}

export interface EnrollRetry {
  /** At most this many tries in all (link.enrollAttempts). */
  attempts: number;
  /** Delay before try n+1: uniform in [0, min(maxMs, baseMs * 2^n)) (link.backoffBaseMs, link.backoffMaxMs). */
  baseMs: number;
  maxMs: number;
  /** Uniform in [0, 1); injected for tests. */
  random?: () => number;
  /** Waits `ms`; injected for tests. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Refusals and failures that say "not now", never "not you": the same request may succeed later. A token
 * refusal, a bad request, a pin mismatch or a protocol error will not, and ends enrollment at once.
 */
const RETRYABLE = new Set<string>(['VIGIL_ERR_GATEWAY_RATE_LIMITED', 'VIGIL_ERR_GATEWAY_BUSY', 'VIGIL_ERR_LINK_CLOSED', 'VIGIL_ERR_LINK_TIMEOUT']);

export function isRetryableEnrollError(err: unknown): boolean {
  return RETRYABLE.has((err as { code?: unknown } | undefined)?.code as string);
}

/** Node's TLS verification failures (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, ...). */
const CERTIFICATE_ERROR = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/;

/** A pin mismatch or a certificate that fails verification will fail again: neither is retried. */
function connectErrorCode(code: string | undefined): AgentErrorCode {
  if (code === 'VIGIL_ERR_LINK_PIN_MISMATCH') return 'VIGIL_ERR_LINK_PIN_MISMATCH';
  if (code && CERTIFICATE_ERROR.test(code)) return 'VIGIL_ERR_LINK_CERTIFICATE';
  return 'VIGIL_ERR_LINK_CLOSED';
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function enroll(options: EnrollOptions): Promise<Identity> {
  checkTransport(options.url, options.allowInsecure);
  const keys = generateEd25519();
  const retry = options.retry ?? { attempts: 1, baseMs: 1, maxMs: 1 };
  const backoff = new Backoff({ baseMs: retry.baseMs, maxMs: retry.maxMs, ...(retry.random ? { random: retry.random } : {}) });
  for (let attempt = 1; ; attempt++) {
    try {
      return await enrollOnce(options, keys);
    } catch (err) {
      if (attempt >= retry.attempts || !isRetryableEnrollError(err)) throw err;
      await (retry.sleep ?? wait)(backoff.next());
    }
  }
}

function enrollOnce(options: EnrollOptions, keys: Ed25519KeyPair): Promise<Identity> {
  return new Promise<Identity>((resolve, reject) => {
    let seenFingerprint: string | undefined;
    let settled = false;
    let refusal: vigil.v1.IRefusal | undefined;
    const ws = openSocket(
      { url: options.url, fingerprint: options.fingerprint, connectTimeoutMs: options.timeoutMs, maxFrameBytes: options.maxFrameBytes },
      (fp) => {
        seenFingerprint = fp;
      },
    );
    const finish = (err: Error | undefined, identity?: Identity) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ws.close(1000);
      if (err) reject(err);
      else resolve(identity!);
    };
    const timer = setTimeout(
      () => finish(new AgentError('VIGIL_ERR_LINK_TIMEOUT', `no answer from ${options.url} within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    ws.on('error', (err: Error & { code?: string }) => finish(new AgentError(connectErrorCode(err.code), err.message, { cause: err })));
    ws.on('close', (code, reason) => {
      const r = refusal;
      finish(
        r
          ? new AgentError((r.code || 'VIGIL_ERR_LINK_REFUSED') as AgentErrorCode, `collector refused enrollment: ${r.code}: ${r.message}`)
          : new AgentError('VIGIL_ERR_LINK_CLOSED', `connection closed (${code} ${reason.toString()})`),
      );
    });
    ws.on('message', (data: Buffer) => {
      let msg: vigil.v1.CollectorMessage;
      try {
        msg = decodeCollectorMessage(data, options.maxFrameBytes);
      } catch (err) {
        return finish(new AgentError('VIGIL_ERR_LINK_PROTOCOL', (err as Error).message, { cause: err }));
      }
      if (msg.challenge) {
        const nonce = msg.challenge.nonce ?? new Uint8Array();
        ws.send(
          encodeAgentMessage({
            enroll: {
              token: options.token,
              publicKey: keys.publicKey,
              signature: signEd25519(keys.privateKeyPem, enrollSigningBytes(nonce, keys.publicKey)),
              inventory: options.inventory,
              agentVersion: VERSION,
            },
          }),
        );
      } else if (msg.refusal) {
        refusal = msg.refusal;
      } else if (msg.welcome) {
        const w = msg.welcome;
        if (!w.agentId || w.commandPublicKey?.byteLength !== 32)
          return finish(new AgentError('VIGIL_ERR_LINK_PROTOCOL', 'welcome lacks agent id or command key'));
        if (options.expectCommandKey && Buffer.from(w.commandPublicKey).toString('base64') !== options.expectCommandKey) {
          return finish(
            new AgentError(
              'VIGIL_ERR_LINK_PIN_MISMATCH',
              'the collector presents another command key than the one named by --command-key (the install script)',
            ),
          );
        }
        const identity: Identity = {
          agentId: w.agentId,
          collectorUrl: options.url,
          commandPublicKey: Buffer.from(w.commandPublicKey).toString('base64'),
          ...(seenFingerprint ? { certFingerprint: seenFingerprint } : {}),
          enrolledAtMs: Date.now(),
        };
        try {
          saveIdentity(options.paths, identity, keys.privateKeyPem);
        } catch (err) {
          return finish(err as Error);
        }
        finish(undefined, identity);
      }
    });
  });
}
