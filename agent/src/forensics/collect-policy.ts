// The collection policy (issue 13, item 2): collect_file is read-only, yet what it reads leaves the host.
// Three classes, checked on the resolved target (a symlink is judged by what it points at), on its inode
// (a hard link or bind mount of a known file is the same file) and on its first bytes:
//  - never sent, whoever orders it: the agent's own state, key and config, Vigil's folders, any Vigil key;
//  - credential files (shadow, private keys, keytabs, token files): only on an admin's order with a stated
//    reason, which the collector signs into the command;
//  - everything else under the allowed roots.
import { createPrivateKey } from 'node:crypto';
import { realpathSync, statSync, type Stats } from 'node:fs';
import { printable } from '../shared/grammar.js';
import type { CollectPolicyOptions } from './options.js';
import { compilePattern, isUnder, type PathPattern } from './path-pattern.js';

/** Vigil's own folders: never collected, whatever the config says. */
export const BUILTIN_PROTECTED_DIRS = ['/var/lib/vigil', '/var/lib/vigil-agent', '/etc/vigil'] as const;

/** What the signed command grants: set by the collector only for an admin who stated a reason. */
export interface CollectGrant {
  credentialAccess: boolean;
  reason: string;
}

/** The agent's own files, known at start-up (state folder, config file). */
export interface OwnFiles {
  dirs: readonly string[];
  files: readonly string[];
}

/** The agent's own files as every policy of this agent names them: its state folder and its config file. */
export function agentOwnFiles(stateDir: string, configFile?: string): OwnFiles {
  return { dirs: [stateDir], files: configFile ? [configFile] : [] };
}

export type PolicyVerdict = { ok: true; credential?: string } | { ok: false; reason: string };

const GLOB = /[*?]/;
const PRIVATE_KEY_PEM = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY( BLOCK)?-----/;
const PKCS8_BLOCK = /-----BEGIN PRIVATE KEY-----[\sA-Za-z0-9+/=]+-----END PRIVATE KEY-----/g;

/** A PKCS#8 Ed25519 private key, the format of the agent's identity key and the collector's command key. */
function holdsEd25519Key(text: string): boolean {
  for (const m of text.matchAll(PKCS8_BLOCK)) {
    try {
      if (createPrivateKey(m[0]).asymmetricKeyType === 'ed25519') return true;
    } catch {
      // not a key after all; the header check still classes it as a credential
    }
  }
  return false;
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

export class CollectPolicy {
  private readonly roots: string[];
  private readonly denied: PathPattern[];
  private readonly credentials: PathPattern[];
  private readonly protectedDirs: string[];
  private readonly protectedFiles: string[];
  /** Exact credential paths (no wildcards), also matched by inode. */
  private readonly credentialFiles: string[];

  constructor(
    readonly options: CollectPolicyOptions,
    own: OwnFiles,
  ) {
    this.roots = options.allowedRoots.map(realOrSelf);
    this.denied = options.deniedPatterns.map(compilePattern);
    this.credentials = options.credentialPatterns.map(compilePattern);
    const dirs = [...BUILTIN_PROTECTED_DIRS, ...own.dirs, ...options.protectedDirs];
    this.protectedDirs = [...new Set([...dirs, ...dirs.map(realOrSelf)])];
    this.protectedFiles = [...new Set([...own.files, ...own.files.map(realOrSelf)])];
    this.credentialFiles = options.credentialPatterns.filter((p) => !GLOB.test(p));
  }

  /** Name checks on both the requested path and its resolved target (no content read). */
  checkPath(requested: string, resolved: string): PolicyVerdict {
    for (const p of [requested, resolved]) {
      const dir = this.protectedDirs.find((d) => isUnder(p, d));
      if (dir) return { ok: false, reason: `"${printable(p)}" is in ${printable(dir)}, Vigil's own state and keys; never collected` };
      if (this.protectedFiles.includes(p)) return { ok: false, reason: `"${printable(p)}" is the agent's own configuration; never collected` };
      const deny = this.denied.find((d) => d.test(p));
      if (deny) return { ok: false, reason: `"${printable(p)}" matches the denied pattern "${printable(deny.text)}"; never collected` };
    }
    if (!this.roots.some((r) => isUnder(resolved, r))) {
      return { ok: false, reason: `"${printable(resolved)}" is outside the allowed roots (${this.options.allowedRoots.join(', ')})` };
    }
    for (const p of [requested, resolved]) {
      const cred = this.credentials.find((c) => c.test(p));
      if (cred) return { ok: true, credential: `"${printable(p)}" matches the credential pattern "${printable(cred.text)}"` };
    }
    return { ok: true };
  }

  /** The same inode as one of the agent's own files or a named credential file (hard link, bind mount). */
  checkInode(st: Stats, shown: string): PolicyVerdict {
    const same = (p: string) => {
      try {
        const o = statSync(p);
        return o.dev === st.dev && o.ino === st.ino;
      } catch {
        return false;
      }
    };
    const own = this.protectedFiles.find(same);
    if (own) return { ok: false, reason: `"${printable(shown)}" is the same file as ${printable(own)}, the agent's own; never collected` };
    const cred = this.credentialFiles.find(same);
    if (cred) return { ok: true, credential: `"${printable(shown)}" is the same file as the credential file ${printable(cred)}` };
    return { ok: true };
  }

  /** The first bytes of the file: a Vigil key is never sent; any other private key or a keytab is a credential. */
  checkContent(head: Buffer, shown: string): PolicyVerdict {
    const text = head.toString('latin1');
    if (holdsEd25519Key(text))
      return { ok: false, reason: `"${printable(shown)}" holds an Ed25519 private key, the format of Vigil's agent and command keys; never collected` };
    const pem = PRIVATE_KEY_PEM.exec(text);
    if (pem) return { ok: true, credential: `"${printable(shown)}" holds a ${pem[1] ? `${pem[1].trim()} ` : ''}private key` };
    if (text.startsWith('PuTTY-User-Key-File-')) return { ok: true, credential: `"${printable(shown)}" holds a PuTTY private key` };
    if (head.length >= 2 && head[0] === 0x05 && (head[1] === 0x01 || head[1] === 0x02))
      return { ok: true, credential: `"${printable(shown)}" starts like a Kerberos keytab` };
    return { ok: true };
  }

  /**
   * Why a log path the collector pushed must not be tailed, or undefined when it may: a tailed file's lines
   * leave the host like a collected file's bytes, but no admin's signed reason comes with a pushed config, so
   * Vigil's own files, denied and credential files, and anything outside the allowed roots are refused.
   */
  pushedLogProblem(path: string): string | undefined {
    const byName = this.checkPath(path, realOrSelf(path));
    if (!byName.ok) return byName.reason;
    let byInode: PolicyVerdict = { ok: true };
    try {
      byInode = this.checkInode(statSync(path), path);
    } catch {
      // not there yet: the name checks above are what can be judged now
    }
    if (!byInode.ok) return byInode.reason;
    const credential = byName.credential ?? byInode.credential;
    return credential ? `${credential}: a credential file is never tailed as a log` : undefined;
  }

  /** A credential file is collected only on an admin's order (signed by the collector) with a reason. */
  admit(credential: string | undefined, grant: CollectGrant): PolicyVerdict {
    if (!credential) return { ok: true };
    if (!grant.credentialAccess) return { ok: false, reason: `${credential}: a credential file; collecting it needs an admin's order with a stated reason` };
    if (grant.reason.trim().length < this.options.minReasonLength)
      return { ok: false, reason: `${credential}: a credential file; the stated reason is shorter than ${this.options.minReasonLength} characters` };
    return { ok: true, credential };
  }
}
