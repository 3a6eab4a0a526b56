// The audit rules the sensor adds: the agent-signal rules select signals aimed at the agent's own pid only.
import { describe, expect, it } from 'vitest';
import { F, OP } from './audit-proto.js';
import { vigilRules } from './audit-rules.js';

const rules = vigilRules({ passwdPath: '/nonexistent/passwd', agentPaths: [], agentPid: 4242, extra: [], nodeArch: 'x64' });
const byName = (name: string) => rules.find((r) => r.name === name)?.rule;

describe('agent-signal audit rules', () => {
  it('record kill, tkill and rt_sigqueueinfo aimed at the agent with a real signal, from anyone but the agent and pid 1', () => {
    const r = byName('agent-signal-a1/x86_64')!;
    expect(r.syscalls).toEqual([62, 200, 129]);
    expect(r.fields).toEqual(
      expect.arrayContaining([
        { field: 200, op: OP.EQUAL, value: 4242 },
        { field: 201, op: OP.NOT_EQUAL, value: 0 },
        { field: F.PID, op: OP.NOT_EQUAL, value: 4242 },
        { field: F.PID, op: OP.NOT_EQUAL, value: 1 },
        { field: F.FILTERKEY, op: OP.EQUAL, value: 'vigil' },
      ]),
    );
  });

  it('take the signal from a2 for tgkill and rt_tgsigqueueinfo, on the compat table too', () => {
    expect(byName('agent-signal-a2/x86_64')).toMatchObject({ syscalls: [234, 297] });
    expect(byName('agent-signal-a2/x86_64')!.fields).toContainEqual({ field: 202, op: OP.NOT_EQUAL, value: 0 });
    expect(byName('agent-signal-a2/i386')).toMatchObject({ syscalls: [270, 335] });
    expect(rules.find((r) => r.name === 'agent-signal-a1/i386')?.optional).toBe(true);
  });

  it("record kill aimed at the agent's process group (minus its pid) and every pidfd_send_signal but pid 1's", () => {
    expect(byName('agent-signal-group/x86_64')).toMatchObject({ syscalls: [62] });
    expect(byName('agent-signal-group/x86_64')!.fields).toContainEqual({ field: 200, op: OP.EQUAL, value: 2 ** 32 - 4242 });
    const pidfd = byName('agent-signal-pidfd/x86_64')!;
    expect(pidfd.syscalls).toEqual([424]);
    expect(pidfd.fields.some((f) => f.field === 200)).toBe(false);
    expect(pidfd.fields).toContainEqual({ field: F.PID, op: OP.NOT_EQUAL, value: 1 });
  });
});
