// The latest picture of each host, kept from its telemetry: running processes, open connections and
// listeners, the last health and inventory. Fed after each ingest commit and rebuilt at start from stored
// events, so the page's live process tree and the isolation impact preview need no query per view.
import { u64ToBigInt, u64ToNumber, vigil } from '@vigil/proto';
import type { StoredEvent } from '../events/types.js';

export interface ProcessView {
  pid: number;
  ppid: number;
  /** With pid, the process key (kill commands need it). */
  startTimeTicks: string;
  startTimeMs: number;
  exe: string;
  argv: string[];
  user: string;
  uid: number;
  sha256: string;
}

export interface ConnectionView {
  transport: 'tcp' | 'udp' | 'unknown';
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  state: string;
  direction: 'outbound' | 'inbound' | 'unknown';
  pid: number;
  exe: string;
}

export interface ListenerView {
  transport: 'tcp' | 'udp' | 'unknown';
  localAddress: string;
  localPort: number;
  pid: number;
  exe: string;
}

export interface HealthView {
  timeMs: number;
  cpuPercent: number;
  rssBytes: number;
  eventsPerSecond: number;
  spoolBytes: number;
  spoolEvents: number;
  droppedEvents: number;
  isolated: boolean;
  dryRun: boolean;
  uptimeMs: number;
  /** The exec source in use (audit, connector, poll), the connection source (audit, poll), and why. */
  processSource: string;
  networkSource: string;
  sourceReason: string;
  /** The agent's own figure: execs with full argv / execs counted, last hour (null: the agent reports no exec source). */
  execCoveragePercent: number | null;
  /** Audit records lost since the agent started. */
  auditRecordsLost: number;
  sensorErrors: Array<{ sensor: string; code: string; message: string }>;
}

interface HostState {
  processes: Map<string, ProcessView>;
  connections: Map<string, ConnectionView>;
  listeners: Map<string, ListenerView>;
  health?: HealthView;
  inventory?: vigil.v1.IHostInventory;
  inventoryTimeMs?: number;
  lastTamper?: { timeMs: number; what: string; detail: string };
}

export interface HostTrackerLimits {
  /** Entries kept per host per table; the oldest go first beyond it. */
  maxProcesses: number;
  maxConnections: number;
}

const transportName = (t: number | null | undefined) => (t === 1 ? 'tcp' : t === 2 ? 'udp' : 'unknown');
const nsToMs = (ns: bigint) => Number(ns / 1_000_000n);

function boundedSet<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) {
    const first = map.keys().next().value;
    if (first === undefined) break;
    map.delete(first);
  }
}

/** A host's stored process and network events, each list in time order: what its tables are rebuilt from. */
export type TableLoader = (agentId: string) => ReadonlyArray<readonly StoredEvent[]>;

/** A host's latest stored health, inventory and tamper events, in time order: what its summary is read from. */
export type SummaryLoader = (agentId: string) => readonly StoredEvent[];

const TABLE_KINDS = new Set(['process_start', 'process_exit', 'network_connection', 'network_listener']);

export class HostTracker {
  private readonly hosts = new Map<string, HostState>();
  /** Hosts whose process and connection tables are current; with a loader, a host's are built on first read. */
  private readonly loaded = new Set<string>();
  /** Hosts whose health, inventory and tamper are current; with a summary loader, read on first look. */
  private readonly summarized = new Set<string>();

  /**
   * With `load`, start-up costs nothing per stored event: health, inventory and tamper are applied as they
   * come, and a host's tables are rebuilt from its stored events when first read, then kept current. Until
   * then its table events are left to the store (the rebuild reads them), so memory follows the hosts viewed.
   */
  constructor(
    private readonly limits: HostTrackerLimits = { maxProcesses: 10_000, maxConnections: 10_000 },
    private readonly load?: TableLoader,
    /**
     * With `loadSummary`, start-up reads nothing per host either (issue 18: 10,000 hosts took 2.3 s of
     * queries before the collector listened): a host's summary is read from the store when first shown.
     * Events applied before that are in the store too, so the read ends on the latest of them.
     */
    private readonly loadSummary?: SummaryLoader,
  ) {}

  private summaryOf(agentId: string): HostState | undefined {
    if (this.loadSummary && !this.summarized.has(agentId)) {
      this.summarized.add(agentId);
      this.apply(agentId, this.loadSummary(agentId));
    }
    return this.hosts.get(agentId);
  }

  private tablesOf(agentId: string): HostState | undefined {
    if (this.load && !this.loaded.has(agentId)) {
      this.loaded.add(agentId);
      for (const events of this.load(agentId)) this.apply(agentId, events);
    }
    return this.hosts.get(agentId);
  }

  private host(agentId: string): HostState {
    let h = this.hosts.get(agentId);
    if (!h) {
      h = { processes: new Map(), connections: new Map(), listeners: new Map() };
      this.hosts.set(agentId, h);
    }
    return h;
  }

  /** Applies events in time order. */
  apply(agentId: string, events: readonly StoredEvent[]): void {
    const h = this.host(agentId);
    const tables = !this.load || this.loaded.has(agentId);
    for (const s of events) {
      if (!tables && TABLE_KINDS.has(s.kind)) continue;
      const e = s.event;
      if (e.processStart) {
        const p = e.processStart;
        const ticks = u64ToBigInt(p.startTimeTicks ?? 0).toString();
        // a new start for a known pid means the old process with that pid is gone
        for (const [k, v] of h.processes) if (v.pid === (p.pid ?? 0) && v.startTimeTicks !== ticks) h.processes.delete(k);
        boundedSet(
          h.processes,
          `${p.pid}:${ticks}`,
          {
            pid: p.pid ?? 0,
            ppid: p.ppid ?? 0,
            startTimeTicks: ticks,
            startTimeMs: nsToMs(u64ToBigInt(p.startTimeNs ?? 0)) || nsToMs(s.timeNs),
            exe: p.exe ?? '',
            argv: p.argv ?? [],
            user: p.user ?? '',
            uid: p.uid ?? 0,
            sha256: p.sha256 ?? '',
          },
          this.limits.maxProcesses,
        );
      } else if (e.processExit) {
        h.processes.delete(`${e.processExit.pid}:${u64ToBigInt(e.processExit.startTimeTicks ?? 0).toString()}`);
      } else if (e.networkConnection) {
        const c = e.networkConnection;
        const key = `${c.transport}|${c.localAddress}|${c.localPort}|${c.remoteAddress}|${c.remotePort}`;
        if (c.closed) h.connections.delete(key);
        else
          boundedSet(
            h.connections,
            key,
            {
              transport: transportName(c.transport),
              localAddress: c.localAddress ?? '',
              localPort: c.localPort ?? 0,
              remoteAddress: c.remoteAddress ?? '',
              remotePort: c.remotePort ?? 0,
              state: c.state ?? '',
              direction: c.direction === vigil.v1.Direction.OUTBOUND ? 'outbound' : c.direction === vigil.v1.Direction.INBOUND ? 'inbound' : 'unknown',
              pid: c.pid ?? 0,
              exe: c.exe ?? '',
            },
            this.limits.maxConnections,
          );
      } else if (e.networkListener) {
        const l = e.networkListener;
        const key = `${l.transport}|${l.localAddress}|${l.localPort}`;
        if (l.closed) h.listeners.delete(key);
        else
          boundedSet(
            h.listeners,
            key,
            { transport: transportName(l.transport), localAddress: l.localAddress ?? '', localPort: l.localPort ?? 0, pid: l.pid ?? 0, exe: l.exe ?? '' },
            this.limits.maxConnections,
          );
      } else if (e.health) {
        const x = e.health;
        h.health = {
          timeMs: nsToMs(s.timeNs),
          cpuPercent: x.cpuPercent ?? 0,
          rssBytes: u64ToNumber(x.rssBytes ?? 0),
          eventsPerSecond: x.eventsPerSecond ?? 0,
          spoolBytes: u64ToNumber(x.spoolBytes ?? 0),
          spoolEvents: u64ToNumber(x.spoolEvents ?? 0),
          droppedEvents: u64ToNumber(x.droppedEvents ?? 0),
          isolated: x.isolated ?? false,
          dryRun: x.dryRun ?? false,
          uptimeMs: u64ToNumber(x.uptimeMs ?? 0),
          processSource: (x.processSource ?? '').slice(0, 32),
          networkSource: (x.networkSource ?? '').slice(0, 32),
          sourceReason: (x.sourceReason ?? '').slice(0, 300),
          // proto3 has no "unset" for a double: an agent without exec sources (older) leaves processSource empty
          execCoveragePercent: x.processSource && Number.isFinite(x.execCoveragePercent) ? Math.max(0, Math.min(100, x.execCoveragePercent ?? 0)) : null,
          auditRecordsLost: Number(u64ToBigInt(x.auditRecordsLost ?? 0)),
          sensorErrors: (x.sensorErrors ?? []).slice(0, 20).map((se: { sensor?: string | null; code?: string | null; message?: string | null }) => ({
            sensor: se.sensor ?? '',
            code: se.code ?? '',
            message: se.message ?? '',
          })),
        };
      } else if (e.inventory) {
        h.inventory = e.inventory;
        h.inventoryTimeMs = nsToMs(s.timeNs);
      } else if (e.tamper) {
        h.lastTamper = { timeMs: nsToMs(s.timeNs), what: e.tamper.what ?? '', detail: e.tamper.detail ?? '' };
      }
    }
  }

  processes(agentId: string): ProcessView[] {
    return [...(this.tablesOf(agentId)?.processes.values() ?? [])].sort((a, b) => a.pid - b.pid);
  }
  connections(agentId: string): ConnectionView[] {
    return [...(this.tablesOf(agentId)?.connections.values() ?? [])];
  }
  listeners(agentId: string): ListenerView[] {
    return [...(this.tablesOf(agentId)?.listeners.values() ?? [])].sort((a, b) => a.localPort - b.localPort);
  }
  health(agentId: string): HealthView | undefined {
    return this.summaryOf(agentId)?.health;
  }
  inventory(agentId: string): vigil.v1.IHostInventory | undefined {
    return this.summaryOf(agentId)?.inventory;
  }
  lastTamper(agentId: string) {
    return this.summaryOf(agentId)?.lastTamper;
  }
}
