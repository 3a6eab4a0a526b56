// Upgrade rate limits per source address (issue 13 item 5: one global bucket let an unauthenticated flood
// starve every agent's reconnect). Each address has its own bucket; addresses that authenticated an agent
// recently skip the shared bucket that unknown addresses draw from, so a flood never locks agents out.
// Memory is bounded: the least recently seen addresses are forgotten first.
import { TokenBucket } from './limiter.js';

export interface AddressLimitOptions {
  /** New connections per second from one address (burst = 2x). */
  perAddressPerSecond: number;
  /** New connections per second from all addresses not known to host an agent (burst = rate). */
  unknownPerSecond: number;
  /** How long an address that authenticated an agent counts as known. */
  knownForMs: number;
  /** Addresses tracked at most (buckets and known agents each). */
  maxAddresses: number;
}

export class AddressLimits {
  private readonly buckets = new Map<string, TokenBucket>();
  /** Per known address: when an agent last authenticated from it, and which agents did (NAT: many per address). */
  private readonly known = new Map<string, { atMs: number; agents: Set<string> }>();
  private readonly unknown: TokenBucket;

  constructor(
    private readonly o: AddressLimitOptions,
    private readonly clock: () => number = Date.now,
  ) {
    this.unknown = new TokenBucket(o.unknownPerSecond, undefined, clock);
  }

  /** True if a new connection from `address` may proceed. */
  take(address: string): boolean {
    // Agents behind one address (a NAT) each get the per-address rate, so a mass reconnect is not throttled to one.
    const rate = this.o.perAddressPerSecond * Math.max(1, this.isKnown(address) ? (this.known.get(address)?.agents.size ?? 1) : 1);
    let b = this.buckets.get(address);
    if (b) this.buckets.delete(address);
    if (!b || b.rate !== rate) b = new TokenBucket(rate, Math.max(1, Math.ceil(rate * 2)), this.clock);
    this.buckets.set(address, b);
    this.trim(this.buckets);
    if (!b.take()) return false;
    return this.isKnown(address) || this.unknown.take();
  }

  /** An agent authenticated from `address`: its reconnects no longer compete with unknown traffic. */
  noteAgent(address: string, agentId: string): void {
    const k = this.known.get(address) ?? { atMs: 0, agents: new Set<string>() };
    this.known.delete(address);
    k.atMs = this.clock();
    if (k.agents.size < 100_000) k.agents.add(agentId);
    this.known.set(address, k);
    this.trim(this.known);
  }

  isKnown(address: string): boolean {
    const k = this.known.get(address);
    return k !== undefined && this.clock() - k.atMs <= this.o.knownForMs;
  }

  private trim<V>(map: Map<string, V>): void {
    while (map.size > this.o.maxAddresses) map.delete(map.keys().next().value as string);
  }
}
