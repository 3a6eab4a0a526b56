// The coverage ledger's contract: per host and minute, how many execs the kernel counted and how many
// arrived with their arguments. Its own file so the API, metrics and tests depend on these types and
// not on the SQLite implementation or the module (a server database is one more CoverageStore).

/** One TelemetryCoverage record as the ledger keeps it (counts already bounded, strings capped). */
export interface CoverageMinute {
  /** Start of the minute counted, unix ms (a multiple of 60,000). */
  minuteMs: number;
  kernelExecs: number;
  execsWithArgs: number;
  execsPidOnly: number;
  recordsLost: number;
  /** The exec source the agent used: audit, connector, poll. */
  source: string;
  /** Why that source (a fallback names its cause). */
  reason: string;
  /** The event this came from (alert evidence). */
  eventId: string;
}

/** Sums over a time range of one host's minutes. */
export interface CoverageTotals {
  /** Minute rows in the range (0: no report at all). */
  minutes: number;
  kernelExecs: number;
  execsWithArgs: number;
  execsPidOnly: number;
  recordsLost: number;
}

/** The host's newest minute: which source it uses and why. */
export interface CoverageLatest {
  minuteMs: number;
  source: string;
  reason: string;
}

/** The only code that writes SQL against the coverage table. */
export interface CoverageStore {
  /** Adds a minute; a second record for the same host and minute (an agent restart) is summed into it. */
  add(agentId: string, minute: CoverageMinute, receivedMs: number): void;
  /** Minutes with fromMs < minute_ms <= toMs. */
  totals(agentId: string, fromMs: number, toMs: number): CoverageTotals;
  /** The same for every host with a minute in the range, in one query. */
  totalsByAgent(fromMs: number, toMs: number): Map<string, CoverageTotals>;
  latest(agentId: string): CoverageLatest | undefined;
  latestByAgent(): Map<string, CoverageLatest>;
  /** Deletes minutes older than beforeMs; returns how many went. */
  prune(beforeMs: number): number;
}

/** One host's coverage over the summary window, as the API, page and metrics show it. */
export interface HostCoverage {
  /** The summary window (coverage.summaryWindowMs, last hour by default). */
  windowMs: number;
  /** Minutes reported in the window. */
  minutes: number;
  kernelExecs: number;
  execsWithArgs: number;
  execsPidOnly: number;
  /** max(kernelExecs, execsWithArgs + execsPidOnly): the execs known to have happened. */
  execsCounted: number;
  execsWithoutArgs: number;
  recordsLost: number;
  /** execsWithArgs / execsCounted; 1 when there were none; null when no minute was reported in the window. */
  ratio: number | null;
  /** The ratio as a percentage with two decimals, never rounded up to 100 ("99.97", "100"); null as ratio. */
  percent: string | null;
  /** Under the alert threshold over the summary window (with at least alertMinExecs), or records lost. */
  degraded: boolean;
  source: string;
  reason: string;
  /** Start of the newest minute the host reported, unix ms. */
  lastReportMs: number;
  /** One line for people: "exec coverage 99.97 % in the last hour: 3 of 10,412 without arguments". */
  text: string;
}

export interface CoverageService {
  /** The host's coverage over the summary window; undefined when it never reported coverage. */
  forHost(agentId: string): HostCoverage | undefined;
  /** Every host that ever reported, keyed by agent id (two queries in all). */
  all(): Map<string, HostCoverage>;
  /** Audit records lost per host, since this collector started (a Prometheus counter). */
  recordsLostSinceStart(): ReadonlyMap<string, number>;
}
