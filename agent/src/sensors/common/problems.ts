// Unreadable sources are reported once, not once per poll: this registry remembers what was reported
// and hands health only what is new since its last event (status.json lists them all).
import type { SensorProblem } from '../sensor.js';

export class ProblemRegistry {
  private readonly seen = new Map<string, SensorProblem>();
  private fresh: SensorProblem[] = [];

  constructor(private readonly maxRemembered = 4096) {}

  /** Records a problem; returns false if the same sensor/source/code was already reported. */
  report(problem: SensorProblem): boolean {
    const key = `${problem.sensor}\u0000${problem.source}\u0000${problem.code}`;
    if (this.seen.has(key)) return false;
    if (this.seen.size >= this.maxRemembered) return false;
    this.seen.set(key, problem);
    this.fresh.push(problem);
    return true;
  }

  /** Problems reported since the last call. */
  takeNew(): SensorProblem[] {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }

  /** Every problem remembered. */
  all(): SensorProblem[] {
    return [...this.seen.values()];
  }

  /** Lets a source that recovered be reported again if it fails later. */
  forget(problem: Pick<SensorProblem, 'sensor' | 'source' | 'code'>): void {
    this.seen.delete(`${problem.sensor}\u0000${problem.source}\u0000${problem.code}`);
  }
}
