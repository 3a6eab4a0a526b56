// What the agents and events routes read: link's agent records and status, the host tracker, the event store,
// and optional views other modules add (open alerts per host, isolation from command results, exec coverage).
import type { AgentQuery, AgentRecord } from './types.js';
import type { EventStore } from '../events/types.js';
import type { HostTracker } from './tracker.js';
import type { HostCoverage } from '../coverage/types.js';
import type { DeliveryView } from '../gateway/delivery.js';

export type SeverityCounts = Record<'critical' | 'high' | 'medium' | 'low' | 'informational', number>;

export interface IsolationView {
  isolated: boolean;
  /** A command that changes it is pending or running. */
  pending: boolean;
  /** Where the state comes from: the last isolate/release command, or the agent's health report. */
  source: 'command' | 'health' | 'none';
  sinceMs: number | null;
}

export interface Fleet {
  /** The agent store's list: by hostname, then id (hosts/order.ts). */
  listAgents(query?: AgentQuery): AgentRecord[];
  getAgent(id: string): AgentRecord | undefined;
  status(id: string): { online: boolean; lastSeenAtMs: number; remote?: string; delivery?: DeliveryView };
  tracker: HostTracker;
  events: EventStore;
  /** Open (new or acknowledged) alerts of a host by severity; set when the alerts module is present. */
  openAlerts?: (agentId: string) => SeverityCounts;
  /** Exec coverage over the summary window; set when the coverage module is present. */
  coverage?: (agentId: string) => HostCoverage | undefined;
  /** Isolation known from commands; set when the commands module is present. */
  commandIsolation?: (agentId: string) => { isolated: boolean; pending: boolean; sinceMs: number | null } | undefined;
}
