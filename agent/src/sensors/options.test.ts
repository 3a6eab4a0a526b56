import { describe, it, expect } from 'vitest';
import { sensorsOptions } from './options.js';

describe('sensors options', () => {
  it('fills safe defaults and rejects unknown keys', () => {
    const o = sensorsOptions.parse({});
    expect(o.process.pollMs).toBe(250);
    expect(o.logs.files).toContain('/var/log/auth.log');
    expect(o.fim.hashMaxBytes).toBeGreaterThan(0);
    expect(sensorsOptions.parse({ process: { pollMs: 500 } }).process.hashMaxBytes).toBe(64 * 1024 * 1024);
    expect(() => sensorsOptions.parse({ process: { pollMS: 1 } })).toThrow();
    expect(() => sensorsOptions.parse({ logs: { files: ['relative.log'] } })).toThrow();
    expect(sensorsOptions.parse({}).fim.lockWaitMs).toBe(5000);
  });
});
