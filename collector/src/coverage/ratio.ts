// The coverage arithmetic and its wording, in one place: the API, the page (through the API's text),
// the metrics and the "telemetry degraded" check all use these, so they never disagree.
import type { CoverageTotals } from './types.js';

export interface CoverageFigures {
  /** max(kernel execs, with args + pid only). */
  counted: number;
  withoutArgs: number;
  /** withArgs / counted, 1 when counted is 0. */
  ratio: number;
}

export function coverageFigures(t: Pick<CoverageTotals, 'kernelExecs' | 'execsWithArgs' | 'execsPidOnly'>): CoverageFigures {
  const counted = Math.max(t.kernelExecs, t.execsWithArgs + t.execsPidOnly);
  if (counted === 0) return { counted: 0, withoutArgs: 0, ratio: 1 };
  return { counted, withoutArgs: Math.max(0, counted - t.execsWithArgs), ratio: Math.min(1, t.execsWithArgs / counted) };
}

/** 10412 -> "10,412" (the same in every locale). */
export function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Two decimals, rounded down so that a single missing exec never shows as 100: 0.99999 -> "99.99", 1 -> "100". */
export function percentText(ratio: number): string {
  if (ratio >= 1) return '100';
  // the epsilon keeps binary fractions (0.29 * 10000 = 2899.99...) from losing a hundredth
  const text = (Math.floor(ratio * 10_000 + 1e-7) / 100).toFixed(2);
  return text === '100.00' ? '99.99' : text;
}

/** 3_600_000 -> "in the last hour", 600_000 -> "in the last 10 minutes". */
export function windowText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes === 60) return 'in the last hour';
  if (minutes % 60 === 0) return `in the last ${minutes / 60} hours`;
  return minutes === 1 ? 'in the last minute' : `in the last ${minutes} minutes`;
}

export function coverageText(t: CoverageTotals, windowMs: number): string {
  if (t.minutes === 0) return `no coverage report ${windowText(windowMs)}`;
  const f = coverageFigures(t);
  const head = `exec coverage ${percentText(f.ratio)} % ${windowText(windowMs)}`;
  const body =
    f.counted === 0
      ? 'no execs'
      : f.withoutArgs === 0
        ? `all ${groupDigits(f.counted)} with arguments`
        : `${groupDigits(f.withoutArgs)} of ${groupDigits(f.counted)} without arguments`;
  const lost = t.recordsLost > 0 ? `; ${groupDigits(t.recordsLost)} audit records lost` : '';
  return `${head}: ${body}${lost}`;
}
