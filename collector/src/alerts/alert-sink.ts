// The interface through which collector stages that are not Sigma rules (the coverage ledger's
// "telemetry degraded" check) raise alerts: the same store, dedupe window, suppressions and live push as
// rule matches. Its own file so a feature depends on this contract, not on the detect module.
import type { SEVERITIES } from './severities.js';

/** A rule a collector stage evaluates in code. Listed with the loaded rules and suppressible like them. */
export interface StageRule {
  /** Stable UUID, like a rule file's id. */
  id: string;
  title: string;
  description: string;
  level: (typeof SEVERITIES)[number];
  /** Sigma-style tags as written (attack.defense-evasion, attack.t1562.012). */
  tags: string[];
  /** ATT&CK technique ids, upper case (T1562.012). */
  attack: string[];
  /** Fields of `group` that suppressions by field value may name. */
  groupBy: string[];
  /** The event category it watches, as the rules page shows it (telemetry_coverage). */
  logsource: string;
  /** Where it is defined (source file), shown instead of a rule file. */
  file: string;
}

export interface RaisedAlert {
  agentId: string;
  /** Shown with the alert and matched by suppressions by field value. */
  group: Readonly<Record<string, string>>;
  /** Dedupe key within the rule and host: "" gives one open alert per host. */
  groupKey: string;
  eventIds: readonly string[];
  /** Each evidence event's own time, in the order of eventIds (the alert store keeps it per event). */
  eventTimesMs: readonly number[];
  count: number;
  firstMs: number;
  lastMs: number;
}

export type RaiseOutcome = 'created' | 'updated' | 'suppressed';

export interface AlertSink {
  /** Registers a stage rule (call in setup()); its alerts can then be listed, triaged and suppressed. */
  register(rule: StageRule): void;
  /**
   * Inside the ingest transaction: creates the host's alert for the rule or updates the open one within the
   * dedupe window, or counts it under a matching suppression. Pushed live after the commit.
   */
  raise(rule: StageRule, alert: RaisedAlert): RaiseOutcome;
}
