import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { MemorySink } from '../events/sink.js';
import { SensorSet } from './sensor-set.js';
import { sensorsOptions } from './options.js';
import type { Sensor, SensorContext } from './sensor.js';

describe('SensorSet', () => {
  it('gives each sensor a 0700 state folder, counts events, and survives a sensor that fails to start', async () => {
    const root = mkdtempSync(join(tmpdir(), `vigil-set-${process.pid}-`));
    try {
      const calls: string[] = [];
      const good: Sensor = {
        name: 'good',
        async start(ctx: SensorContext) {
          calls.push(`start:${ctx.stateDir}`);
          ctx.sink.emit({ tamper: { what: 'x' } });
        },
        async stop() {
          calls.push('stop:good');
        },
      };
      const bad: Sensor = { name: 'bad', start: async () => { throw new Error('boom'); }, stop: async () => { calls.push('stop:bad'); } };
      const sink = new MemorySink();
      const set = new SensorSet({ sensors: [bad, good], sink, logger: silentLogger(), stateRoot: root });
      await set.start();
      await set.stop();
      expect(statSync(join(root, 'good')).mode & 0o777).toBe(0o700);
      expect(calls).toEqual([`start:${join(root, 'good')}`, 'stop:good']);
      expect(set.counting.emitted).toBe(1);
      expect(sink.events).toHaveLength(1);
      expect(set.problems.takeNew()).toMatchObject([{ sensor: 'bad', code: 'VIGIL_ERR_SENSOR_START', message: 'boom' }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('sensors options', () => {
  it('fills safe defaults and rejects unknown keys', () => {
    const o = sensorsOptions.parse({});
    expect(o.process.pollMs).toBe(250);
    expect(o.logs.files).toContain('/var/log/auth.log');
    expect(o.fim.hashMaxBytes).toBeGreaterThan(0);
    expect(sensorsOptions.parse({ process: { pollMs: 500 } }).process.hashMaxBytes).toBe(64 * 1024 * 1024);
    expect(() => sensorsOptions.parse({ process: { pollMS: 1 } })).toThrow();
    expect(() => sensorsOptions.parse({ logs: { files: ['relative.log'] } })).toThrow();
  });
});
