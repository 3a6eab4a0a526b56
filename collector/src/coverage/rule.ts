// The "telemetry degraded" rule: evaluated in code by the coverage stage (a windowed sum over the ledger,
// which a Sigma rule cannot express), raised through the detect module's AlertSink like any rule's alert.
import type { StageRule } from '../alerts/alert-sink.js';

export const TELEMETRY_DEGRADED_RULE: StageRule = {
  id: '17f8818a-9b6a-4a76-b000-df6f5186091f',
  title: 'Telemetry degraded: execs without arguments or audit records lost',
  description:
    'Over the alert window (coverage.alertWindowMs), fewer of the execs the kernel counted on this host arrived with their arguments than coverage.alertBelowPercent, or the kernel reported lost audit records. An intruder who floods audit or removes its rules to act unseen looks like this; so does an overloaded host.',
  level: 'high',
  tags: ['attack.defense-evasion', 'attack.t1562.012', 'attack.t1562.001'],
  attack: ['T1562.012', 'T1562.001'],
  groupBy: ['Cause', 'ProcessSource'],
  logsource: 'telemetry_coverage',
  file: 'collector/src/coverage/rule.ts',
};
