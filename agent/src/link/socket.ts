// Opens the WebSocket to the collector. For wss:// with a pinned fingerprint the certificate is checked
// against the pin at the upgrade, before the collector can send or receive a single protocol frame.
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { WebSocket } from 'ws';

export interface SocketOptions {
  url: string;
  /** Lowercase hex SHA-256 of the collector certificate; set: pin instead of CA validation. */
  fingerprint?: string | undefined;
  connectTimeoutMs: number;
  maxFrameBytes: number;
}

export class PinMismatchError extends Error {
  readonly code = 'VIGIL_ERR_LINK_PIN_MISMATCH';
  constructor(readonly seen: string) {
    super(`collector certificate ${seen} does not match the pinned fingerprint`);
  }
}

export function peerFingerprint(res: IncomingMessage): string | undefined {
  const sock = res.socket as TLSSocket;
  if (typeof sock.getPeerCertificate !== 'function') return undefined;
  const fp = sock.getPeerCertificate()?.fingerprint256;
  return fp ? fp.replace(/:/g, '').toLowerCase() : undefined;
}

/** Opens the socket; `onPeer` receives the TLS fingerprint (or undefined for ws://) before 'open'. */
export function openSocket(options: SocketOptions, onPeer?: (fingerprint: string | undefined) => void): WebSocket {
  const tls = options.url.startsWith('wss:');
  const pinned = tls && options.fingerprint !== undefined;
  const ws = new WebSocket(options.url, {
    handshakeTimeout: options.connectTimeoutMs,
    maxPayload: options.maxFrameBytes,
    perMessageDeflate: false,
    followRedirects: false,
    ...(pinned ? { rejectUnauthorized: false } : {}),
  });
  ws.on('upgrade', (res) => {
    const seen = tls ? peerFingerprint(res) : undefined;
    if (pinned && seen !== options.fingerprint) {
      ws.emit('error', new PinMismatchError(seen ?? 'none'));
      ws.terminate();
      return;
    }
    onPeer?.(seen);
  });
  return ws;
}
