// What a technique of the lab is: its ATT&CK id, at least two attack procedures of our own (different
// tools or flags) and a benign twin, the administrator doing the ordinary thing nearby. Scripts are bash,
// written here (never from input), and run in the lab as root unless a user is named.

export interface Procedure {
  /** Short name shown in docs/coverage.md, e.g. "useradd". */
  name: string;
  script: string;
  user?: string;
  /** The procedure stops the lab agent (it signals it): the lab starts it again before going on. */
  stopsAgent?: boolean;
}

export interface Technique {
  id: string;
  name: string;
  tactic: string;
  procedures: Procedure[];
  benign: Procedure;
  /** Discovery may stay low: still seen and tagged, not paged on. */
  lowSeverityOk?: boolean;
}
