import { describe, expect, it } from 'vitest';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { vigil } from '@vigil/proto';
import { checkAbsolutePath, checkCidr, checkPid, checkUnitName } from './grammar.js';
import { verifySignedCommand } from './verify.js';
import { countRules, renderBlockTable, renderIsolation } from '../responders/nft-rules.js';
import { isolationRules, renderRestore, ISO_CHAINS } from '../responders/iptables-rules.js';

describe('parameter grammars', () => {
  it.each(['nginx.service', 'getty@tty1.service', 'sshd.socket', 'systemd-journald.service', 'a:b_c.timer'])('accepts unit %s', (u) => {
    expect(checkUnitName(u).ok).toBe(true);
  });
  it.each(['x;reboot.service', '$(id).service', '/etc/x.service', '../x.service', 'a..b.service', '-x.service', '--now', 'x', 'x.device', 'a b.service', ''])(
    'refuses unit %j',
    (u) => expect(checkUnitName(u).ok).toBe(false),
  );
  it('pids', () => {
    expect(checkPid(42)).toEqual({ ok: true, value: 42 });
    for (const p of [0, 1, -5, 1.5, 5_000_000, '42']) expect(checkPid(p).ok).toBe(false);
  });
  it('absolute normal paths only', () => {
    expect(checkAbsolutePath('/tmp/a b/c').ok).toBe(true);
    for (const p of ['rel', '/a/../b', '/a/./b', '/a//b', '/a/', '/', '/a\0b']) expect(checkAbsolutePath(p).ok).toBe(false);
  });
  it('IPs and CIDRs, v4 and v6', () => {
    expect(checkCidr('10.0.0.0/8')).toMatchObject({ ok: true, value: { family: 4, prefix: 8, text: '10.0.0.0/8' } });
    expect(checkCidr('::ffff:1.2.3.4')).toMatchObject({ ok: true, value: { family: 4, text: '1.2.3.4' } });
    expect(checkCidr('FD77::/64')).toMatchObject({ ok: true, value: { family: 6, text: 'fd77::/64' } });
    for (const c of ['10.0.0.1/8', '10.0.0.0/33', 'fd77::1/64', '1.2.3', '1.2.3.4/x', 'host.example', '1.2.3.4 ; x']) expect(checkCidr(c).ok).toBe(false);
  });
});

describe('rule rendering', () => {
  const spec = { collectorAddresses: ['10.0.0.1', 'fd00::1'], collectorPort: 8443, allowCidrs: [], dnsResolvers: ['10.0.0.53'] };
  it('isolation replaces only its own table, atomically, with drop policies', () => {
    const s = renderIsolation(spec);
    expect(s.startsWith('table inet vigil_isolate\ndelete table inet vigil_isolate\n')).toBe(true);
    expect(s.match(/policy drop;/g)).toHaveLength(3);
    expect(s).toContain('ip daddr @collector4 tcp dport 8443 ct state new,established accept');
    expect(s).toContain('elements = { fd00::1 }');
    expect(countRules(s)).toBe(24);
  });
  it('blocks carry the remaining time as the kernel timeout and drop expired entries', () => {
    const c = checkCidr('192.0.2.0/24');
    if (!c.ok) throw new Error('cidr');
    const s = renderBlockTable(
      [
        { cidr: c.value, expiresAtMs: 10_500 },
        { cidr: c.value, expiresAtMs: 5 },
      ],
      1000,
    );
    expect(s).toContain('elements = { 192.0.2.0/24 timeout 10s }');
  });
  it('iptables fallback hooks its chains first and never doubles a jump', () => {
    const text = renderRestore(ISO_CHAINS, isolationRules(spec, 4), new Set(['VIGIL-ISO-IN']));
    expect(text).toContain('-D INPUT -j VIGIL-ISO-IN\n-I INPUT 1 -j VIGIL-ISO-IN');
    expect(text).not.toContain('-D OUTPUT');
    expect(isolationRules(spec, 4).at(-1)).toBe('-A VIGIL-ISO-FWD -j DROP');
  });
});

describe('verifySignedCommand', () => {
  const keys = generateEd25519();
  const opts = { commandPublicKey: keys.publicKey, agentId: 'a1', nowMs: 1_000_000, maxPayloadBytes: 65536, maxClockSkewMs: 60_000, maxLifetimeMs: 86_400_000 };
  const make = (over: Partial<vigil.v1.ICommand> = {}, key = keys.privateKeyPem) => {
    const payload = vigil.v1.Command.encode({
      commandId: 'c1',
      agentId: 'a1',
      issuedAtMs: 999_000,
      expiresAtMs: 1_100_000,
      nonce: Buffer.alloc(16, 7),
      release: {},
      ...over,
    }).finish();
    return { payload, signature: signEd25519(key, payload) };
  };
  it('accepts a good command', () => expect(verifySignedCommand(make(), opts).commandId).toBe('c1'));
  it.each([
    ['bad signature', () => make({}, generateEd25519().privateKeyPem), 'VIGIL_ERR_COMMAND_BAD_SIGNATURE'],
    ['other agent', () => make({ agentId: 'a2' }), 'VIGIL_ERR_COMMAND_WRONG_AGENT'],
    ['expired', () => make({ expiresAtMs: 999_999 }), 'VIGIL_ERR_COMMAND_EXPIRED'],
    ['future', () => make({ issuedAtMs: 2_000_000, expiresAtMs: 2_100_000 }), 'VIGIL_ERR_COMMAND_NOT_YET_VALID'],
    ['short nonce', () => make({ nonce: Buffer.alloc(4) }), 'VIGIL_ERR_COMMAND_MALFORMED'],
  ])('refuses %s', (_n, build, code) => {
    expect(() => verifySignedCommand(build(), opts)).toThrow(expect.objectContaining({ code }));
  });
  it('refuses when no key is pinned', () => {
    expect(() => verifySignedCommand(make(), { ...opts, commandPublicKey: undefined })).toThrow(expect.objectContaining({ code: 'VIGIL_ERR_COMMAND_NO_KEY' }));
  });
});
