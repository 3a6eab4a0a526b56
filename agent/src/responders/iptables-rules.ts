// The iptables/ip6tables fallback for hosts without nft: the same policy as the nft table, as Vigil's own
// chains in the filter table, rendered as iptables-restore input (one atomic restore per family).
import type { BlockEntry, IsolationSpec } from './nft-rules.js';

export type Family = 4 | 6;
export const ISO_CHAINS = { input: 'VIGIL-ISO-IN', output: 'VIGIL-ISO-OUT', forward: 'VIGIL-ISO-FWD' } as const;
export const BLOCK_CHAINS = { input: 'VIGIL-BLK-IN', output: 'VIGIL-BLK-OUT', forward: 'VIGIL-BLK-FWD' } as const;
export type ChainSet = typeof ISO_CHAINS | typeof BLOCK_CHAINS;

const HOOKS = { input: 'INPUT', output: 'OUTPUT', forward: 'FORWARD' } as const;

function byFamily(addresses: readonly string[], family: Family): string[] {
  return [...new Set(addresses.filter((a) => a.includes(':') === (family === 6)))].sort();
}

/** The chain bodies for isolation, in one family. */
export function isolationRules(spec: IsolationSpec, family: Family): string[] {
  const { input: IN, output: OUT, forward: FWD } = ISO_CHAINS;
  const p = spec.collectorPort;
  const col = byFamily(spec.collectorAddresses, family);
  const allow = byFamily(
    spec.allowCidrs.map((c) => c.text),
    family,
  );
  const dns = byFamily(spec.dnsResolvers, family);
  const r: string[] = [`-A ${IN} -i lo -j ACCEPT`, `-A ${OUT} -o lo -j ACCEPT`];
  for (const a of col) {
    r.push(`-A ${IN} -s ${a} -p tcp -m tcp --sport ${p} -m conntrack --ctstate ESTABLISHED -j ACCEPT`);
    r.push(`-A ${IN} -s ${a} -m conntrack --ctstate RELATED -j ACCEPT`);
    r.push(`-A ${OUT} -d ${a} -p tcp -m tcp --dport ${p} -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT`);
    r.push(`-A ${OUT} -d ${a} -m conntrack --ctstate RELATED -j ACCEPT`);
  }
  for (const a of allow) r.push(`-A ${IN} -s ${a} -j ACCEPT`, `-A ${OUT} -d ${a} -j ACCEPT`);
  for (const a of dns) {
    for (const proto of ['udp', 'tcp']) {
      r.push(`-A ${IN} -s ${a} -p ${proto} -m ${proto} --sport 53 -m conntrack --ctstate ESTABLISHED -j ACCEPT`);
      r.push(`-A ${OUT} -d ${a} -p ${proto} -m ${proto} --dport 53 -j ACCEPT`);
    }
  }
  if (family === 6) {
    for (const t of ['neighbour-solicitation', 'neighbour-advertisement']) {
      r.push(`-A ${IN} -p ipv6-icmp -m icmp6 --icmpv6-type ${t} -m hl --hl-eq 255 -j ACCEPT`);
      r.push(`-A ${OUT} -p ipv6-icmp -m icmp6 --icmpv6-type ${t} -m hl --hl-eq 255 -j ACCEPT`);
    }
  }
  r.push(`-A ${IN} -j DROP`, `-A ${OUT} -j DROP`, `-A ${FWD} -j DROP`);
  return r;
}

/** The chain bodies for blocks, in one family (expired entries left out). */
export function blockRules(entries: readonly BlockEntry[], family: Family, nowMs: number): string[] {
  const { input: IN, output: OUT, forward: FWD } = BLOCK_CHAINS;
  const r: string[] = [];
  for (const e of entries) {
    if (e.cidr.family !== family || (e.expiresAtMs !== undefined && e.expiresAtMs <= nowMs)) continue;
    const c = e.cidr.text;
    r.push(`-A ${IN} -s ${c} -j DROP`, `-A ${OUT} -d ${c} -j DROP`, `-A ${FWD} -s ${c} -j DROP`, `-A ${FWD} -d ${c} -j DROP`);
  }
  return r;
}

/**
 * iptables-restore --noflush input that (re)creates Vigil's chains with `body` and hooks them first in the
 * built-in chains. `hooked` says which jumps already exist, so they are moved, never doubled.
 */
export function renderRestore(chains: ChainSet, body: readonly string[], hooked: ReadonlySet<string>): string {
  const lines = ['*filter'];
  for (const c of Object.values(chains)) lines.push(`:${c} - [0:0]`);
  for (const [k, c] of Object.entries(chains) as Array<[keyof typeof HOOKS, string]>) {
    if (hooked.has(c)) lines.push(`-D ${HOOKS[k]} -j ${c}`);
    lines.push(`-I ${HOOKS[k]} 1 -j ${c}`);
  }
  lines.push(...body, 'COMMIT');
  return lines.join('\n') + '\n';
}

export function hookOf(chain: string): string {
  for (const [k, c] of Object.entries(ISO_CHAINS)) if (c === chain) return HOOKS[k as keyof typeof HOOKS];
  for (const [k, c] of Object.entries(BLOCK_CHAINS)) if (c === chain) return HOOKS[k as keyof typeof HOOKS];
  throw new RangeError(`not a Vigil chain: ${chain}`);
}

/** From `iptables-save -t filter` output: rules per Vigil chain and which jumps are hooked. */
export function parseSave(save: string, chains: ChainSet): { rules: number; declared: Set<string>; hooked: Set<string> } {
  const names = new Set<string>(Object.values(chains));
  const declared = new Set<string>();
  const hooked = new Set<string>();
  let rules = 0;
  for (const line of save.split('\n')) {
    const decl = /^:(\S+) /.exec(line);
    if (decl?.[1] && names.has(decl[1])) declared.add(decl[1]);
    const m = /^-A (\S+) (.*)$/.exec(line);
    if (!m) continue;
    if (m[1] && names.has(m[1])) rules++;
    const jump = /^-j (\S+)$/.exec(m[2] ?? '');
    if (jump?.[1] && names.has(jump[1]) && m[1] === hookOf(jump[1])) hooked.add(jump[1]);
  }
  return { rules, declared, hooked };
}
