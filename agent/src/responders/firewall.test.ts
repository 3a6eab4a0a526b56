import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ExecRunner } from './runner.js';
import { selectBackend } from './firewall.js';

describe('firewall front-end selection', () => {
  it('fails with a clear coded reason when neither nft nor iptables can run', async () => {
    const empty = mkdtempSync(`${tmpdir()}/vigil-nopath-`);
    try {
      const runner = new ExecRunner({ path: empty });
      await expect(selectBackend(runner)).rejects.toMatchObject({
        code: 'VIGIL_ERR_RESPONSE_NO_FIREWALL',
        message: expect.stringMatching(/neither nft nor iptables/),
      });
      await expect(selectBackend(runner, 'iptables')).rejects.toMatchObject({ code: 'VIGIL_ERR_RESPONSE_NO_FIREWALL' });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('runs argv without a shell: metacharacters reach the program verbatim', async () => {
    const r = await new ExecRunner().run('printf', ['%s|', '$(id)', '; reboot', '`x`']);
    expect(r).toEqual({ code: 0, stdout: '$(id)|; reboot|`x`|', stderr: '' });
  });

  it('prefixes every argv (namespace targeting) without a shell', () => {
    expect(new ExecRunner({ prefix: ['nsenter', '-t', '42', '-n'] }).argv('nft', ['-f', '-'])).toEqual(['nsenter', '-t', '42', '-n', 'nft', '-f', '-']);
  });
});

describe('live collector peers from /proc', () => {
  it('decodes kernel address notation', async () => {
    const { decodeProcAddress } = await import('./collector-target.js');
    expect(decodeProcAddress('0100007F')).toBe('127.0.0.1');
    expect(decodeProcAddress('00000000000000000000000001000000')).toBe('::1');
    expect(decodeProcAddress('0000000000000000FFFF00000100007F')).toBe('127.0.0.1');
    expect(decodeProcAddress('000077FD000000000000000001000000')).toBe('fd77::1');
  });

  it("finds the remote address of this process's own established connection", async () => {
    const { livePeers } = await import('./collector-target.js');
    const { createServer, connect } = await import('node:net');
    const srv = createServer(() => undefined).listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    const port = (srv.address() as { port: number }).port;
    const sock = connect(port, '127.0.0.1');
    await new Promise((r) => sock.once('connect', r));
    try {
      expect(livePeers(port)).toEqual(['127.0.0.1']);
      expect(livePeers(port + 1 === 65536 ? 1 : port + 1)).toEqual([]);
    } finally {
      sock.destroy();
      srv.close();
    }
  });
});
