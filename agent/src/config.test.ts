import { describe, expect, it } from 'vitest';
import { loadAgentConfig } from './config.js';

describe('agent config', () => {
  it('defaults: dry-run on, 256 MiB spool, capped backoff', () => {
    const c = loadAgentConfig();
    expect(c.dryRun).toBe(true);
    expect(c.spool.maxBytes).toBe(256 * 1024 * 1024);
    expect(c.link.backoffMaxMs).toBeGreaterThanOrEqual(c.link.backoffBaseMs);
    expect(c.synthetic.ratePerSecond).toBe(0);
  });
  it('rejects contradictions and unknown keys with their path', () => {
    expect(() => loadAgentConfig({ overrides: { link: { backoffBaseMs: 5000, backoffMaxMs: 1000 } } })).toThrow(/link\.backoffMaxMs/);
    expect(() => loadAgentConfig({ overrides: { spool: { maxBytes: 1 << 20, segmentBytes: 1 << 20 } } })).toThrow(/spool\.segmentBytes/);
    expect(() => loadAgentConfig({ overrides: { spool: { sizeCap: 1 } } })).toThrow(/spool/);
    // a clock offset the replay ledger would not outlast
    expect(() => loadAgentConfig({ overrides: { link: { maxClockOffsetMs: 13 * 3_600_000 } } })).toThrow(/link\.maxClockOffsetMs/);
  });
  it('takes VIGIL_AGENT_* environment overrides', () => {
    expect(loadAgentConfig({ env: { VIGIL_AGENT_LINK__BATCH_MAX_EVENTS: '42', VIGIL_AGENT_DRY_RUN: 'false' } })).toMatchObject({
      dryRun: false,
      link: { batchMaxEvents: 42 },
    });
  });
});
