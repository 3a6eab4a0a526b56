// Credentials an intruder reads rather than changes: the accounts' SSH private keys, the SSH host keys and
// the accounts' shell and database-client histories (passwords typed on command lines). They are not
// persistence locations, so they are not in persistence-paths.ts and file integrity keeps out of them;
// the audit sensor watches them for reads only. A history is watched only for reads by someone other
// than its owner: the owner's own shell reads it at every start.
import { PERM } from './audit-proto.js';
import type { WatchSpec } from './watch-spec.js';

export const PRIVATE_KEY_NAMES = ['id_rsa', 'id_ecdsa', 'id_ed25519', 'id_dsa', 'id_ecdsa_sk', 'id_ed25519_sk'] as const;
export const HOST_KEYS = ['/etc/ssh/ssh_host_rsa_key', '/etc/ssh/ssh_host_ecdsa_key', '/etc/ssh/ssh_host_ed25519_key', '/etc/ssh/ssh_host_dsa_key'] as const;
export const HISTORY_NAMES = ['.bash_history', '.zsh_history', '.mysql_history', '.psql_history', '.python_history'] as const;

export interface Account {
  name: string;
  uid: number;
  home: string;
}

/** Accounts people log in as: root and the regular range (not nobody); their histories are watched. */
const hasHistory = (a: Account) => a.uid === 0 || (a.uid >= 1000 && a.uid !== 65534);

/** Read watches for the credential files of these accounts (existence is the caller's filter). */
export function credentialWatches(accounts: readonly Account[]): WatchSpec[] {
  const out: WatchSpec[] = HOST_KEYS.map((path) => ({ path, dir: false, perms: PERM.READ, watch: 'private_key' }));
  const seen = new Set<string>(HOST_KEYS);
  for (const a of accounts) {
    const home = a.home.replace(/\/+$/, '');
    if (!home.startsWith('/') || seen.has(`${home}/`)) continue;
    seen.add(`${home}/`);
    for (const k of PRIVATE_KEY_NAMES) out.push({ path: `${home}/.ssh/${k}`, dir: false, perms: PERM.READ, watch: 'private_key' });
    if (hasHistory(a)) for (const h of HISTORY_NAMES) out.push({ path: `${home}/${h}`, dir: false, perms: PERM.READ, watch: 'history', excludeUid: a.uid });
  }
  return out;
}
