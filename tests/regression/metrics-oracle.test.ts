// Issue 13 item 12: /metrics and /healthz needed no credentials and gave alert counts by severity and
// commands by action and status, an oracle for an intruder. Now /healthz says only up or down, and
// /metrics needs the configured bearer token (without one it answers loopback callers only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Collector, Workspace } from '../helpers/vigil.js';

const TOKEN = `metrics-${process.pid}-${'k'.repeat(40)}`;
let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_COLLECTOR_METRICS__TOKEN: TOKEN });
});
afterAll(async () => {
  await ws?.cleanup();
});

describe('health and metrics give nothing away', () => {
  it('/healthz says only up', async () => {
    const res = await fetch(`${collector.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'up' });
  });

  it('/metrics needs the bearer token, even from loopback, once one is configured', async () => {
    expect((await fetch(`${collector.baseUrl}/metrics`)).status).toBe(401);
    expect((await fetch(`${collector.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(`${collector.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^# HELP vigil_alerts /m);
  });
});
