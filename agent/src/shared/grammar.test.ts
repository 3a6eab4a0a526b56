import { describe, expect, it } from 'vitest';
import { checkAbsolutePath, checkCidr, checkPid, checkUnitName } from './grammar.js';

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
  // Found by grammar.fuzz.test.ts: isIP accepts a zone id, so these passed as block addresses, zone text and all.
  it('regression: refuses IPv6 zone ids', () => {
    for (const c of ['::%0:00:00:0:0.0.0.0', 'fe80::1%eth0', 'fe80::1%eth0/128']) expect(checkCidr(c).ok).toBe(false);
    expect(checkCidr('fe80::1')).toMatchObject({ ok: true, value: { family: 6, text: 'fe80::1' } });
  });
});
