import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStateStore } from '../../store/state.js';
import { dataPaths } from '../../datadir.js';
import { Auth, authStateIn, defaultAuthOptions } from '../../auth/index.js';
import { userCommand } from './user.js';

describe('vigil-collector user', () => {
  it('adds users, resets a lost password to a one-time one, and disables accounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-user-cli-'));
    try {
      const out: string[] = [];
      const io = (env: Record<string, string> = {}) => ({ out: (l: string) => void out.push(l), err: (l: string) => void out.push(l), env });
      expect(await userCommand.run(['add', 'alice', '--role', 'responder', '--password-env', 'PW', '--data', dir], io({ PW: 'alice-password-1' }))).toBe(0);
      expect(await userCommand.run(['reset-password', 'alice', '--data', dir], io())).toBe(0);
      const oneTime = /shown only now\): (\S+)/.exec(out.at(-1)!)![1]!;
      const auth = new Auth({ db: authStateIn(new LowdbStateStore(dataPaths(dir).stateFile)), options: defaultAuthOptions() });
      expect(await auth.users.verify('alice', 'alice-password-1')).toBeUndefined();
      expect((await auth.users.verify('alice', oneTime))?.mustChangePassword).toBe(true);
      expect(await userCommand.run(['disable', 'alice', '--data', dir], io())).toBe(0);
      expect(await auth.users.verify('alice', oneTime)).toBeUndefined();
      await expect(userCommand.run(['add', 'bob', '--role', 'root', '--data', dir], io())).rejects.toThrow(/--role/);
      expect(await userCommand.run(['list', '--data', dir], io())).toBe(0);
      expect(out.at(-1)).toMatch(/^alice {2}responder {2}disabled {2}must-change-password/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
