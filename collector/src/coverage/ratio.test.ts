import { describe, expect, it } from 'vitest';
import { coverageFigures, coverageText, groupDigits, percentText, windowText } from './ratio.js';

const t = (kernelExecs: number, execsWithArgs: number, execsPidOnly: number, recordsLost = 0, minutes = 60) => ({
  minutes,
  kernelExecs,
  execsWithArgs,
  execsPidOnly,
  recordsLost,
});

describe('coverage arithmetic and wording', () => {
  it('divides by the larger of the kernel count and what arrived, 100 % when nothing ran', () => {
    expect(coverageFigures(t(10_412, 10_409, 3))).toEqual({ counted: 10_412, withoutArgs: 3, ratio: 10_409 / 10_412 });
    // the connector missed some (or is unavailable): what arrived is the floor
    expect(coverageFigures(t(0, 90, 10))).toEqual({ counted: 100, withoutArgs: 10, ratio: 0.9 });
    // the kernel counted execs that never arrived at all
    expect(coverageFigures(t(200, 100, 0))).toMatchObject({ counted: 200, withoutArgs: 100, ratio: 0.5 });
    expect(coverageFigures(t(0, 0, 0))).toEqual({ counted: 0, withoutArgs: 0, ratio: 1 });
  });
  it('words it for people, never rounding a missing exec up to 100 %', () => {
    expect(coverageText(t(10_412, 10_409, 3), 3_600_000)).toBe('exec coverage 99.97 % in the last hour: 3 of 10,412 without arguments');
    expect(coverageText(t(100_000, 99_999, 1), 3_600_000)).toBe('exec coverage 99.99 % in the last hour: 1 of 100,000 without arguments');
    expect(coverageText(t(5, 5, 0), 600_000)).toBe('exec coverage 100 % in the last 10 minutes: all 5 with arguments');
    expect(coverageText(t(0, 0, 0), 3_600_000)).toBe('exec coverage 100 % in the last hour: no execs');
    expect(coverageText(t(50, 40, 0, 1234), 3_600_000)).toBe('exec coverage 80.00 % in the last hour: 10 of 50 without arguments; 1,234 audit records lost');
    expect(coverageText(t(0, 0, 0, 0, 0), 3_600_000)).toBe('no coverage report in the last hour');
  });
  it('formats digits, percentages and windows', () => {
    expect([groupDigits(0), groupDigits(999), groupDigits(1000), groupDigits(1_234_567)]).toEqual(['0', '999', '1,000', '1,234,567']);
    expect([percentText(1), percentText(0.99999), percentText(0.5), percentText(0)]).toEqual(['100', '99.99', '50.00', '0.00']);
    expect([windowText(3_600_000), windowText(600_000), windowText(60_000), windowText(86_400_000)]).toEqual([
      'in the last hour',
      'in the last 10 minutes',
      'in the last minute',
      'in the last 24 hours',
    ]);
  });
});
