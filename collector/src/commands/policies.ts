// Response policies: a rule (or a minimum severity) mapped to an action. Mode "auto" issues the command at
// once, "approve" proposes it for a responder to confirm. Off by default: nothing exists until an operator
// creates a policy, and each automatic command is attributed to "policy:<id>" in the audit log.
import type { CommandService } from './service.js';
import type { PolicyRow, PolicyStore } from './types.js';

const SEVERITY = ['informational', 'low', 'medium', 'high', 'critical'] as const;

export interface AlertForPolicy {
  id: string;
  agentId: string;
  ruleId: string;
  severity: string;
  /** False when any evidence is only claimed (see alerts/provenance.ts): an "auto" policy then only proposes. */
  trusted: boolean;
}

export function policyMatches(p: PolicyRow, alert: AlertForPolicy): boolean {
  if (!p.enabled) return false;
  if (p.ruleId && p.ruleId !== alert.ruleId) return false;
  if (p.minSeverity) {
    const want = SEVERITY.indexOf(p.minSeverity as (typeof SEVERITY)[number]);
    const got = SEVERITY.indexOf(alert.severity.toLowerCase() as (typeof SEVERITY)[number]);
    if (want < 0 || got < want) return false;
  }
  return Boolean(p.ruleId || p.minSeverity);
}

export class PolicyEngine {
  constructor(
    private readonly policies: PolicyStore,
    private readonly commands: CommandService,
  ) {}

  /** Called for each new alert; returns the command ids it issued or proposed. */
  onAlert(alert: AlertForPolicy): string[] {
    const out: string[] = [];
    for (const p of this.policies.list()) {
      if (!policyMatches(p, alert)) continue;
      // A forged log line must never act on a host by itself: untrusted evidence needs a responder's approval.
      const needsApproval = p.mode === 'approve' || !alert.trusted;
      const row = this.commands.issue({
        agentId: alert.agentId,
        action: p.action,
        params: JSON.parse(p.paramsJson) as Record<string, unknown>,
        operator: `policy:${p.id}`,
        source: `alert:${alert.id}`,
        dryRun: p.dryRun,
        policyId: p.id,
        awaitApproval: needsApproval,
      });
      out.push(row.id);
    }
    return out;
  }
}
