// What a block may never cover (issue 13, item 4): a block of the collector's address cut the agent off for
// good (the unblock never arrived, and the block came back at every start), and two /1 blocks got around
// the "not /0" rule. A block that covers any collector address or the loopback is refused with its reason,
// and all blocks together may cover at most a named amount of address space.
import { isIP } from 'node:net';
import { addressBytes, foldMapped, type Cidr } from '../shared/grammar.js';

/** The blocks together may cover at most as many addresses as one /ipv4Prefix and one /ipv6Prefix. */
export interface BlockSpaceLimit {
  ipv4Prefix: number;
  ipv6Prefix: number;
}

const LOOPBACK: Cidr[] = [
  { address: '127.0.0.0', family: 4, prefix: 8, text: '127.0.0.0/8' },
  { address: '::1', family: 6, prefix: 128, text: '::1' },
];

function bitsEqual(a: number[], b: number[], bits: number): boolean {
  for (let bit = 0; bit < bits; bit++) {
    const x = ((a[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
    const y = ((b[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
    if (x !== y) return false;
  }
  return true;
}

/** True when the two prefixes share at least one address (same family, the shorter contains the other). */
export function overlaps(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  return bitsEqual(addressBytes(a.address, a.family), addressBytes(b.address, b.family), Math.min(a.prefix, b.prefix));
}

function hostCidr(address: string): Cidr | undefined {
  const a = foldMapped(address.toLowerCase());
  const family = isIP(a);
  if (family !== 4 && family !== 6) return undefined;
  const prefix = family === 4 ? 32 : 128;
  return { address: a, family, prefix, text: a };
}

/** Why this block must not be applied (covers a collector address or the loopback), or undefined. */
export function forbiddenBlock(cidr: Cidr, collectorAddresses: readonly string[]): string | undefined {
  for (const address of collectorAddresses) {
    const host = hostCidr(address);
    if (host && overlaps(cidr, host))
      return `${cidr.text} covers the collector address ${host.text}; blocking it would cut this agent off from its collector (isolate keeps the collector link)`;
  }
  for (const lo of LOOPBACK) if (overlaps(cidr, lo)) return `${cidr.text} covers the loopback (${lo.text}); local services and the agent itself depend on it`;
  return undefined;
}

/** Addresses covered, per family (overlapping blocks counted twice: an upper bound). */
export function blockedSpace(cidrs: readonly Cidr[]): { v4: bigint; v6: bigint } {
  let v4 = 0n;
  let v6 = 0n;
  for (const c of cidrs) {
    if (c.family === 4) v4 += 1n << BigInt(32 - c.prefix);
    else v6 += 1n << BigInt(128 - c.prefix);
  }
  return { v4, v6 };
}

/** Why the blocks together exceed the limit, or undefined. */
export function overSpaceLimit(cidrs: readonly Cidr[], limit: BlockSpaceLimit): string | undefined {
  const space = blockedSpace(cidrs);
  const max4 = 1n << BigInt(32 - limit.ipv4Prefix);
  const max6 = 1n << BigInt(128 - limit.ipv6Prefix);
  if (space.v4 > max4)
    return `the blocks would cover ${space.v4} IPv4 addresses, over the limit of ${max4} (one /${limit.ipv4Prefix}; response.maxBlockedSpace.ipv4Prefix)`;
  if (space.v6 > max6)
    return `the blocks would cover ${space.v6} IPv6 addresses, over the limit of 2^${128 - limit.ipv6Prefix} (one /${limit.ipv6Prefix}; response.maxBlockedSpace.ipv6Prefix)`;
  return undefined;
}
