// Gateway counters, read by metrics and tests: how many connections came, were refused, and why.
export interface GatewayCounters {
  connectionsAccepted: number;
  connectionsRefused: number;
  authenticated: number;
  enrolled: number;
  malformedFrames: number;
  oversizedFrames: number;
  batches: number;
  /** Two live connections of one agent id from hosts with different boot times. */
  identityConflicts: number;
  /** Hellos whose agent wrote less than the collector held for it (forged events): dedupe was rewound. */
  sequenceConflicts: number;
  /** Refusals by VIGIL_ERR_* code. */
  refusals: Record<string, number>;
}

export function newGatewayCounters(): GatewayCounters {
  return {
    connectionsAccepted: 0,
    connectionsRefused: 0,
    authenticated: 0,
    enrolled: 0,
    malformedFrames: 0,
    oversizedFrames: 0,
    batches: 0,
    identityConflicts: 0,
    sequenceConflicts: 0,
    refusals: {},
  };
}
