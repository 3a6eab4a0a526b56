// Credential read watches: keys for every account, histories for login accounts only, owner left out.
import { describe, expect, it } from 'vitest';
import { F, OP, PERM } from './audit-proto.js';
import { watchRule } from './audit-rules.js';
import { credentialWatches } from './credential-watches.js';

const watches = credentialWatches([
  { name: 'root', uid: 0, home: '/root' },
  { name: 'alice', uid: 1000, home: '/home/alice/' },
  { name: 'www-data', uid: 33, home: '/var/www' },
  { name: 'nobody', uid: 65534, home: '/nonexistent' },
]);
const at = (path: string) => watches.find((w) => w.path === path);

describe('credential read watches', () => {
  it('watch the host keys and every account private keys for reads', () => {
    expect(at('/etc/ssh/ssh_host_ed25519_key')).toEqual({ path: '/etc/ssh/ssh_host_ed25519_key', dir: false, perms: PERM.READ, watch: 'private_key' });
    expect(at('/home/alice/.ssh/id_ed25519')?.watch).toBe('private_key');
    expect(at('/var/www/.ssh/id_rsa')?.watch).toBe('private_key');
    expect(at('/home/alice/.ssh/id_ed25519.pub')).toBeUndefined();
  });

  it('watch the histories of login accounts for reads by anyone but their owner', () => {
    expect(at('/home/alice/.bash_history')).toMatchObject({ watch: 'history', perms: PERM.READ, excludeUid: 1000 });
    expect(at('/root/.mysql_history')).toMatchObject({ excludeUid: 0 });
    expect(at('/var/www/.bash_history')).toBeUndefined();
    expect(at('/nonexistent/.bash_history')).toBeUndefined();
    expect(watchRule({ ...at('/home/alice/.bash_history')!, excludePid: 7 }).rule.fields).toEqual(
      expect.arrayContaining([
        { field: F.WATCH, op: OP.EQUAL, value: '/home/alice/.bash_history' },
        { field: F.UID, op: OP.NOT_EQUAL, value: 1000 },
        { field: F.PID, op: OP.NOT_EQUAL, value: 7 },
      ]),
    );
  });
});
