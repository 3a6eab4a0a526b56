import { describe, expect, it } from 'vitest';
import { parseJournalJson } from './journal.js';

const entry = (fields: Record<string, string>) =>
  parseJournalJson(JSON.stringify({ __CURSOR: 'c', MESSAGE: 'Failed password for root from 203.0.113.9 port 22 ssh2', ...fields }));

// Issue 13 item 8: `logger -t sshd 'Failed password ...'` by any user raised "SSH brute force" and an auto isolate.
describe('journal program provenance', () => {
  it('takes the program from _COMM/_PID, never from the claimed SYSLOG_IDENTIFIER/SYSLOG_PID', () => {
    const forged = entry({ SYSLOG_IDENTIFIER: 'sshd', SYSLOG_PID: '1', _COMM: 'logger', _PID: '4242', _UID: '1000' });
    expect(forged).toMatchObject({ identifier: 'logger', pid: '4242', verified: false });
  });

  it('verifies the program only for a process journald saw running as root', () => {
    expect(entry({ SYSLOG_IDENTIFIER: 'sshd', _COMM: 'sshd', _PID: '900', _UID: '0' })).toMatchObject({ identifier: 'sshd', verified: true });
    // A user's own binary named sshd still runs under the user's uid.
    expect(entry({ SYSLOG_IDENTIFIER: 'sshd', _COMM: 'sshd', _PID: '901', _UID: '1000' })).toMatchObject({ identifier: 'sshd', verified: false });
    expect(entry({ SYSLOG_IDENTIFIER: 'sshd' })).toMatchObject({ identifier: '', verified: false });
  });
});
