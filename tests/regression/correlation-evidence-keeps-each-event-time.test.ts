// Defect: a correlation alert stored every evidence event with the match's last time, so fetching the
// alert (which finds each evidence event by its stored time, as GET /alerts/:id does) resolved only the
// last one: for an SSH brute force, 18 of 20 evidence entries came back empty.
import { afterEach, expect, it } from 'vitest';
import { detectHarness, type DetectHarness } from '../helpers/detect-stage.js';

let h: DetectHarness | undefined;
afterEach(() => h?.close());

it('every evidence event of an SSH brute force alert is found again at its stored time', () => {
  h = detectHarness();
  const start = Date.UTC(2026, 0, 1, 12);
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) {
    ids.push(
      h.ingest(
        'agent-1',
        {
          log: {
            source: '/var/log/auth.log',
            parser: 'sshd',
            program: 'sshd',
            action: 'failed_password',
            raw: `sshd[900]: Failed password for root from 203.0.113.9 port ${50000 + i} ssh2`,
            fields: { user: 'root', src_ip: '203.0.113.9', src_port: String(50000 + i) },
          },
        },
        start + i * 7_000,
      ),
    );
  }
  const brute = h.service.list().filter((a) => a.ruleTitle === 'SSH brute force from one source');
  expect(brute.length).toBe(1);
  const detail = h.service.get(brute[0]!.id)!;
  expect(detail.evidence.map((e) => e.eventId).sort()).toEqual([...ids].sort());
  const found = detail.evidence.filter((e) => {
    const fromNs = BigInt(e.timeMs) * 1_000_000n;
    return h!.events.query({ agentId: e.agentId, fromNs, toNs: fromNs + 1_000_000n, limit: 200 }).some((s) => s.id === e.eventId);
  });
  expect(found.length).toBe(20);
});
