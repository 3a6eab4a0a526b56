// The one-line text of the kernel telemetry events, as timelines and search results show it.
import { describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { summarize } from './summary.js';

describe('event summaries', () => {
  it('a file access names the file, the access, the process and the login behind it', () => {
    const e = vigil.v1.Event.fromObject({
      fileAccess: { path: '/etc/shadow', access: 'read', pid: 41, exe: '/usr/bin/cat', uid: 0, user: 'root', auid: 1000, loginUser: 'alice', success: true },
    });
    expect(summarize(e)).toBe('read /etc/shadow by /usr/bin/cat (pid 41, root (login alice))');
    const failed = vigil.v1.Event.fromObject({ fileAccess: { path: '/etc/shadow', access: 'read', pid: 42, comm: 'python3', uid: 33, success: false } });
    expect(summarize(failed)).toBe('read /etc/shadow by python3 (pid 42, 33) failed');
  });
  it('a coverage record gives its counts, records lost and source', () => {
    const e = vigil.v1.Event.fromObject({
      coverage: { minuteStartNs: '1', kernelExecs: '120', execsWithArgs: '117', execsPidOnly: '3', recordsLost: '0', processSource: 'audit' },
    });
    expect(summarize(e)).toBe('coverage: 117 execs with arguments, 3 pid only, 120 counted by the kernel (audit)');
    const lost = vigil.v1.Event.fromObject({ coverage: { execsWithArgs: '5', recordsLost: '9', processSource: 'audit' } });
    expect(summarize(lost)).toContain('9 records lost');
    // a count no JS number holds exactly is shown exactly, not thrown on
    expect(summarize(vigil.v1.Event.fromObject({ coverage: { kernelExecs: '18446744073709551615' } }))).toContain('18446744073709551615 counted by the kernel');
  });
});
