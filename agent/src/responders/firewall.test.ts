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
      await expect(selectBackend(runner)).rejects.toMatchObject({ code: 'VIGIL_ERR_RESPONSE_NO_FIREWALL', message: expect.stringMatching(/neither nft nor iptables/) });
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
