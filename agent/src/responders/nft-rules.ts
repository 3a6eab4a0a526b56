// Renders Vigil's nftables scripts as text, with no I/O, so dry-run can show the exact rules and unit tests
// can check them. Each script replaces only Vigil's own table, atomically (one `nft -f -` transaction).
import type { Cidr } from '../shared/grammar.js';

export const ISOLATE_TABLE = 'vigil_isolate';
export const BLOCK_TABLE = 'vigil_block';

export interface IsolationSpec {
  /** Collector addresses (every resolved address plus the live connection's), IP literals. */
  collectorAddresses: string[];
  collectorPort: number;
  /** Operator allow-list, reachable both ways. */
  allowCidrs: Cidr[];
  /** Resolvers from /etc/resolv.conf when DNS is allowed; empty otherwise. */
  dnsResolvers: string[];
}

function split(addresses: readonly string[]): { v4: string[]; v6: string[] } {
  const v4 = addresses.filter((a) => !a.includes(':'));
  const v6 = addresses.filter((a) => a.includes(':'));
  return { v4: [...new Set(v4)].sort(), v6: [...new Set(v6)].sort() };
}

function set(name: string, type: 'ipv4_addr' | 'ipv6_addr', elements: readonly string[], interval = false): string[] {
  const lines = [`  set ${name} {`, `    type ${type}`];
  if (interval) lines.push('    flags interval');
  if (elements.length) lines.push(`    elements = { ${elements.join(', ')} }`);
  lines.push('  }');
  return lines;
}

/**
 * The isolation table: policy drop on input, output and forward; accepted are loopback, the collector flow
 * (new+established out to collector:port, established back), the allow-list both ways, DNS to the resolvers,
 * ICMP errors related to accepted flows, and IPv6 neighbour discovery (without it no IPv6 flow works).
 */
export function renderIsolation(spec: IsolationSpec): string {
  const c = split(spec.collectorAddresses);
  const a = split(spec.allowCidrs.map((x) => x.text));
  const d = split(spec.dnsResolvers);
  const p = spec.collectorPort;
  const out: string[] = [
    `table inet ${ISOLATE_TABLE}`,
    `delete table inet ${ISOLATE_TABLE}`,
    `table inet ${ISOLATE_TABLE} {`,
    ...set('collector4', 'ipv4_addr', c.v4),
    ...set('collector6', 'ipv6_addr', c.v6),
    ...set('allow4', 'ipv4_addr', a.v4, true),
    ...set('allow6', 'ipv6_addr', a.v6, true),
    ...set('dns4', 'ipv4_addr', d.v4),
    ...set('dns6', 'ipv6_addr', d.v6),
    '  chain input {',
    '    type filter hook input priority filter - 10; policy drop;',
    '    iif "lo" accept',
    `    ip saddr @collector4 tcp sport ${p} ct state established accept`,
    `    ip6 saddr @collector6 tcp sport ${p} ct state established accept`,
    '    ip saddr @collector4 ct state related accept',
    '    ip6 saddr @collector6 ct state related accept',
    '    ip saddr @allow4 accept',
    '    ip6 saddr @allow6 accept',
    '    ip saddr @dns4 udp sport 53 ct state established accept',
    '    ip saddr @dns4 tcp sport 53 ct state established accept',
    '    ip6 saddr @dns6 udp sport 53 ct state established accept',
    '    ip6 saddr @dns6 tcp sport 53 ct state established accept',
    '    icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } ip6 hoplimit 255 accept',
    '  }',
    '  chain output {',
    '    type filter hook output priority filter - 10; policy drop;',
    '    oif "lo" accept',
    `    ip daddr @collector4 tcp dport ${p} ct state new,established accept`,
    `    ip6 daddr @collector6 tcp dport ${p} ct state new,established accept`,
    '    ip daddr @collector4 ct state related accept',
    '    ip6 daddr @collector6 ct state related accept',
    '    ip daddr @allow4 accept',
    '    ip6 daddr @allow6 accept',
    '    ip daddr @dns4 udp dport 53 accept',
    '    ip daddr @dns4 tcp dport 53 accept',
    '    ip6 daddr @dns6 udp dport 53 accept',
    '    ip6 daddr @dns6 tcp dport 53 accept',
    '    icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } ip6 hoplimit 255 accept',
    '  }',
    '  chain forward {',
    '    type filter hook forward priority filter - 10; policy drop;',
    '  }',
    '}',
  ];
  return out.join('\n') + '\n';
}

/** Removes Vigil's isolation table and nothing else; succeeds whether or not it exists. */
export function renderIsolationRemoval(): string {
  return `table inet ${ISOLATE_TABLE}\ndelete table inet ${ISOLATE_TABLE}\n`;
}

export interface BlockEntry {
  cidr: Cidr;
  /** Unix ms when the block lifts itself; undefined: until unblocked. */
  expiresAtMs?: number;
}

function element(e: BlockEntry, nowMs: number): string {
  if (e.expiresAtMs === undefined) return e.cidr.text;
  return `${e.cidr.text} timeout ${Math.max(1, Math.ceil((e.expiresAtMs - nowMs) / 1000))}s`;
}

/**
 * The block table: two interval sets with per-element timeouts (the kernel lifts a TTL block by itself)
 * and drop rules both ways. Rendered whole from the persisted block list, so re-applying heals it.
 */
export function renderBlockTable(entries: readonly BlockEntry[], nowMs: number): string {
  const live = entries.filter((e) => e.expiresAtMs === undefined || e.expiresAtMs > nowMs);
  const v4 = live.filter((e) => e.cidr.family === 4).map((e) => element(e, nowMs));
  const v6 = live.filter((e) => e.cidr.family === 6).map((e) => element(e, nowMs));
  const blockSet = (name: string, type: string, els: string[]) => [
    `  set ${name} {`,
    `    type ${type}`,
    '    flags interval, timeout',
    ...(els.length ? [`    elements = { ${els.join(', ')} }`] : []),
    '  }',
  ];
  const chain = (name: string, hook: string, dir: 'saddr' | 'daddr' | 'both') => {
    const rules =
      dir === 'both'
        ? ['ip saddr @block4 drop', 'ip daddr @block4 drop', 'ip6 saddr @block6 drop', 'ip6 daddr @block6 drop']
        : [`ip ${dir} @block4 drop`, `ip6 ${dir} @block6 drop`];
    return [`  chain ${name} {`, `    type filter hook ${hook} priority filter - 20; policy accept;`, ...rules.map((r) => `    ${r}`), '  }'];
  };
  return (
    [
      `table inet ${BLOCK_TABLE}`,
      `delete table inet ${BLOCK_TABLE}`,
      `table inet ${BLOCK_TABLE} {`,
      ...blockSet('block4', 'ipv4_addr', v4),
      ...blockSet('block6', 'ipv6_addr', v6),
      ...chain('input', 'input', 'saddr'),
      ...chain('output', 'output', 'daddr'),
      ...chain('forward', 'forward', 'both'),
      '}',
    ].join('\n') + '\n'
  );
}

/** How many rules a rendered script puts into chains: the self-heal check expects exactly this many live. */
export function countRules(script: string): number {
  let inChain = false;
  let n = 0;
  for (const line of script.split('\n')) {
    const t = line.trim();
    if (t.startsWith('chain ')) inChain = true;
    else if (t === '}') inChain = false;
    else if (inChain && t && !t.startsWith('type ')) n++;
  }
  return n;
}
