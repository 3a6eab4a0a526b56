// Bundle download over https with a pinned collector certificate: the pin is checked at the handshake of
// the request's own connection, so a server that answers and closes at once is still checked (it used to read
// as "certificate none" now and then), and a wrong pin gets no byte written.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from './download.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-download-'));
const body = Buffer.from('#!/bin/sh\necho bundle\n');
let server: Server;
let url = '';
let pin = '';

beforeAll(async () => {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=collector', '-days', '2', '-keyout', key, '-out', cert],
    {
      stdio: 'ignore',
    },
  );
  pin = new X509Certificate(readFileSync(cert)).fingerprint256.replace(/:/g, '').toLowerCase();
  // Answers and closes the connection straight away, as a small file served with Connection: close.
  server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => {
    res.writeHead(200, { 'content-length': body.length, connection: 'close' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `https://127.0.0.1:${(server.address() as { port: number }).port}/bundle`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('download with a pinned certificate', () => {
  it('checks the pin on every one of many quick downloads and gets the exact bytes', async () => {
    const want = createHash('sha256').update(body).digest('hex');
    for (let i = 0; i < 30; i++) {
      const toFile = join(dir, `ok-${i}`);
      const r = await download({ url, fingerprint: pin, maxBytes: 1 << 20, timeoutMs: 10_000, toFile });
      expect(r).toEqual({ sha256: want, bytes: body.length });
      expect(readFileSync(toFile).equals(body)).toBe(true);
    }
  });

  it('refuses a certificate that is not the pinned one, and leaves no file', async () => {
    const toFile = join(dir, 'bad');
    await expect(download({ url, fingerprint: 'ab'.repeat(32), maxBytes: 1 << 20, timeoutMs: 10_000, toFile })).rejects.toMatchObject({
      code: 'VIGIL_ERR_LINK_PIN_MISMATCH',
    });
    expect(existsSync(toFile)).toBe(false);
  });
});
