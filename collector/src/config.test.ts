import { describe, expect, it } from 'vitest';
import { ConfigError } from '@vigil/config';
import { loadCollectorConfig } from './config.js';

describe('collector config', () => {
  it('has safe defaults for every limit', () => {
    const c = loadCollectorConfig();
    expect(c.listen).toEqual({ host: '127.0.0.1', port: 8080, allowPlaintextOffLoopback: false });
    expect(c.gateway.maxPayloadBytes).toBe(4 * 1024 * 1024);
    expect(c.gateway.enrollmentsPerSecond).toBeGreaterThan(0);
    expect(c.retention.maxAgeDays).toBe(30);
    expect(Object.isFrozen(c.gateway)).toBe(true);
  });

  it('rejects unknown keys and bad values with their path', () => {
    expect(() => loadCollectorConfig({ overrides: { gateway: { maxPayloadBytes: 10 } } })).toThrow(/gateway\.maxPayloadBytes/);
    expect(() => loadCollectorConfig({ overrides: { gateway: { nope: 1 } } })).toThrow(ConfigError);
  });

  it('refuses plain ws:// off loopback unless explicitly allowed', () => {
    expect(() => loadCollectorConfig({ overrides: { listen: { host: '0.0.0.0' } } })).toThrow(/listen\.host/);
    expect(loadCollectorConfig({ overrides: { listen: { host: '0.0.0.0', allowPlaintextOffLoopback: true } } }).listen.host).toBe('0.0.0.0');
    expect(loadCollectorConfig({ overrides: { listen: { host: '0.0.0.0' }, tls: { certFile: 'c', keyFile: 'k' } } }).tls?.certFile).toBe('c');
  });

  it('takes VIGIL_COLLECTOR_* environment overrides', () => {
    const c = loadCollectorConfig({ env: { VIGIL_COLLECTOR_GATEWAY__OFFLINE_AFTER_MS: '5000' } });
    expect(c.gateway.offlineAfterMs).toBe(5000);
  });
});
