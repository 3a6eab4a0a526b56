import { describe, it, expect, afterEach } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { agentConfigSchema } from './config.js';
import { AgentRuntime } from './runtime.js';
import type { AgentFeature } from './feature.js';
import type { Sensor } from './sensors/sensor.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function runtime(features: AgentFeature[], sensors: Sensor[] = []): AgentRuntime {
  dir = mkdtempSync(join(tmpdir(), `vigil-runtime-${process.pid}-`));
  // Health and status timers far away: the test emits health itself. The collector address is a closed port.
  const config = agentConfigSchema.parse({ stateDir: dir, logLevel: 'silent', health: { intervalMs: 3_600_000, statusIntervalMs: 3_600_000 } });
  const identity = {
    agentId: 'agent-test',
    collectorUrl: 'ws://127.0.0.1:9/agent',
    commandPublicKey: '',
    enrolledAtMs: 0,
    privateKey: generateKeyPairSync('ed25519').privateKey,
  };
  return new AgentRuntime({ config, identity, logger: silentLogger(), sensors, features });
}

function spooledHealth(rt: AgentRuntime): vigil.v1.IAgentHealth[] {
  return rt.spool
    .read(0, 1000, 1 << 20)
    .bodies.map((b) => vigil.v1.Event.decode(b))
    .filter((e) => e.health)
    .map((e) => e.health!);
}

describe('agent runtime health', () => {
  it('reports isolated=true while a feature says the host is isolated (addHealthSource), false otherwise', async () => {
    const isolation = { isolated: false };
    const response: AgentFeature = { name: 'response', setup: (r) => r.addHealthSource('response', () => ({ isolated: isolation.isolated })) };
    const rt = runtime([response]);
    await rt.start();
    try {
      expect(rt.emitHealth().isolated).toBe(false);
      isolation.isolated = true;
      expect(rt.emitHealth().isolated).toBe(true);
      const spooled = spooledHealth(rt);
      expect(spooled.map((h) => h.isolated ?? false)).toEqual([false, true]);
    } finally {
      await rt.stop();
    }
  });

  it('carries spool figures, dry-run, the event rate and each sensor problem once', async () => {
    const noisy: Sensor = {
      name: 'noisy',
      async start(ctx) {
        for (let i = 0; i < 3; i++) ctx.sink.emit({ tamper: { what: `x${i}` } });
        const p = { sensor: 'noisy', source: '/var/log/secure', code: 'VIGIL_ERR_SENSOR_SOURCE', message: 'EACCES' };
        ctx.reportProblem(p);
        ctx.reportProblem(p);
      },
      async stop() {},
    };
    const rt = runtime([], [noisy]);
    await rt.start();
    try {
      const a = rt.emitHealth();
      const b = rt.emitHealth();
      expect(a).toMatchObject({ isolated: false, dryRun: true, spoolEvents: 3, droppedEvents: 0 });
      expect(Number(a.spoolBytes)).toBeGreaterThan(0);
      expect(a.eventsPerSecond).toBeGreaterThan(0);
      expect(a.sensorErrors).toEqual([{ sensor: 'noisy', source: '/var/log/secure', code: 'VIGIL_ERR_SENSOR_SOURCE', message: 'EACCES' }]);
      expect(b.sensorErrors).toEqual([]);
      expect(b.spoolEvents).toBe(4);
      expect(b.eventsPerSecond).toBe(0);
      expect(rt.statusSnapshot().problems).toHaveLength(1);
      expect(Number(a.rssBytes)).toBeGreaterThan(1 << 20);
    } finally {
      await rt.stop();
    }
  });
});
