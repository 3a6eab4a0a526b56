import { describe, expect, it } from 'vitest';
import { checkCidr, type Cidr } from '../shared/grammar.js';
import { blockedSpace, forbiddenBlock, overlaps, overSpaceLimit } from './block-guard.js';

const c = (text: string): Cidr => {
  const r = checkCidr(text);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('what a block may never cover', () => {
  it('refuses any block that covers a collector address, in either family, at any prefix', () => {
    const collector = ['10.77.0.1', 'fd77::1'];
    for (const t of ['10.77.0.1', '10.77.0.0/24', '10.0.0.0/8', '0.0.0.0/1', 'fd77::/64', 'fd00::/8', 'fc00::/7', '8000::/1']) {
      expect(forbiddenBlock(c(t), collector), t).toMatch(/covers the collector address/);
    }
    for (const t of ['10.77.0.2', '10.77.1.0/24', '128.0.0.0/1', 'fd78::/64', '4000::/2']) expect(forbiddenBlock(c(t), collector), t).toBeUndefined();
    // the live peer of a dual-stack socket, reported as IPv4-mapped IPv6
    expect(forbiddenBlock(c('192.0.2.0/24'), ['::ffff:192.0.2.9'])).toMatch(/192\.0\.2\.9/);
  });

  it('refuses blocks that cover the loopback', () => {
    for (const t of ['127.0.0.1', '127.0.0.0/8', '127.128.0.0/9', '96.0.0.0/3', '::1', '::/127']) expect(forbiddenBlock(c(t), []), t).toMatch(/loopback/);
    expect(forbiddenBlock(c('128.0.0.0/8'), [])).toBeUndefined();
  });

  it('overlap is symmetric and family-bound', () => {
    expect(overlaps(c('10.0.0.0/8'), c('10.1.2.3'))).toBe(true);
    expect(overlaps(c('10.1.2.3'), c('10.0.0.0/8'))).toBe(true);
    expect(overlaps(c('10.0.0.0/8'), c('11.0.0.0/8'))).toBe(false);
    expect(overlaps(c('::/0'), c('0.0.0.0/1'))).toBe(false);
  });
});

describe('the total blocked address space has a limit', () => {
  const limit = { ipv4Prefix: 8, ipv6Prefix: 32 };
  it('two /1 blocks, or many /9s, exceed one /8; one /8 or smaller blocks fit', () => {
    expect(overSpaceLimit([c('0.0.0.0/1'), c('128.0.0.0/1')], limit)).toMatch(/4294967296 IPv4 addresses, over the limit of 16777216/);
    expect(overSpaceLimit([c('128.0.0.0/1')], limit)).toMatch(/over the limit/);
    expect(overSpaceLimit([c('11.0.0.0/9'), c('12.0.0.0/9'), c('13.0.0.0/9')], limit)).toMatch(/over the limit/);
    expect(overSpaceLimit([c('11.0.0.0/8')], limit)).toBeUndefined();
    expect(overSpaceLimit([c('fd00::/31')], limit)).toMatch(/IPv6 addresses, over the limit of 2\^96/);
    expect(overSpaceLimit([c('fd00::/32'), c('192.0.2.0/24')], limit)).toBeUndefined();
    expect(blockedSpace([c('192.0.2.1'), c('fd00::1')])).toEqual({ v4: 1n, v6: 1n });
  });
});
