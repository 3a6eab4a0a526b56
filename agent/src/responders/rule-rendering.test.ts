import { describe, expect, it } from 'vitest';
import { checkCidr } from '../shared/grammar.js';
import { countRules, renderBlockTable, renderIsolation } from './nft-rules.js';
import { isolationRules, renderRestore, ISO_CHAINS } from './iptables-rules.js';

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
