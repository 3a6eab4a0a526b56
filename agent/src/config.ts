// The agent's configuration: one strict schema, every limit a named option with a safe default.
// Loaded from /etc/vigil/agent.yaml (or --config) plus VIGIL_AGENT_* variables, then frozen and injected.
import { loadConfig, z } from '@vigil/config';
import { sensorsOptions } from './sensors/options.js';
import { forensicsOptions } from './forensics/options.js';

const MiB = 1024 * 1024;

export const agentConfigSchema = z
  .object({
    /** Identity, key, spool and sensor state; created 0700, files 0600. */
    stateDir: z.string().min(1).default('/var/lib/vigil-agent'),
    logLevel: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /**
     * Host-altering responses (isolate, block, stop service, kill, quarantine) are only reported, never applied.
     * The collector can turn dry-run on for an agent, never off: only this local setting (or --no-dry-run) can.
     */
    dryRun: z.boolean().default(true),
    spool: z
      .object({
        /** Cap of the on-disk spool; the oldest unacked events are dropped (and reported as a gap) beyond it. */
        maxBytes: z
          .number()
          .int()
          .min(64 * 1024)
          .default(256 * MiB),
        /** Size at which a segment file is closed and a new one started. */
        segmentBytes: z
          .number()
          .int()
          .min(4096)
          .max(256 * MiB)
          .default(8 * MiB),
        /** Largest single encoded event; a bigger one is dropped and counted (never blocks delivery). */
        maxEventBytes: z
          .number()
          .int()
          .min(1024)
          .max(64 * MiB)
          .default(1 * MiB),
        /** Strings in events are cut to this many bytes (keep <= the collector's gateway.maxStringBytes). */
        maxStringBytes: z
          .number()
          .int()
          .min(64)
          .max(16 * MiB)
          .default(64 * 1024),
        /** Lists and maps in events are cut to this many entries (keep <= gateway.maxListEntries). */
        maxListEntries: z.number().int().min(1).max(1_000_000).default(4096),
        /** Longest time an appended event stays unsynced to disk when nothing is being sent. */
        syncIntervalMs: z.number().int().min(10).max(60_000).default(1000),
      })
      .strict()
      .prefault({}),
    link: z
      .object({
        /** A batch is sent when it holds this many events ... */
        batchMaxEvents: z.number().int().min(1).max(100_000).default(1000),
        /** ... or this many bytes ... */
        batchMaxBytes: z
          .number()
          .int()
          .min(1024)
          .max(64 * MiB)
          .default(512 * 1024),
        /** ... or its oldest event waited this long. */
        batchMaxDelayMs: z.number().int().min(0).max(60_000).default(200),
        /** Backpressure: stop reading the spool while the socket holds this many unsent bytes. */
        maxBufferedBytes: z
          .number()
          .int()
          .min(1024)
          .default(4 * MiB),
        /** Events sent but not yet acked before sending pauses. */
        maxUnackedEvents: z.number().int().min(1).default(50_000),
        /** Reconnect delay: full jitter over min(backoffMaxMs, backoffBaseMs * 2^attempt). */
        backoffBaseMs: z.number().int().min(1).max(60_000).default(500),
        backoffMaxMs: z.number().int().min(1).max(3_600_000).default(30_000),
        /**
         * For reconnectWindowMs after an online connection dropped (a collector restart, most likely) the
         * ceiling stays at most reconnectMaxMs, so the fleet is back within seconds of the collector; a
         * refusal other than the collector's shutdown ends that window. Between them a fleet of N agents
         * tries about 2N/reconnectMaxMs connections a second while its collector is down.
         */
        reconnectMaxMs: z.number().int().min(1).max(3_600_000).default(2000),
        reconnectWindowMs: z.number().int().min(0).max(3_600_000).default(60_000),
        /**
         * The most the collector's clock (from its welcome) is believed to differ from this host's; commands
         * are checked against the collector's. At most half of response.ledger.retainAfterExpiryMs, so no
         * shift of the offset can outlast the replay ledger.
         */
        maxClockOffsetMs: z
          .number()
          .int()
          .min(0)
          .max(15 * 86_400_000)
          .default(6 * 3_600_000),
        /** Enrollment tries while the collector is busy or unreachable, the same backoff between them. */
        enrollAttempts: z.number().int().min(1).max(100).default(10),
        /** WebSocket ping interval; no pong within pongTimeoutMs drops the connection. */
        pingIntervalMs: z.number().int().min(100).max(600_000).default(15_000),
        pongTimeoutMs: z.number().int().min(100).max(600_000).default(10_000),
        /** Heartbeat message interval (liveness plus last sequence). */
        heartbeatIntervalMs: z.number().int().min(100).max(3_600_000).default(30_000),
        /** TCP+TLS+WebSocket handshake deadline. */
        connectTimeoutMs: z.number().int().min(100).max(300_000).default(10_000),
        /** Largest collector frame the agent reads. */
        maxFrameBytes: z
          .number()
          .int()
          .min(1024)
          .max(256 * MiB)
          .default(8 * MiB),
        /**
         * Longest chain of command-key rotations the agent follows from the key it pins to the one its
         * collector presents; an agent offline for more rotations must be enrolled again.
         */
        maxKeyRotations: z.number().int().min(0).max(4096).default(256),
        /** Allow plain ws:// to a collector beyond loopback (--insecure); loopback never needs it. */
        allowInsecure: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    health: z
      .object({
        /** Interval of AgentHealth events. */
        intervalMs: z.number().int().min(1000).max(3_600_000).default(60_000),
        /** How often status.json (read by `vigil-agent status`) is rewritten. */
        statusIntervalMs: z.number().int().min(100).max(3_600_000).default(5000),
      })
      .strict()
      .prefault({}),
    /** Response actions (isolate, block, stop service, kill, quarantine) and signed-command checks. */
    response: z
      .object({
        /** Firewall front-end: nft when present, else iptables/ip6tables ("auto"), or forced. */
        firewall: z.enum(['auto', 'nft', 'iptables']).default('auto'),
        /** How often the isolation and block tables are checked and healed (tamper events on repair). */
        healIntervalMs: z.number().int().min(100).max(3_600_000).default(10_000),
        /** Isolation self-test deadline when the command does not set one; also the block self-test deadline. */
        selfTestDeadlineMs: z.number().int().min(100).max(600_000).default(30_000),
        /** All blocks together may cover at most as many addresses as one /ipv4Prefix (IPv4) and one /ipv6Prefix (IPv6). */
        maxBlockedSpace: z
          .object({
            ipv4Prefix: z.number().int().min(1).max(32).default(8),
            ipv6Prefix: z.number().int().min(1).max(128).default(32),
          })
          .strict()
          .prefault({}),
        /** SIGTERM to SIGKILL delay of a kill when the command sets none (grace_ms 0). */
        killGraceMs: z.number().int().min(0).max(120_000).default(5000),
        /** The executed-command ledger (replay refusal, first result for a redelivered id). */
        ledger: z
          .object({
            /** A command's entry is kept this long after the command expired (a replay must be refused until then). */
            retainAfterExpiryMs: z
              .number()
              .int()
              .min(60_000)
              .max(30 * 86_400_000)
              .default(86_400_000),
            /** The most entries kept; the oldest expired ones go first. */
            maxEntries: z.number().int().min(100).max(1_000_000).default(10_000),
          })
          .strict()
          .prefault({}),
        /** Largest signed command payload accepted. */
        maxCommandBytes: z
          .number()
          .int()
          .min(1024)
          .max(1024 * 1024)
          .default(64 * 1024),
        /** How far a command's issued-at may lie in the agent's future. */
        maxClockSkewMs: z.number().int().min(0).max(3_600_000).default(300_000),
        /** Longest command validity window accepted (bounds the replay ledger). */
        maxCommandLifetimeMs: z
          .number()
          .int()
          .min(1000)
          .max(30 * 86_400_000)
          .default(7 * 86_400_000),
      })
      .strict()
      .prefault({}),
    /** The installed agent (vigil-agent install) and its signed upgrades. */
    install: z
      .object({
        /** Folder of the installed bundle, its wrappers and the upgrade markers. */
        prefix: z
          .string()
          .regex(/^\/[A-Za-z0-9._/+-]*$/)
          .default('/opt/vigil'),
        /** Largest bundle an upgrade downloads. */
        maxBundleBytes: z
          .number()
          .int()
          .min(64 * 1024)
          .max(512 * MiB)
          .default(64 * MiB),
        /** An upgraded bundle that has not reached the collector this long after start exits (counted as a failed start). */
        confirmTimeoutMs: z.number().int().min(1000).max(3_600_000).default(120_000),
        /** Delay between sending the upgrade result and asking systemd for the restart. */
        restartDelayMs: z.number().int().min(0).max(60_000).default(1000),
        /** Deadline of the bundle download. */
        downloadTimeoutMs: z.number().int().min(1000).max(3_600_000).default(120_000),
      })
      .strict()
      .prefault({}),
    /** Forensic collection (triage snapshot, collect file): caps and what a snapshot reads (agent/src/forensics/options.ts). */
    forensics: forensicsOptions.prefault({}),
    /** Host sensors (process, network, logs, file integrity, inventory): each limit a named option. */
    sensors: sensorsOptions.prefault({}),
    /** Load/test generator: synthetic log events through the real spool and link. Off unless set. */
    synthetic: z
      .object({
        ratePerSecond: z.number().min(0).max(1_000_000).default(0),
        /** Stop after this many events per run (0: unlimited). */
        count: z.number().int().min(0).default(0),
        /** Bytes of filler in each event's raw line. */
        payloadBytes: z
          .number()
          .int()
          .min(0)
          .max(1 * MiB)
          .default(64),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.link.backoffMaxMs < c.link.backoffBaseMs) ctx.addIssue({ code: 'custom', path: ['link', 'backoffMaxMs'], message: 'must be >= link.backoffBaseMs' });
    if (c.link.maxClockOffsetMs * 2 > c.response.ledger.retainAfterExpiryMs)
      ctx.addIssue({ code: 'custom', path: ['link', 'maxClockOffsetMs'], message: 'must be at most half of response.ledger.retainAfterExpiryMs' });
    if (c.spool.segmentBytes * 2 > c.spool.maxBytes)
      ctx.addIssue({ code: 'custom', path: ['spool', 'segmentBytes'], message: 'must be at most half of spool.maxBytes' });
  });

export type AgentConfig = z.output<typeof agentConfigSchema>;

export const DEFAULT_AGENT_CONFIG_FILE = '/etc/vigil/agent.yaml';

export interface LoadAgentConfigOptions {
  file?: string;
  /** A missing file is fine (defaults apply) unless the caller named it explicitly. */
  optional?: boolean;
  env?: Record<string, string | undefined>;
  overrides?: Record<string, unknown>;
}

export function loadAgentConfig(options: LoadAgentConfigOptions = {}): Readonly<AgentConfig> {
  return loadConfig(agentConfigSchema, {
    ...(options.file ? { file: options.file, optional: options.optional ?? false } : {}),
    ...(options.env ? { env: options.env, envPrefix: 'VIGIL_AGENT_' } : {}),
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
}
