// Response-speed figures. Per incident: time to detect (first malicious event to first alert), time to
// contain (first alert to the first containment), time to remediate (containment to remediated). Across
// the fleet: the median of each per time bucket, so a team can see whether it gets faster.

export interface IncidentTimes {
  createdAtMs: number;
  /** Earliest malicious event: set by a responder, else the earliest evidence or alert first-seen time. */
  firstMaliciousMs: number | null;
  /** When the collector raised the first alert; for incidents opened by hand, when the incident was opened. */
  firstAlertMs: number | null;
  /** First successful containment action (or the move to "contained", whichever came first). */
  containedAtMs: number | null;
  remediatedAtMs: number | null;
}

export interface IncidentMetrics {
  timeToDetectMs: number | null;
  timeToContainMs: number | null;
  timeToRemediateMs: number | null;
}

const span = (from: number | null, to: number | null) => (from === null || to === null ? null : Math.max(0, to - from));

export function incidentMetrics(t: IncidentTimes): IncidentMetrics {
  const detected = t.firstAlertMs ?? t.createdAtMs;
  return {
    timeToDetectMs: span(t.firstMaliciousMs, detected),
    timeToContainMs: span(detected, t.containedAtMs),
    timeToRemediateMs: span(t.containedAtMs ?? detected, t.remediatedAtMs),
  };
}

/** Median of the non-null values; null when there are none. */
export function median(values: ReadonlyArray<number | null>): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export interface MetricsBucket {
  startMs: number;
  incidents: number;
  medianTimeToDetectMs: number | null;
  medianTimeToContainMs: number | null;
  medianTimeToRemediateMs: number | null;
}

/** Buckets incidents by creation time over [fromMs, toMs) and takes each metric's median per bucket. */
export function fleetMedians(
  items: ReadonlyArray<{ createdAtMs: number; metrics: IncidentMetrics }>,
  range: { fromMs: number; toMs: number; bucketMs: number },
): MetricsBucket[] {
  const n = Math.max(1, Math.ceil((range.toMs - range.fromMs) / range.bucketMs));
  const groups: Array<IncidentMetrics[]> = Array.from({ length: n }, () => []);
  for (const it of items) {
    const i = Math.floor((it.createdAtMs - range.fromMs) / range.bucketMs);
    if (i >= 0 && i < n) groups[i]!.push(it.metrics);
  }
  return groups.map((g, i) => ({
    startMs: range.fromMs + i * range.bucketMs,
    incidents: g.length,
    medianTimeToDetectMs: median(g.map((m) => m.timeToDetectMs)),
    medianTimeToContainMs: median(g.map((m) => m.timeToContainMs)),
    medianTimeToRemediateMs: median(g.map((m) => m.timeToRemediateMs)),
  }));
}
