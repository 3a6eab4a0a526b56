// Downloads a bundle from the collector into a file: over https the collector certificate must match the
// fingerprint pinned at enrollment (checked before a byte is read), the size is capped, and the SHA-256 is
// computed while streaming.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { AgentError } from '../errors.js';

export interface DownloadOptions {
  url: string;
  /** Lowercase hex SHA-256 of the collector certificate; set: pin instead of CA validation. */
  fingerprint?: string | undefined;
  maxBytes: number;
  timeoutMs: number;
  /** Written with mode 0600; removed on any failure. */
  toFile: string;
}

export function download(o: DownloadOptions): Promise<{ sha256: string; bytes: number }> {
  const url = new URL(o.url);
  const tls = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const fd = openSync(o.toFile, 'w', 0o600);
    let done = false;
    const fail = (err: AgentError) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      closeSync(fd);
      rmSync(o.toFile, { force: true });
      reject(err);
    };
    // The pin is checked when the TLS handshake completes, on a connection of this request's own: read from
    // the response's socket instead, the certificate could already be gone (a small answer whose server closed
    // the connection first reads as "none").
    let pinned = false;
    const onResponse = (res: IncomingMessage) => {
      if (tls && o.fingerprint && !pinned) return fail(new AgentError('VIGIL_ERR_LINK_PIN_MISMATCH', 'collector answered before its certificate was checked'));
      if (res.statusCode !== 200) return fail(new AgentError('VIGIL_ERR_UPGRADE_DOWNLOAD', `GET ${url.pathname} answered ${res.statusCode}`));
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > o.maxBytes) return fail(new AgentError('VIGIL_ERR_UPGRADE_DOWNLOAD', `bundle of ${declared} bytes exceeds ${o.maxBytes}`));
      const hash = createHash('sha256');
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        if (done) return;
        bytes += chunk.length;
        if (bytes > o.maxBytes) return fail(new AgentError('VIGIL_ERR_UPGRADE_DOWNLOAD', `bundle exceeds ${o.maxBytes} bytes`));
        hash.update(chunk);
        writeSync(fd, chunk);
      });
      res.on('error', (err) => fail(new AgentError('VIGIL_ERR_UPGRADE_DOWNLOAD', err.message)));
      res.on('end', () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        fsyncSync(fd);
        closeSync(fd);
        resolve({ sha256: hash.digest('hex'), bytes });
      });
    };
    const options = { timeout: o.timeoutMs, agent: false as const, ...(tls && o.fingerprint ? { rejectUnauthorized: false } : {}) };
    const req = tls ? httpsGet(url, options, onResponse) : httpGet(url, options, onResponse);
    if (tls && o.fingerprint)
      req.once('socket', (socket) =>
        (socket as TLSSocket).once('secureConnect', () => {
          const seen = (socket as TLSSocket).getPeerCertificate()?.fingerprint256?.replace(/:/g, '').toLowerCase();
          if (seen === o.fingerprint) pinned = true;
          else fail(new AgentError('VIGIL_ERR_LINK_PIN_MISMATCH', `collector certificate ${seen ?? 'none'} does not match the pinned fingerprint`));
        }),
      );
    const timer = setTimeout(() => fail(new AgentError('VIGIL_ERR_UPGRADE_DOWNLOAD', `download took longer than ${o.timeoutMs} ms`)), o.timeoutMs);
    req.on('error', (err) => fail(new AgentError('VIGIL_ERR_UPGRADE_DOWNLOAD', `GET ${url.pathname}: ${err.message}`)));
    req.on('timeout', () => fail(new AgentError('VIGIL_ERR_UPGRADE_DOWNLOAD', `no answer within ${o.timeoutMs} ms`)));
  });
}
