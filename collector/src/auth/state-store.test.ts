import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStateStore } from '../store/state.js';
import { authStateIn } from './state.js';
import { Auth } from './service.js';
import { defaultAuthOptions } from './options.js';

describe('auth state in the collector state file', () => {
  it('keeps users and token hashes as collections beside the agents, across reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-authstate-'));
    try {
      const file = join(dir, 'state.json');
      const auth = new Auth({ db: authStateIn(new LowdbStateStore(file)), options: defaultAuthOptions(), scrypt: { N: 1024, r: 8, p: 1 } });
      await auth.users.create({ name: 'ann', role: 'admin', password: 'a-long-password-1' });
      const { secret } = auth.tokens.create({ name: 'ci', role: 'viewer', createdBy: 'ann', creatorRole: 'admin' });
      const json = JSON.parse(readFileSync(file, 'utf8'));
      expect(json.users[0]).toMatchObject({ name: 'ann', role: 'admin' });
      expect(json.apiTokens[0].hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(json)).not.toContain(secret);
      const again = new Auth({ db: authStateIn(new LowdbStateStore(file)), options: defaultAuthOptions() });
      expect(await again.users.verify('ann', 'a-long-password-1')).toBeDefined();
      expect(again.identify({ authorization: `Bearer ${secret}` })?.role).toBe('viewer');
      // a change made by another process (the CLI) is seen
      const cli = new Auth({ db: authStateIn(new LowdbStateStore(file)), options: defaultAuthOptions(), scrypt: { N: 1024, r: 8, p: 1 } });
      await cli.users.create({ name: 'bob', role: 'viewer', password: 'another-password' });
      expect(again.users.list().map((u) => u.name)).toEqual(['ann', 'bob']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
