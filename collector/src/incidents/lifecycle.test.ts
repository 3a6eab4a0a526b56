// The incident lifecycle: opening by hand or from alerts (and what is refused), and the grouping policy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openIncidentsLab, type IncidentsLab } from './testkit.js';
import type { IncidentLifecycle } from './types.js';

let now: number;
let lab: IncidentsLab;
let lifecycle: IncidentLifecycle;
const raise = (...a: Parameters<IncidentsLab['raise']>) => lab.raise(...a);

beforeEach(() => {
  now = Date.UTC(2025, 5, 1, 12);
  lab = openIncidentsLab(() => now);
  ({ lifecycle } = lab.incidents);
});
afterEach(() => lab.close());

describe('incident lifecycle', () => {
  it('opens by hand only with a report source, and refuses unknown hosts and alerts', () => {
    expect(() => lifecycle.open({ source: 'manual', actor: 'a', title: 'Odd login', hosts: ['a1'] })).toThrow(/report source/);
    expect(() => lifecycle.open({ source: 'manual', actor: 'a', title: 'x', reportSource: 'mail', hosts: ['zz'] })).toThrow(/no host/);
    expect(() => lifecycle.open({ source: 'alerts', actor: 'a', alertIds: ['nope'] })).toThrow(/no alert/);
    const i = lifecycle.open({ source: 'manual', actor: 'a', title: 'Odd login', reportSource: 'phone call from Dana (ops)', hosts: ['a2'] });
    expect(i).toMatchObject({ source: 'manual', reportSource: 'phone call from Dana (ops)', severity: 'medium', hosts: ['a2'] });
  });

  it("groups a host's alerts within the window when the policy is on", () => {
    const first = lifecycle.autoGroup(raise('a1', now - 10, 'high', 'r1'))!;
    now += 30_000;
    expect(lifecycle.autoGroup(raise('a1', now - 10, 'critical', 'r2'))).toBe(first);
    expect(lifecycle.autoGroup(raise('a1', now - 10, 'low', 'r3'))).toBeUndefined();
    expect(lifecycle.autoGroup(raise('a2', now - 10, 'high', 'r4'))).not.toBe(first);
    now += 120_000;
    expect(lifecycle.autoGroup(raise('a1', now - 10, 'high', 'r5'))).not.toBe(first);
    expect(lifecycle.detail(first).incident.alertIds).toHaveLength(2);
  });
});
