// The collector's configuration: one strict schema where every limit is a named option with a safe default.
// Other modules add their own sections here; the loaded object is deep-frozen and injected, never imported.
import { loadConfig, z } from '@vigil/config';
import { authOptionsSchema } from './auth/options.js';
import { apiOptionsSchema } from './api/options.js';
import { detectOptionsSchema } from './alerts/options.js';
import { installOptionsSchema } from './install/options.js';
import { metricsOptionsSchema } from './metrics/options.js';
import { incidentOptionsSchema } from './incidents/options.js';
import { coverageOptionsSchema } from './coverage/options.js';
import { commandsOptionsSchema } from './commands/options.js';
import { ingestOptionsSchema } from './ingest/options.js';
import { auditOptionsSchema } from './audit/options.js';
import { agentsOptionsSchema } from './hosts/options.js';

const MiB = 1024 * 1024;

export const collectorConfigSchema = z
  .object({
    /** Data folder: state.json (lowdb), events.db (SQLite), keys/, tls/. */
    dataDir: z.string().min(1).default('./data'),
    logLevel: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    listen: z
      .object({
        host: z.string().min(1).default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8080),
        /** Plain ws:// is allowed off-loopback only when this is set explicitly (behind a TLS proxy, say). */
        allowPlaintextOffLoopback: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    /** The HTTP(S) server's sockets: an fd budget with a reserve for known agents and operators, and timeouts. */
    http: z
      .object({
        maxConnections: z.number().int().min(16).max(10_000_000).default(16_384),
        reserveConnections: z.number().int().min(0).max(100_000).default(256),
        maxConnectionsPerAddress: z.number().int().min(1).max(1_000_000).default(256),
        fdsForFiles: z.number().int().min(16).max(100_000).default(256),
        headersTimeoutMs: z.number().int().min(100).max(600_000).default(10_000),
        requestTimeoutMs: z.number().int().min(100).max(3_600_000).default(30_000),
        keepAliveTimeoutMs: z.number().int().min(100).max(600_000).default(5000),
        knownOperatorMs: z
          .number()
          .int()
          .min(1000)
          .max(30 * 86_400_000)
          .default(12 * 3_600_000),
      })
      .strict()
      .superRefine((h, ctx) => {
        if (h.reserveConnections >= h.maxConnections)
          ctx.addIssue({ code: 'custom', path: ['reserveConnections'], message: 'must be below http.maxConnections' });
        if (h.requestTimeoutMs < h.headersTimeoutMs)
          ctx.addIssue({ code: 'custom', path: ['requestTimeoutMs'], message: 'must be at least http.headersTimeoutMs' });
      })
      .prefault({}),
    /** wss:// with this certificate and key (PEM paths). Both or neither. */
    tls: z
      .object({ certFile: z.string().min(1), keyFile: z.string().min(1) })
      .strict()
      .optional(),
    gateway: z
      .object({
        /** HTTP path of the agent WebSocket. */
        path: z.string().startsWith('/').default('/agent'),
        /** WebSocket maxPayload: the largest frame the collector reads at all. */
        maxPayloadBytes: z
          .number()
          .int()
          .min(1024)
          .max(256 * MiB)
          .default(4 * MiB),
        /** Events in one batch. */
        maxBatchEvents: z.number().int().min(1).max(100_000).default(5000),
        /** Bytes of any one string inside an agent message. */
        maxStringBytes: z
          .number()
          .int()
          .min(64)
          .max(16 * MiB)
          .default(64 * 1024),
        /** Entries of any one repeated field or map inside an event. */
        maxListEntries: z.number().int().min(1).max(1_000_000).default(4096),
        /** Time a new connection has to authenticate or enroll. */
        authTimeoutMs: z.number().int().min(100).max(300_000).default(10_000),
        /** New WebSocket connections per second from addresses not known to host an agent (token bucket; burst = rate). */
        connectionsPerSecond: z.number().positive().max(100_000).default(50),
        /** New WebSocket connections per second from any one address (burst = 2x). */
        connectionsPerSecondPerAddress: z.number().positive().max(100_000).default(5),
        /** An address that authenticated an agent this recently skips the shared bucket of unknown addresses. */
        knownAgentAddressMs: z
          .number()
          .int()
          .min(1000)
          .max(30 * 86_400_000)
          .default(86_400_000),
        /** Addresses tracked for rate limits at most (least recently seen forgotten first). */
        maxTrackedAddresses: z.number().int().min(100).max(10_000_000).default(100_000),
        /** Connections not yet authenticated from any one address. */
        maxPendingPerAddress: z.number().int().min(1).max(100_000).default(16),
        /** Enrollment attempts per second (token bucket; burst = rate). */
        enrollmentsPerSecond: z.number().positive().max(10_000).default(5),
        /** Connections open at once, authenticated or not. */
        maxConnections: z.number().int().min(1).max(1_000_000).default(10_000),
        /** Connections that have not authenticated yet. */
        maxPendingConnections: z.number().int().min(1).max(100_000).default(256),
        /** An agent silent this long (no message, no ping) is marked offline and its connection closed. */
        offlineAfterMs: z.number().int().min(1000).max(86_400_000).default(90_000),
        /**
         * Largest step an event sequence may take above the highest one stored for its agent (or the previous
         * one in its batch). A legitimate jump is the number of events an agent's full spool dropped.
         */
        maxSequenceJump: z
          .number()
          .int()
          .min(1000)
          .max(2 ** 40)
          .default(1_000_000_000),
        /** A connected agent that reports events it wrote but gets none stored for this long is flagged "not storing". */
        stalledAfterMs: z.number().int().min(100).max(86_400_000).default(120_000),
      })
      .strict()
      .prefault({}),
    /** Group commit and flow control: transaction size and delay, agents' windows, the queue's bounds (collector/src/ingest/options.ts). */
    ingest: ingestOptionsSchema.prefault({}),
    /** A full disk: below minFreeBytes free in the data folder, ingest and writes stop until space returns. */
    storage: z
      .object({
        minFreeBytes: z
          .number()
          .int()
          .min(0)
          .default(64 * MiB),
        probeIntervalMs: z.number().int().min(100).max(600_000).default(5000),
        /** Before serving, read every page of the database file (SQLite's quick check) and refuse a damaged one; 'off' trusts it. */
        startCheck: z.enum(['quick', 'off']).default('quick'),
        /**
         * ... on a file up to this size: the check reads all of it (4.3 s for 765 MiB, 1 million events, on this
         * project's 2-core machine), so a bigger file starts unchecked and says so; `vigil-collector db check`
         * checks it beside the running collector.
         */
        startCheckMaxBytes: z
          .number()
          .int()
          .min(0)
          .default(256 * MiB),
      })
      .strict()
      .prefault({}),
    /** The audit log's own limits: aggregation of refused unauthenticated requests, and retention. */
    audit: auditOptionsSchema.prefault({}),
    retention: z
      .object({
        /** Events older than this are deleted (days). */
        maxAgeDays: z.number().positive().max(36_500).default(30),
        /** Events are deleted oldest first while the event tables use more than this. */
        maxBytes: z
          .number()
          .int()
          .min(MiB)
          .default(10 * 1024 * MiB),
        /** How often retention runs. */
        intervalMs: z.number().int().min(1000).max(86_400_000).default(60_000),
      })
      .strict()
      .prefault({}),
    /** The enrolled agents: the bound on each stored inventory, the host picture's start-up replay (collector/src/hosts/options.ts). */
    agents: agentsOptionsSchema.prefault({}),
    /** Operator logins: sessions, login rate limits, password rules (collector/src/auth/options.ts). */
    auth: authOptionsSchema.prefault({}),
    /** HTTP API limits: body and URL size, page sizes, live clients (collector/src/api/options.ts). */
    api: apiOptionsSchema.prefault({}),
    /** Detection: rule folders, alert dedupe window, evidence and correlation limits (collector/src/alerts/options.ts). */
    detect: detectOptionsSchema.prefault({}),
    /** Exec coverage ledger: summary window, "telemetry degraded" alert window and thresholds (collector/src/coverage/options.ts). */
    coverage: coverageOptionsSchema.prefault({}),
    /** Incidents: grouping policy (off by default), forensic collection and export limits (collector/src/incidents/options.ts). */
    incidents: incidentOptionsSchema.prefault({}),
    /** Response commands: validity windows, sweep interval, history reads (collector/src/commands/options.ts). */
    commands: commandsOptionsSchema.prefault({}),
    /** Agent bundle, install script and upgrades (collector/src/install/options.ts). */
    install: installOptionsSchema.prefault({}),
    /** Prometheus /metrics (collector/src/metrics/options.ts). */
    metrics: metricsOptionsSchema.prefault({}),
    enrollment: z
      .object({
        /** Default lifetime of a token from `token create` (seconds). */
        defaultTtlSeconds: z
          .number()
          .int()
          .min(60)
          .max(365 * 86_400)
          .default(86_400),
        /** Default number of enrollments a token allows. */
        defaultUses: z.number().int().min(1).max(100_000).default(1),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    const loopback = c.listen.host === '127.0.0.1' || c.listen.host === '::1' || c.listen.host === 'localhost';
    if (!c.tls && !loopback && !c.listen.allowPlaintextOffLoopback) {
      ctx.addIssue({
        code: 'custom',
        path: ['listen', 'host'],
        message: 'plain ws:// only on loopback: configure tls.certFile/tls.keyFile or set listen.allowPlaintextOffLoopback',
      });
    }
  });

export type CollectorConfig = z.output<typeof collectorConfigSchema>;

export interface LoadCollectorConfigOptions {
  file?: string;
  env?: Record<string, string | undefined>;
  overrides?: Record<string, unknown>;
}

/** Loads YAML file + VIGIL_COLLECTOR_* env + overrides; throws ConfigError listing every bad key. */
export function loadCollectorConfig(options: LoadCollectorConfigOptions = {}): Readonly<CollectorConfig> {
  return loadConfig(collectorConfigSchema, {
    ...(options.file ? { file: options.file, optional: true } : {}),
    ...(options.env ? { env: options.env, envPrefix: 'VIGIL_COLLECTOR_' } : {}),
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
}
