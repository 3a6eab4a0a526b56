// The agent's command layer as a process: refusals (bad signature, expired, replayed nonce, another agent),
// redelivery without a second effect, forced dry-run, kill by pid + start time where the pid was really
// reused (in a private PID namespace, via ns_last_pid), and quarantine/restore of a real file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEd25519, sha256Hex } from '@vigil/crypto';
import { Driver, signCommand } from './helpers/commands.js';

const AGENT_ID = 'agent-cmd-1';

function childPid(parent: number): number {
  const kids = readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').trim();
  return Number(kids.split(' ')[0]);
}

describe('commands refused, deduplicated and executed by the agent command layer', () => {
  const keys = generateEd25519();
  const stranger = generateEd25519();
  const dirs: string[] = [];
  let driver: Driver;
  let reuser: ChildProcess | undefined;
  const tmp = (p: string) => {
    const d = mkdtempSync(join(tmpdir(), p));
    dirs.push(d);
    return d;
  };
  const command = (fields: Record<string, unknown>) => signCommand(keys.privateKeyPem, { agentId: AGENT_ID, ...fields });

  beforeAll(async () => {
    // The driver runs as PID 1 of its own PID namespace so the test can make the kernel reuse a pid.
    driver = new Driver(['unshare', '--pid', '--fork', '--kill-child', '--mount', '--mount-proc'], {
      stateDir: tmp('vigil-cmd-'),
      agentId: AGENT_ID,
      commandPublicKeyHex: keys.publicKey.toString('hex'),
      collectorHost: '127.0.0.1',
      collectorPort: 1,
    });
    await driver.ready();
  });
  afterAll(() => {
    if (reuser?.pid && reuser.exitCode === null) process.kill(reuser.pid, 'SIGKILL');
    driver?.kill();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("refuses a bad signature, an expired command, another agent's command and a replayed nonce", async () => {
    const forged = signCommand(stranger.privateKeyPem, { agentId: AGENT_ID, release: {} });
    expect(await driver.send(forged.signed, forged.commandId)).toMatchObject({ status: 'REFUSED', errorCode: 'VIGIL_ERR_COMMAND_BAD_SIGNATURE' });

    const good = command({ release: {}, dryRun: true });
    const tampered = { payload: Buffer.from(good.signed.payload as Uint8Array), signature: good.signed.signature };
    tampered.payload[tampered.payload.length - 1]! ^= 1;
    expect((await driver.send(tampered)).errorCode).toBe('VIGIL_ERR_COMMAND_BAD_SIGNATURE');

    const now = Date.now();
    const expired = command({ release: {}, issuedAtMs: now - 120_000, expiresAtMs: now - 60_000 });
    expect(await driver.send(expired.signed, expired.commandId)).toMatchObject({ status: 'REFUSED', errorCode: 'VIGIL_ERR_COMMAND_EXPIRED' });

    const other = signCommand(keys.privateKeyPem, { agentId: 'someone-else', release: {} });
    expect(await driver.send(other.signed, other.commandId)).toMatchObject({ status: 'REFUSED', errorCode: 'VIGIL_ERR_COMMAND_WRONG_AGENT' });

    const first = command({ release: {}, dryRun: true });
    expect((await driver.send(first.signed, first.commandId)).status).toBe('SUCCEEDED');
    const nonce = (await import('@vigil/proto')).vigil.v1.Command.decode(first.signed.payload as Uint8Array).nonce;
    const replay = command({ release: {}, dryRun: true, nonce });
    expect(await driver.send(replay.signed, replay.commandId)).toMatchObject({ status: 'REFUSED', errorCode: 'VIGIL_ERR_COMMAND_REPLAYED' });
  });

  it('kills by pid + start time: a reused pid is never killed, the named process is', async () => {
    const driverPid = childPid(driver.child.pid!);
    // Inside the driver's PID namespace: start A, end it, make the kernel hand A's pid to B.
    const script =
      'sleep 1000 & A=$!; echo "A $A $(cut -d" " -f22 /proc/$A/stat)"; kill $A; wait $A; ' +
      'echo $((A-1)) > /proc/sys/kernel/ns_last_pid; sleep 1000 & B=$!; echo "B $B $(cut -d" " -f22 /proc/$B/stat)"; wait';
    reuser = spawn('nsenter', ['-t', String(driverPid), '-p', '-m', '--', 'sh', '-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const seen: Record<string, { pid: number; ticks: number }> = {};
    const rl = createInterface({ input: reuser.stdout! });
    for await (const line of rl) {
      const [tag, pid, ticks] = line.split(' ');
      seen[tag!] = { pid: Number(pid), ticks: Number(ticks) };
      if (tag === 'B') break;
    }
    const a = seen.A!;
    const b = seen.B!;
    expect(b.pid).toBe(a.pid);
    // The old process's identity: same pid, but B started later.
    const stale = command({ killProcess: { pid: a.pid, startTimeTicks: a.ticks === b.ticks ? a.ticks - 1 : a.ticks, graceMs: 200 } });
    const r = await driver.send(stale.signed, stale.commandId);
    expect(r).toMatchObject({ status: 'FAILED', errorCode: 'VIGIL_ERR_RESPONSE_PID_REUSED' });
    const stillThere = await new Promise<boolean>((res) => setTimeout(() => res(reuser!.exitCode === null), 300));
    expect(stillThere).toBe(true);

    const right = command({ killProcess: { pid: b.pid, startTimeTicks: b.ticks, graceMs: 2000 } });
    const k = await driver.send(right.signed, right.commandId);
    expect(k.status).toBe('SUCCEEDED');
    const out = JSON.parse(k.outputJson);
    expect(out.terminated).toEqual([b.pid]);
    expect(out.survivors).toEqual([]);
    // B was the last child the shell waited for: the shell exits once B is gone.
    await new Promise((res) => (reuser!.exitCode === null ? reuser!.once('exit', res) : res(null)));
  });

  it('returns the first result for a redelivered command id and acts only once', async () => {
    const dir = tmp('vigil-q-');
    const file = join(dir, 'dropper.sh');
    writeFileSync(file, '#!/bin/sh\necho evil\n', { mode: 0o750 });
    chownSync(file, 1234, 2345);
    const q = command({ quarantineFile: { path: file } });
    const r1 = await driver.send(q.signed, q.commandId);
    expect(r1.status).toBe('SUCCEEDED');
    const rec = JSON.parse(r1.outputJson).record;
    expect(rec).toMatchObject({ originalPath: file, sha256: sha256Hex('#!/bin/sh\necho evil\n'), mode: 0o750, uid: 1234, gid: 2345 });
    expect(existsSync(file)).toBe(false);
    const stored = statSync(JSON.parse(r1.outputJson).storedAt);
    expect(stored.mode & 0o777).toBe(0);

    // Put a new file at the same path: a second quarantine run would move it. Redelivery must not.
    writeFileSync(file, 'innocent\n');
    const r2 = await driver.send(q.signed, q.commandId);
    expect(r2.duplicate).toBe(true);
    expect(r2.outputJson).toBe(r1.outputJson);
    expect(readFileSync(file, 'utf8')).toBe('innocent\n');
    rmSync(file);

    const restore = command({ restoreFile: { quarantineId: rec.quarantineId } });
    expect((await driver.send(restore.signed, restore.commandId)).status).toBe('SUCCEEDED');
    const st = statSync(file);
    expect(readFileSync(file, 'utf8')).toBe('#!/bin/sh\necho evil\n');
    expect({ mode: st.mode & 0o7777, uid: st.uid, gid: st.gid }).toEqual({ mode: 0o750, uid: 1234, gid: 2345 });
  });

  it('kills a whole process tree when asked (TERM first, KILL for what ignores it)', async () => {
    const driverPid = childPid(driver.child.pid!);
    // A parent with two children, one of which ignores SIGTERM; all inside the driver's PID namespace.
    const script = 'sleep 1000 & (trap "" TERM; exec sleep 1001) & echo "P $$ $(cut -d" " -f22 /proc/$$/stat)"; wait';
    const tree = spawn('nsenter', ['-t', String(driverPid), '-p', '-m', '--', 'sh', '-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const line: string = await new Promise((res) => createInterface({ input: tree.stdout }).once('line', res));
      const [, pid, ticks] = line.split(' ');
      await new Promise((r) => setTimeout(r, 200));
      const c = command({ killProcess: { pid: Number(pid), startTimeTicks: Number(ticks), tree: true, graceMs: 500 } });
      const r = await driver.send(c.signed, c.commandId);
      expect(r.status).toBe('SUCCEEDED');
      const out = JSON.parse(r.outputJson);
      expect(out.tree).toHaveLength(2);
      expect(out.killed).toHaveLength(1);
      expect(out.survivors).toEqual([]);
      await new Promise((res) => (tree.exitCode === null && tree.signalCode === null ? tree.once('exit', res) : res(null)));
    } finally {
      if (tree.exitCode === null && tree.signalCode === null) tree.kill('SIGKILL');
    }
  });

  it('an agent in dry-run mode reports but never acts, even when the command asks for real', async () => {
    const dry = new Driver([], {
      stateDir: tmp('vigil-dry-'),
      agentId: AGENT_ID,
      commandPublicKeyHex: keys.publicKey.toString('hex'),
      collectorHost: '127.0.0.1',
      collectorPort: 1,
      dryRun: true,
    });
    const victim = spawn('sleep', ['1000'], { stdio: 'ignore' });
    try {
      await dry.ready();
      const ticks = Number(readFileSync(`/proc/${victim.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]);
      const c = command({ dryRun: false, killProcess: { pid: victim.pid, startTimeTicks: ticks, graceMs: 100 } });
      const r = await dry.send(c.signed, c.commandId);
      expect(r).toMatchObject({ status: 'SUCCEEDED', dryRun: true });
      expect(JSON.parse(r.outputJson)).toMatchObject({ dryRun: true, terminated: [], killed: [], survivors: [victim.pid] });
      await new Promise((res) => setTimeout(res, 300));
      expect(victim.exitCode).toBeNull();
      expect(victim.signalCode).toBeNull();
    } finally {
      victim.kill('SIGKILL');
      dry.kill();
    }
  });

  it('refuses invalid parameters before anything runs', async () => {
    for (const [fields, re] of [
      [{ quarantineFile: { path: 'relative/file' } }, /^path: .*not absolute/],
      [{ quarantineFile: { path: '/tmp/../etc/shadow' } }, /^path: .*"\." or "\.\."/],
      [{ blockAddress: { cidr: '10.0.0.1/8' } }, /^cidr: .*host bits/],
      [{ blockAddress: { cidr: '1.2.3.4; reboot' } }, /^cidr: .*not an IPv4 or IPv6/],
      [{ killProcess: { pid: 1, startTimeTicks: 5 } }, /^pid: /],
      [{ killProcess: { pid: 4242 } }, /start_time_ticks is required/],
      [{ isolate: { allowCidrs: ['10.0.0.0/33'] } }, /^allow_cidrs\[0\]: /],
    ] as const) {
      const c = command(fields);
      const r = await driver.send(c.signed, c.commandId);
      expect(r.status).toBe('REFUSED');
      expect(r.errorCode).toBe('VIGIL_ERR_COMMAND_INVALID_PARAMETER');
      expect(r.message).toMatch(re);
    }
  });
});
