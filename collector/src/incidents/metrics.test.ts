import { describe, expect, it } from 'vitest';
import { fleetMedians, incidentMetrics, median } from './metrics.js';

describe('incident metrics', () => {
  it('measures detect, contain and remediate from the right moments', () => {
    expect(incidentMetrics({ createdAtMs: 5000, firstMaliciousMs: 1000, firstAlertMs: 1400, containedAtMs: 9400, remediatedAtMs: 20_000 })).toEqual({
      timeToDetectMs: 400,
      timeToContainMs: 8000,
      timeToRemediateMs: 10_600,
    });
  });

  it('uses the opening time when no alert exists and leaves unknown spans empty', () => {
    expect(incidentMetrics({ createdAtMs: 5000, firstMaliciousMs: null, firstAlertMs: null, containedAtMs: 6000, remediatedAtMs: null })).toEqual({
      timeToDetectMs: null,
      timeToContainMs: 1000,
      timeToRemediateMs: null,
    });
    // without containment, remediation counts from detection
    expect(incidentMetrics({ createdAtMs: 0, firstMaliciousMs: 0, firstAlertMs: 100, containedAtMs: null, remediatedAtMs: 700 }).timeToRemediateMs).toBe(600);
  });

  it('takes medians of odd and even counts, skipping unknowns', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });

  it('buckets the fleet by creation time', () => {
    const m = (d: number) => ({ timeToDetectMs: d, timeToContainMs: d * 10, timeToRemediateMs: null });
    const b = fleetMedians(
      [
        { createdAtMs: 0, metrics: m(1) },
        { createdAtMs: 50, metrics: m(3) },
        { createdAtMs: 150, metrics: m(5) },
        { createdAtMs: 999, metrics: m(9) },
      ],
      { fromMs: 0, toMs: 300, bucketMs: 100 },
    );
    expect(b).toEqual([
      { startMs: 0, incidents: 2, medianTimeToDetectMs: 2, medianTimeToContainMs: 20, medianTimeToRemediateMs: null },
      { startMs: 100, incidents: 1, medianTimeToDetectMs: 5, medianTimeToContainMs: 50, medianTimeToRemediateMs: null },
      { startMs: 200, incidents: 0, medianTimeToDetectMs: null, medianTimeToContainMs: null, medianTimeToRemediateMs: null },
    ]);
  });
});
