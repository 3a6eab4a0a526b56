import { describe, it, expect } from 'vitest';
import { HealthSensor } from './health-sensor.js';
import { ProblemRegistry } from '../common/problems.js';
import { memoryContext } from '../common/test-context.js';

describe('health sensor', () => {
  it('reports CPU, RSS, events per second, spool figures and each problem once', async () => {
    let t = 1_000_000;
    let emitted = 0;
    const problems = new ProblemRegistry();
    const ctx = memoryContext();
    const h = new HealthSensor({ intervalMs: 60_000 }, {
      eventsEmitted: () => emitted,
      problems,
      now: () => t,
      stats: { spoolBytes: () => 4096, spoolEvents: () => 12, droppedEvents: () => 3, dryRun: () => true },
    });
    await h.start(ctx);
    const p = { sensor: 'logs', source: '/var/log/secure', code: 'VIGIL_ERR_SENSOR_SOURCE', message: 'EACCES: permission denied' };
    expect(problems.report(p)).toBe(true);
    expect(problems.report(p)).toBe(false);
    emitted += 50;
    t += 10_000;
    h.emitNow();
    t += 10_000;
    h.emitNow();
    await h.stop();
    const [a, b] = ctx.sink.events.map((e) => e.health!);
    expect(a).toMatchObject({ eventsPerSecond: 5, spoolBytes: 4096, spoolEvents: 12, droppedEvents: 3, dryRun: true, isolated: false, uptimeMs: 10_000 });
    expect(a!.sensorErrors).toEqual([p]);
    expect(Number(a!.rssBytes)).toBeGreaterThan(1024 * 1024);
    expect(a!.cpuPercent).toBeGreaterThanOrEqual(0);
    expect(b!.sensorErrors).toEqual([]);
    expect(b!.eventsPerSecond).toBe(0);
  });
});
