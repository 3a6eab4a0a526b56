import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEd25519 } from '@vigil/crypto';
import { loadAgentConfig } from '../config.js';
import { checkCollectPath } from './collect-path.js';
import { CollectPolicy, type CollectGrant } from './collect-policy.js';
import { forensicsOptions } from './options.js';
import { compilePattern } from './path-pattern.js';

let dir: string;
let state: string;
let policy: CollectPolicy;
const none: CollectGrant = { credentialAccess: false, reason: '' };
const admin: CollectGrant = { credentialAccess: true, reason: 'incident 42: check for added accounts' };

function options(extra: Record<string, unknown> = {}) {
  const defaults = forensicsOptions.parse({});
  return forensicsOptions.parse({ collect: { allowedRoots: [...defaults.collect.allowedRoots, realpathSync(tmpdir())], ...extra } }).collect;
}

const verdict = (path: string, grant = none, p = policy) => {
  const c = checkCollectPath(path, 1 << 20, p, grant);
  return c.ok ? { ok: true, credential: c.credential } : c;
};

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'vigil-policy-')));
  state = join(dir, 'agent-state');
  mkdirSync(state);
  writeFileSync(join(state, 'agent.key'), generateEd25519().privateKeyPem, { mode: 0o600 });
  writeFileSync(join(dir, 'agent.yaml'), 'dryRun: true\n');
  policy = new CollectPolicy(options(), { dirs: [state], files: [join(dir, 'agent.yaml')] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('never sent, whoever orders it', () => {
  it("refuses the agent's own key and config, directly, through a symlink, a hard link, or as a copy", () => {
    expect(verdict(join(state, 'agent.key'), admin)).toMatchObject({ ok: false, reason: expect.stringContaining("Vigil's own state and keys") });
    expect(verdict(join(dir, 'agent.yaml'), admin)).toMatchObject({ ok: false, reason: expect.stringContaining("agent's own configuration") });
    symlinkSync(join(state, 'agent.key'), join(dir, 'innocent'));
    expect(verdict(join(dir, 'innocent'), admin)).toMatchObject({ ok: false, reason: expect.stringContaining("Vigil's own state") });
    linkSync(join(dir, 'agent.yaml'), join(dir, 'hardlink'));
    expect(verdict(join(dir, 'hardlink'), admin)).toMatchObject({ ok: false, reason: expect.stringContaining('same file as') });
    writeFileSync(join(dir, 'notes.txt'), `some text\n${generateEd25519().privateKeyPem}`);
    expect(verdict(join(dir, 'notes.txt'), admin)).toMatchObject({ ok: false, reason: expect.stringContaining('Ed25519 private key') });
  });

  it("refuses Vigil's folders, configured protected folders and denied patterns", () => {
    expect(verdict('/var/lib/vigil/keys/command.key', admin)).toMatchObject({ ok: false, reason: expect.stringContaining('/var/lib/vigil') });
    const data = join(dir, 'collector-data');
    mkdirSync(join(data, 'keys'), { recursive: true });
    writeFileSync(join(data, 'state.json'), '{}');
    const p = new CollectPolicy(options({ protectedDirs: [data] }), { dirs: [], files: [] });
    expect(verdict(join(data, 'state.json'), admin, p)).toMatchObject({ ok: false, reason: expect.stringContaining(data) });
    writeFileSync(join(data, 'keys', 'command.key'), 'x');
    expect(verdict(join(data, 'keys', 'command.key'), admin)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('denied pattern "**/keys/command.key"'),
    });
  });

  it('refuses files outside the allowed roots', () => {
    mkdirSync(join(dir, 'allowed'));
    writeFileSync(join(dir, 'allowed', 'a'), 'a');
    writeFileSync(join(dir, 'elsewhere'), 'b');
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'allowed', 'escape'));
    const p = new CollectPolicy(options({ allowedRoots: [join(dir, 'allowed')] }), { dirs: [], files: [] });
    expect(verdict(join(dir, 'allowed', 'a'), none, p)).toEqual({ ok: true, credential: undefined });
    expect(verdict(join(dir, 'allowed', 'escape'), none, p)).toMatchObject({ ok: false, reason: expect.stringContaining('outside the allowed roots') });
  });
});

describe('credential files need an admin order with a reason', () => {
  it('/etc/shadow and a symlink to it: refused without a grant or with a short reason, admitted with one', () => {
    expect(verdict('/etc/shadow')).toMatchObject({ ok: false, reason: expect.stringContaining("needs an admin's order") });
    symlinkSync('/etc/shadow', join(dir, 'shadow-link'));
    expect(verdict(join(dir, 'shadow-link'))).toMatchObject({ ok: false, reason: expect.stringMatching(/credential (pattern|file) "?\/etc\/shadow/) });
    expect(verdict('/etc/shadow', { credentialAccess: true, reason: 'why' })).toMatchObject({ ok: false, reason: expect.stringContaining('shorter than 8') });
    expect(verdict('/etc/shadow', { credentialAccess: false, reason: 'a long enough reason' })).toMatchObject({ ok: false });
    expect(verdict('/etc/shadow', admin)).toMatchObject({ ok: true, credential: expect.stringContaining('/etc/shadow') });
  });

  it('recognises private keys and keytabs by content and token files by name', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    writeFileSync(join(dir, 'backup.txt'), rsa);
    expect(verdict(join(dir, 'backup.txt'))).toMatchObject({ ok: false, reason: expect.stringContaining('RSA private key') });
    expect(verdict(join(dir, 'backup.txt'), admin)).toMatchObject({ ok: true, credential: expect.stringContaining('RSA private key') });
    writeFileSync(join(dir, 'service.bin'), Buffer.from([0x05, 0x02, 0, 0, 0, 0x40]));
    expect(verdict(join(dir, 'service.bin'))).toMatchObject({ ok: false, reason: expect.stringContaining('keytab') });
    mkdirSync(join(dir, 'home', '.aws'), { recursive: true });
    writeFileSync(join(dir, 'home', '.aws', 'credentials'), '[default]\n');
    expect(verdict(join(dir, 'home', '.aws', 'credentials'))).toMatchObject({ ok: false, reason: expect.stringContaining('**/.aws/credentials') });
    writeFileSync(join(dir, 'plain.log'), 'nothing secret\n');
    expect(verdict(join(dir, 'plain.log'))).toEqual({ ok: true, credential: undefined });
  });
});

describe('patterns and config', () => {
  it('matches "*" within a segment and "**" across segments', () => {
    expect(compilePattern('/var/lib/vigil/**').test('/var/lib/vigil')).toBe(true);
    expect(compilePattern('/var/lib/vigil/**').test('/var/lib/vigil/keys/command.key')).toBe(true);
    expect(compilePattern('/var/lib/vigil/**').test('/var/lib/vigil-agent/x')).toBe(false);
    expect(compilePattern('**/id_rsa').test('/home/u/.ssh/id_rsa')).toBe(true);
    expect(compilePattern('**/id_rsa').test('/home/u/.ssh/id_rsa.pub')).toBe(false);
    expect(compilePattern('/etc/ssh/ssh_host_*_key').test('/etc/ssh/ssh_host_ed25519_key')).toBe(true);
    expect(compilePattern('/etc/ssh/ssh_host_*_key').test('/etc/ssh/x/ssh_host_a_key')).toBe(false);
    expect(compilePattern('/a/**/b').test('/a/b')).toBe(true);
    expect(compilePattern('/a/**/b').test('/a/x/y/b')).toBe(true);
    expect(compilePattern('/a.b').test('/aXb')).toBe(false);
  });

  it('config refuses relative roots, ".." and patterns that are neither absolute nor "**/"', () => {
    expect(() => loadAgentConfig({ overrides: { forensics: { collect: { allowedRoots: ['tmp'] } } } })).toThrow(/allowedRoots/);
    expect(() => loadAgentConfig({ overrides: { forensics: { collect: { protectedDirs: ['/a/../b'] } } } })).toThrow(/protectedDirs/);
    expect(() => loadAgentConfig({ overrides: { forensics: { collect: { deniedPatterns: ['*.key'] } } } })).toThrow(/deniedPatterns/);
    expect(loadAgentConfig({}).forensics.collect.credentialPatterns).toContain('/etc/shadow');
  });
});

describe('log paths the collector pushes', () => {
  it('refuses credential files by name and by inode, Vigil files and paths outside the roots; admits a plain log', () => {
    expect(policy.pushedLogProblem('/etc/shadow')).toMatch(/credential file is never tailed/);
    expect(policy.pushedLogProblem(join(state, 'agent.key'))).toMatch(/Vigil's own state and keys/);
    expect(policy.pushedLogProblem(join(dir, 'agent.yaml'))).toMatch(/agent's own configuration/);
    const p = new CollectPolicy(options({ allowedRoots: [dir], credentialPatterns: [join(dir, 'secret')] }), { dirs: [], files: [] });
    writeFileSync(join(dir, 'secret'), 'token');
    linkSync(join(dir, 'secret'), join(dir, 'app-log'));
    expect(p.pushedLogProblem(join(dir, 'app-log'))).toMatch(/same file as the credential file/);
    expect(p.pushedLogProblem('/var/log/syslog')).toMatch(/outside the allowed roots/);
    writeFileSync(join(dir, 'app.log'), 'started\n');
    expect(p.pushedLogProblem(join(dir, 'app.log'))).toBeUndefined();
    expect(p.pushedLogProblem(join(dir, 'not-yet.log'))).toBeUndefined();
  });
});
