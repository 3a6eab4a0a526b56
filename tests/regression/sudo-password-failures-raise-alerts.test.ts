// Defect: failed sudo passwords ("3 incorrect password attempts", pam_unix auth failures by sudo)
// raised nothing. Real auth.log lines go through the agent's log parser, become log records as the log
// sensor emits them, and through the collector's detection stage with Vigil's pack.
import { afterEach, expect, it } from 'vitest';
import { parseSyslogLine } from '../../agent/src/sensors/parsers/index.js';
import { detectHarness, type DetectHarness } from '../helpers/detect-stage.js';

let h: DetectHarness | undefined;
afterEach(() => h?.close());

/** The log record the log sensor emits for one line of /var/log/auth.log. */
function logEvent(line: string): Record<string, unknown> {
  const r = parseSyslogLine(line);
  return {
    log: {
      source: '/var/log/auth.log',
      raw: line,
      parser: r.parser,
      action: r.action,
      fields: r.fields,
      program: r.program,
      hostname: r.hostname,
      truncated: false,
    },
  };
}

const PAM = 'sudo: pam_unix(sudo:auth): authentication failure; logname=bob uid=1001 euid=0 tty=/dev/pts/1 ruser=bob rhost=  user=bob';
const GAVE_UP = 'sudo:      bob : 3 incorrect password attempts ; TTY=pts/1 ; PWD=/home/bob ; USER=root ; COMMAND=/usr/bin/su -';

it('three wrong sudo passwords raise an alert, two such runs a password guessing alert', () => {
  h = detectHarness();
  const t0 = Date.UTC(2026, 0, 1, 10);
  let t = t0;
  const feed = (msg: string) => h!.ingest('agent-1', logEvent(`Jan  1 10:00:00 web1 ${msg}`), (t += 4_000));
  for (const _run of [1, 2]) {
    feed(PAM);
    feed(PAM);
    feed(PAM);
    feed(GAVE_UP);
  }
  const alerts = h.service.list();
  const gaveUp = alerts.filter((a) => a.ruleTitle === 'sudo gave up after incorrect passwords');
  expect(gaveUp).toMatchObject([{ severity: 'medium', count: 2, group: { user: 'bob', target_user: 'root' } }]);
  expect(gaveUp[0]!.attack).toEqual(expect.arrayContaining(['T1110.001', 'T1548.003']));
  const guessing = alerts.filter((a) => a.ruleTitle === 'sudo password guessing by one user');
  expect(guessing).toMatchObject([{ severity: 'high', group: { user: 'bob' } }]);
  expect(h.service.get(guessing[0]!.id)!.evidence.length).toBe(5);
});

it('a correct sudo raises neither', () => {
  h = detectHarness();
  h.ingest(
    'agent-1',
    logEvent('Jan  1 10:00:00 web1 sudo:    alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/apt update'),
    Date.UTC(2026, 0, 1, 10),
  );
  h.ingest(
    'agent-1',
    logEvent('Jan  1 10:00:00 web1 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by alice(uid=1000)'),
    Date.UTC(2026, 0, 1, 10, 0, 1),
  );
  expect(h.service.list().filter((a) => a.ruleTitle.startsWith('sudo'))).toEqual([]);
});
