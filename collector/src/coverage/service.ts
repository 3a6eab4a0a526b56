// Reads the ledger for people and Prometheus: a host's coverage over the summary window (counts, ratio,
// the one-line text, source and reason), every host at once, and records lost since start.
import type { CoverageLatest, CoverageService, CoverageStore, CoverageTotals, HostCoverage } from './types.js';
import type { CoverageOptions } from './options.js';
import { coverageFigures, coverageText, percentText } from './ratio.js';

export interface CoverageLedgerOptions {
  store: CoverageStore;
  options: Pick<CoverageOptions, 'summaryWindowMs' | 'alertBelowPercent' | 'alertMinExecs'>;
  clock: () => number;
}

export class CoverageLedger implements CoverageService {
  private readonly lost = new Map<string, number>();

  constructor(private readonly o: CoverageLedgerOptions) {}

  forHost(agentId: string): HostCoverage | undefined {
    const latest = this.o.store.latest(agentId);
    if (!latest) return undefined;
    const now = this.o.clock();
    return this.view(this.o.store.totals(agentId, now - this.o.options.summaryWindowMs, now), latest);
  }

  all(): Map<string, HostCoverage> {
    const now = this.o.clock();
    const totals = this.o.store.totalsByAgent(now - this.o.options.summaryWindowMs, now);
    const out = new Map<string, HostCoverage>();
    for (const [agentId, latest] of this.o.store.latestByAgent()) out.set(agentId, this.view(totals.get(agentId), latest));
    return out;
  }

  /** Called after each commit with the records lost a host reported (outside the transaction: only committed counts). */
  noteRecordsLost(agentId: string, n: number): void {
    if (n > 0) this.lost.set(agentId, (this.lost.get(agentId) ?? 0) + n);
  }

  recordsLostSinceStart(): ReadonlyMap<string, number> {
    return this.lost;
  }

  private view(totals: CoverageTotals | undefined, latest: CoverageLatest): HostCoverage {
    const t = totals ?? { minutes: 0, kernelExecs: 0, execsWithArgs: 0, execsPidOnly: 0, recordsLost: 0 };
    const { options } = this.o;
    const f = coverageFigures(t);
    const reported = t.minutes > 0;
    return {
      windowMs: options.summaryWindowMs,
      minutes: t.minutes,
      kernelExecs: t.kernelExecs,
      execsWithArgs: t.execsWithArgs,
      execsPidOnly: t.execsPidOnly,
      execsCounted: f.counted,
      execsWithoutArgs: f.withoutArgs,
      recordsLost: t.recordsLost,
      ratio: reported ? f.ratio : null,
      percent: reported ? percentText(f.ratio) : null,
      degraded: reported && ((f.counted >= options.alertMinExecs && f.ratio * 100 < options.alertBelowPercent) || t.recordsLost > 0),
      source: latest.source,
      reason: latest.reason,
      lastReportMs: latest.minuteMs,
      text: coverageText(t, options.summaryWindowMs),
    };
  }
}
