// First contact with a collector: a new Ed25519 key pair, proof of possession over the collector's
// challenge, the enrollment token and the host inventory; in return an agent id and the collector's
// command-signing key, which are stored (with the certificate pin) in the 0700 state directory.
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { decodeCollectorMessage, encodeAgentMessage, enrollSigningBytes, type vigil } from '@vigil/proto';
import { AgentError, type AgentErrorCode } from '../errors.js';
import { saveIdentity, type Identity, type StatePaths } from '../state/identity.js';
import { VERSION } from '../version.js';
import { openSocket } from './socket.js';
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
}

export function enroll(options: EnrollOptions): Promise<Identity> {
  try {
    checkTransport(options.url, options.allowInsecure);
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
  const keys = generateEd25519();
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
    ws.on('error', (err: Error & { code?: string }) =>
      finish(new AgentError(err.code === 'VIGIL_ERR_LINK_PIN_MISMATCH' ? 'VIGIL_ERR_LINK_PIN_MISMATCH' : 'VIGIL_ERR_LINK_CLOSED', err.message, { cause: err })),
    );
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
