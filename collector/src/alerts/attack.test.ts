import { describe, it, expect } from 'vitest';
import { attackLinks, attackTechniqueUrl } from './attack.js';

describe('ATT&CK technique links', () => {
  it('techniques and sub-techniques link to their MITRE page', () => {
    expect(attackTechniqueUrl('T1059.004')).toBe('https://attack.mitre.org/techniques/T1059/004/');
    expect(attackTechniqueUrl('T1110')).toBe('https://attack.mitre.org/techniques/T1110/');
    expect(attackTechniqueUrl('t1548.003')).toBe('https://attack.mitre.org/techniques/T1548/003/');
  });
  it('anything else gets no link; duplicates are dropped', () => {
    for (const bad of ['persistence', 'T105', 'T1059.04', 'T1059/../x', 'javascript:alert(1)', 'G0032', 'S0001', ''])
      expect(attackTechniqueUrl(bad), bad).toBeUndefined();
    expect(attackLinks(['T1095', 'x', 't1095', 'T1059.004'])).toEqual([
      { id: 'T1095', url: 'https://attack.mitre.org/techniques/T1095/' },
      { id: 'T1059.004', url: 'https://attack.mitre.org/techniques/T1059/004/' },
    ]);
  });
});
