// Issue 15 item 7: the lock around the small-state file (state.json) broke any lock file older than 10 s,
// even while the process holding it was alive and writing, so a slow `vigil-collector token create` and a
// running collector could both write state.json and one lose the other's change. The lock is now the
// kernel's, held for exactly as long as the holder lives: the lock file's age means nothing, and a dead
// holder's lock is free at once. Real processes, the built collector's lock.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withFileLock } from '../../collector/dist/store/lock.js';

const LOCK_MODULE = new URL('../../collector/dist/store/lock.js', import.meta.url).href;
// Takes the lock, says "held", then keeps it until a byte arrives on stdin (or dies holding it, with "die").
const HOLDER = `
import { readSync, writeSync } from 'node:fs';
const { withFileLock } = await import(process.argv[1]);
withFileLock(process.argv[2], () => {
  writeSync(1, 'held\\n');
  if (process.argv[3] === 'die') process.kill(process.pid, 'SIGKILL');
  readSync(0, Buffer.alloc(1));
});
writeSync(1, 'released\\n');
`;

const dir = mkdtempSync(join(tmpdir(), `vigil-state-lock-${process.pid}-`));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function holder(lock: string, mode: 'hold' | 'die'): ChildProcess {
  return spawn(process.execPath, ['--input-type=module', '-e', HOLDER, LOCK_MODULE, lock, mode], { stdio: ['pipe', 'pipe', 'inherit'] });
}

function line(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.split('\n').includes(text)) resolve();
    });
    child.once('exit', (code, signal) => reject(new Error(`holder exited (${code ?? signal}) before "${text}": ${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('state file lock', () => {
  it('is never taken from a live holder, however old its lock file looks', async () => {
    const lock = join(dir, 'live.lock.db');
    const child = holder(lock, 'hold');
    try {
      await line(child, 'held');
      // What the old lock took for a stale lock: a file last touched an hour ago.
      const hourAgo = new Date(Date.now() - 3_600_000);
      utimesSync(lock, hourAgo, hourAgo);
      let ran = false;
      expect(() =>
        withFileLock(
          lock,
          () => {
            ran = true;
          },
          { timeoutMs: 300 },
        ),
      ).toThrow(/held by another process/);
      expect(ran).toBe(false);
      const released = line(child, 'released');
      child.stdin!.write('x');
      await released;
      await exited(child);
      expect(withFileLock(lock, () => 'mine', { timeoutMs: 10_000 })).toBe('mine');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('is free as soon as its holder dies holding it', async () => {
    const lock = join(dir, 'dead.lock.db');
    const child = holder(lock, 'die');
    await line(child, 'held').catch(() => undefined);
    await exited(child);
    expect(child.signalCode).toBe('SIGKILL');
    expect(withFileLock(lock, () => 'mine', { timeoutMs: 10_000 })).toBe('mine');
  });
});
