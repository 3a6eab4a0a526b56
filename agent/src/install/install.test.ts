// Pure parts of install and upgrade: collector URLs, path grammar, the unit and wrappers, and the upgrade
// offer checks that run before anything is downloaded.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { bundleSigningBytes, vigil } from '@vigil/proto';
import { silentLogger } from '@vigil/logger';
import { agentConfigSchema } from '../config.js';
import { ExecRunner } from '../responders/runner.js';
import { agentUrlFor } from './install.js';
import { installLayout, DEFAULT_ROOTS } from './layout.js';
import { checkPath, renderCliWrapper, renderServiceWrapper, renderUnit } from './unit.js';
import { upgradeAction } from './upgrade.js';

describe('install', () => {
  it('derives the agent URL from the collector the script came from', () => {
    expect(agentUrlFor('https://edr.example.org:8443')).toBe('wss://edr.example.org:8443/agent');
    expect(agentUrlFor('http://127.0.0.1:8080/')).toBe('ws://127.0.0.1:8080/agent');
    expect(agentUrlFor('wss://edr.example.org:8443/agent')).toBe('wss://edr.example.org:8443/agent');
    expect(() => agentUrlFor('ftp://x')).toThrow(/http\(s\):\/\/ or ws\(s\):\/\//);
    expect(() => agentUrlFor('https://u:p@x')).toThrow(/credentials/);
  });

  it.each(['relative/path', '/opt/vigil/../etc', "/opt/vi'gil", '/opt/vigil;reboot', '/opt//vigil'])('refuses the path %s', (p) => {
    expect(() => checkPath(p, 'prefix')).toThrow(/absolute path/);
  });

  it('writes an early, restarting unit and wrappers that are valid sh', () => {
    const l = installLayout(DEFAULT_ROOTS);
    const unit = renderUnit(l);
    expect(unit).toMatch(/^Before=network-pre\.target$/m);
    expect(unit).toMatch(/^Wants=network-pre\.target$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^ExecStart=\/opt\/vigil\/bin\/vigil-agent-service$/m);
    expect(unit).not.toMatch(/^(PrivateTmp|ProtectSystem|ProtectHome|ProtectHostname|MemoryDenyWriteExecute)=/m);
    execFileSync('sh', ['-n', '-c', renderServiceWrapper(l, '/usr/bin/node')]);
    expect(renderServiceWrapper(l, '/usr/bin/node')).toMatch(/^exec '\/usr\/bin\/node' --max-semi-space-size=1 '\/opt\/vigil\/[^']+' run --config /m);
    execFileSync('sh', ['-n', '-c', renderCliWrapper(l, '/usr/bin/node')]);
  });
});

describe('upgrade offer checks', () => {
  const collector = generateEd25519();
  const config = agentConfigSchema.parse({});
  const identity = {
    agentId: 'a1',
    collectorUrl: 'wss://edr.example.org:8443/agent',
    commandPublicKey: collector.publicKey.toString('base64'),
    enrolledAtMs: 0,
  };
  const action = upgradeAction({
    identity,
    commandKey: () => collector.publicKey,
    config,
    runner: new ExecRunner(),
    logger: silentLogger(),
    runningBundle: '/opt/vigil/vigil-agent.mjs',
  });
  const sha = 'ab'.repeat(32);
  const offer = (fields: Record<string, unknown>) =>
    vigil.v1.Command.fromObject({
      commandId: 'c1',
      agentId: 'a1',
      upgrade: {
        version: '1.2.3',
        url: '/download/bundles/1.2.3/vigil-agent.mjs',
        sha256: sha,
        bundleSignature: Buffer.alloc(64).toString('base64'),
        ...fields,
      },
    });

  it('accepts a path on its own collector and refuses any other place or malformed field', async () => {
    const ok = await action.validate(offer({}));
    expect(ok.ok && ok.value.url).toBe('https://edr.example.org:8443/download/bundles/1.2.3/vigil-agent.mjs');
    for (const bad of [
      { url: 'https://evil.example.org/x.mjs' },
      { url: 'http://edr.example.org:8443/x.mjs' },
      { url: '/x.mjs?a=1' },
      { sha256: 'AB'.repeat(32) },
      { version: '1.2.3;id' },
      { bundleSignature: 'AAAA' },
    ]) {
      expect((await action.validate(offer(bad))).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses a bundle signed by another key before downloading anything', async () => {
    const other = generateEd25519();
    const params = {
      version: '1.2.3',
      url: 'https://edr.example.org:8443/download/bundles/1.2.3/vigil-agent.mjs',
      sha256: sha,
      signature: signEd25519(other.privateKeyPem, bundleSigningBytes(sha, '1.2.3')),
      dryRun: false,
    };
    await expect(action.run(params, { commandId: 'c1', dryRun: false })).rejects.toMatchObject({ code: 'VIGIL_ERR_UPGRADE_BAD_SIGNATURE' });
    // the right key over another version does not verify either
    const wrongVersion = { ...params, signature: signEd25519(collector.privateKeyPem, bundleSigningBytes(sha, '1.2.4')) };
    await expect(action.run(wrongVersion, { commandId: 'c1', dryRun: false })).rejects.toMatchObject({ code: 'VIGIL_ERR_UPGRADE_BAD_SIGNATURE' });
  });

  it('refuses to upgrade an agent that does not run from the installed bundle', async () => {
    const dev = upgradeAction({
      identity,
      commandKey: () => collector.publicKey,
      config,
      runner: new ExecRunner(),
      logger: silentLogger(),
      runningBundle: '/work/agent/dist/cli/main.js',
    });
    const params = {
      version: '1.2.3',
      url: 'https://edr.example.org:8443/x.mjs',
      sha256: sha,
      signature: signEd25519(collector.privateKeyPem, bundleSigningBytes(sha, '1.2.3')),
      dryRun: false,
    };
    await expect(dev.run(params, { commandId: 'c1', dryRun: false })).rejects.toMatchObject({ code: 'VIGIL_ERR_UPGRADE_NOT_INSTALLED' });
  });
});
