// The audit rules the sensor adds: watches for folders that do not exist yet, and the agent-signal rules
// that select signals aimed at the agent's own pid only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { F, OP, PERM } from './audit-proto.js';
import { defaultWatches, grownWatches, vigilRules } from './audit-rules.js';
import { auditFileAccesses, watchFor } from './audit-translate.js';
import { parseAuditMessage } from '../parsers/auditd.js';
import { AuditAssembler, type AuditGroup } from '../parsers/audit-group.js';
import { auditActor } from '../parsers/audit-events.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A passwd naming one account whose home exists (with or without ~/.ssh). */
function host(withSsh: boolean): { passwd: string; home: string } {
  const root = mkdtempSync(join(tmpdir(), 'vigil-rules-'));
  dirs.push(root);
  const home = join(root, 'home', 'dana');
  mkdirSync(home, { recursive: true });
  if (withSsh) mkdirSync(join(home, '.ssh'));
  const passwd = join(root, 'passwd');
  writeFileSync(passwd, `dana:x:1500:1500::${home}:/bin/bash\n`);
  return { passwd, home };
}

const opts = (passwd: string) => ({ passwdPath: passwd, agentPaths: [], agentPid: 4242, extra: [] });

describe('audit watches for folders that do not exist yet', () => {
  it('an account without ~/.ssh has its authorized_keys watched through the name of ~/.ssh, in one rule', () => {
    const { passwd, home } = host(false);
    const ssh = join(home, '.ssh');
    const keys = defaultWatches(opts(passwd)).find((w) => w.path === join(ssh, 'authorized_keys'));
    expect(keys).toMatchObject({ dir: false, via: ssh, watch: 'ssh_keys' });
    const rules = vigilRules({ ...opts(passwd), nodeArch: 'x64' }).filter((r) => r.name === `watch:${ssh}`);
    expect(rules).toHaveLength(1);
    const fields = rules[0]!.rule.fields;
    expect(fields.find((f) => f.field === F.WATCH)?.value).toBe(ssh);
    expect(fields.some((f) => f.field === F.DIR)).toBe(false);
    expect(fields.find((f) => f.field === F.PERM)?.value).toBe(PERM.READ | PERM.WRITE | PERM.ATTR);
  });

  it('an account with ~/.ssh keeps its file watches on the files themselves', () => {
    const { passwd, home } = host(true);
    const keys = defaultWatches(opts(passwd)).find((w) => w.path === join(home, '.ssh', 'authorized_keys'));
    expect(keys).toBeDefined();
    expect(keys!.via).toBeUndefined();
    const rule = vigilRules({ ...opts(passwd), nodeArch: 'x64' }).find((r) => r.name === `watch:${join(home, '.ssh', 'authorized_keys')}`);
    expect(rule?.rule.fields.find((f) => f.field === F.WATCH)?.value).toBe(join(home, '.ssh', 'authorized_keys'));
  });

  it('a folder entry whose parent exists but which does not is watched by its own name, and matches what is made in it', () => {
    const { passwd, home } = host(false);
    const units = join(home, '.config', 'systemd', 'user');
    mkdirSync(join(home, '.config', 'systemd'), { recursive: true });
    const w = defaultWatches(opts(passwd)).find((x) => x.path === units);
    expect(w).toMatchObject({ dir: true, via: units });
    expect(watchFor(join(units, 'sync.timer'), [w!])).toBe(w);
  });

  it('a file created in the folder once it exists is a write access of the watched file (the parent record is skipped)', () => {
    const { passwd, home } = host(false);
    const ssh = join(home, '.ssh');
    const watches = defaultWatches(opts(passwd));
    let g: AuditGroup | undefined;
    const a = new AuditAssembler({ idleMs: 1000, maxOpen: 10, maxRecords: 50 }, (x) => (g = x));
    const T = 'audit(1796152917.100:801): ';
    const records: Array<[string, string]> = [
      [
        'SYSCALL',
        `${T}arch=c000003e syscall=257 success=yes exit=3 a0=ffffff9c a1=55d0 a2=441 a3=1b6 items=2 ppid=10 pid=11 auid=4294967295 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=4294967295 comm="bash" exe="/usr/bin/bash" key="vigil"`,
      ],
      ['CWD', `${T}cwd="/root"`],
      ['PATH', `${T}item=0 name="${ssh}/" inode=5 dev=00:1f mode=040700 nametype=PARENT`],
      ['PATH', `${T}item=1 name="${ssh}/authorized_keys" inode=6 dev=00:1f mode=0100644 nametype=CREATE`],
      ['EOE', T],
    ];
    for (const [type, text] of records) a.add(parseAuditMessage(type, text)!, `type=${type} msg=${text}`, 0);
    a.flushAll();
    const out = auditFileAccesses(g!, auditActor(g!)!, 'openat', watches, () => 'root');
    expect(out).toEqual([expect.objectContaining({ path: `${ssh}/authorized_keys`, access: 'write', watch: 'ssh_keys', exe: '/usr/bin/bash' })]);
  });

  it('once the folder is made, the watches that waited for it become a folder watch and file watches of their own', () => {
    const { passwd, home } = host(false);
    const ssh = join(home, '.ssh');
    const before = defaultWatches(opts(passwd));
    mkdirSync(ssh);
    const { watches, rules } = grownWatches(ssh, before);
    expect(watches.filter((w) => w.path.startsWith(ssh) && w.via !== undefined)).toEqual([]);
    expect(watches).toHaveLength(before.length);
    const names = rules.map((r) => r.name).sort();
    // Every watch that waited for ~/.ssh: the persistence files and the private keys of credential-watches.ts.
    const waited = [...new Set(before.filter((w) => w.via === ssh).map((w) => `watch:${w.path}`))].sort();
    expect(names).toEqual(waited);
    expect(names).toEqual(expect.arrayContaining(['authorized_keys', 'authorized_keys2', 'rc', 'id_ed25519'].map((f) => `watch:${join(ssh, f)}`)));
    for (const r of rules) expect(r.rule.fields.some((f) => f.field === F.WATCH)).toBe(true);
    expect(grownWatches(ssh, watches).rules).toEqual([]);
  });

  it('a folder entry made later becomes a recursive folder watch', () => {
    const { passwd, home } = host(false);
    const units = join(home, '.config', 'systemd', 'user');
    mkdirSync(join(home, '.config', 'systemd'), { recursive: true });
    const before = defaultWatches(opts(passwd));
    mkdirSync(units);
    const { rules } = grownWatches(units, before);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.rule.fields.find((f) => f.field === F.DIR)?.value).toBe(units);
  });

  it('a path whose parent is missing too is not watched', () => {
    const { passwd, home } = host(false);
    const w = defaultWatches(opts(passwd)).find((x) => x.path === join(home, '.config', 'systemd', 'user'));
    expect(w).toBeUndefined();
  });
});

const signalRules = vigilRules({ passwdPath: '/nonexistent/passwd', agentPaths: [], agentPid: 4242, extra: [], nodeArch: 'x64' });
const byName = (name: string) => signalRules.find((r) => r.name === name)?.rule;

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
    expect(signalRules.find((r) => r.name === 'agent-signal-a1/i386')?.optional).toBe(true);
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
