// The forensic command handlers (triage, collect_file) for the command executor's action table. Both only
// read the host (kind forensic in @vigil/actions), so an agent in dry-run mode still runs them; a command that itself asks for a
// dry run only reports what it would collect. The bytes travel as FileChunk messages after the RUNNING
// result and before the final one, and the final result names the SHA-256 the collector must match.
import type { vigil } from '@vigil/proto';
import { u64ToNumber } from '@vigil/proto';
import { CREDENTIAL_REASON_MAX } from '@vigil/actions';
import { tableEntry, type ActionHandler, type ActionTable } from '../commands/actions.js';
import { AgentError } from '../errors.js';
import { checkCollectPath, checkCollectPathText, inspectOpenFile } from './collect-path.js';
import { CollectPolicy, type CollectGrant, type OwnFiles } from './collect-policy.js';
import { sendBuffer, sendFile, type SendToCollector } from './chunks.js';
import { takeTriage } from './triage.js';
import type { ForensicsOptions } from './options.js';

export interface ForensicsDeps {
  options: ForensicsOptions;
  send: SendToCollector;
  inventory: () => Promise<vigil.v1.IHostInventory | undefined>;
  /** The agent's own state folder and config file: never collected. */
  own: OwnFiles;
}

export function forensicActions(d: ForensicsDeps): ActionTable {
  const o = d.options;
  const policy = new CollectPolicy(o.collect, d.own);
  const triage: ActionHandler<{ lines: number }> = {
    validate(cmd) {
      const asked = (cmd.triage as vigil.v1.ITriageSnapshot | null)?.authLogLines ?? 0;
      if (asked > o.triage.maxAuthLogLines) return { ok: false, reason: `auth_log_lines ${asked} exceeds ${o.triage.maxAuthLogLines}` };
      return { ok: true, value: { lines: asked || o.triage.authLogLines } };
    },
    async run(p, ctx) {
      if (ctx.dryRun)
        return {
          readOnly: true,
          dryRun: true,
          wouldTake: ['processes', 'sockets', 'logins', 'authLog', 'persistence', 'suid', 'inventory'],
          authLogLines: p.lines,
        };
      const snap = await takeTriage({ options: o.triage, authLogLines: p.lines, inventory: d.inventory });
      const sent = await sendBuffer(ctx.commandId, Buffer.from(snap.json), o.chunkBytes, d.send);
      return { readOnly: true, ...sent, summary: snap.summary };
    },
  };
  const collect: ActionHandler<{ path: string; cap: number; grant: CollectGrant }> = {
    // The whole check (canonical path, file type, size, collection policy) runs here, also in dry-run, so a
    // refused path is a REFUSED command with its reason. run() checks again and pins the inode it then reads.
    validate(cmd) {
      const p = cmd.collectFile as vigil.v1.ICollectFile;
      const text = checkCollectPathText(p.path);
      if (!text.ok) return { ok: false, reason: `path: ${text.reason}` };
      const asked = u64ToNumber(p.maxBytes);
      const cap = asked > 0 ? Math.min(asked, o.collectMaxBytes) : o.collectMaxBytes;
      const reason = p.reason ?? '';
      if (reason.length > CREDENTIAL_REASON_MAX) return { ok: false, reason: `reason exceeds ${CREDENTIAL_REASON_MAX} characters` };
      const grant = { credentialAccess: Boolean(p.credentialAccess), reason };
      const c = checkCollectPath(text.value, cap, policy, grant);
      return c.ok ? { ok: true, value: { path: text.value, cap, grant } } : { ok: false, reason: `path: ${c.reason}` };
    },
    async run(p, ctx) {
      const c = checkCollectPath(p.path, p.cap, policy, p.grant);
      if (!c.ok) throw new AgentError('VIGIL_ERR_FORENSICS_REFUSED', c.reason);
      const credential = c.credential ? { credential: c.credential, reason: p.grant.reason } : {};
      if (ctx.dryRun)
        return { readOnly: true, dryRun: true, requestedPath: c.requested, resolvedPath: c.resolved, size: c.stat.size, capBytes: p.cap, ...credential };
      const inspect = (fd: number) => {
        const v = inspectOpenFile(policy, fd, c.resolved, p.grant);
        if (!v.ok) throw new AgentError('VIGIL_ERR_FORENSICS_REFUSED', v.reason);
      };
      const sent = await sendFile(ctx.commandId, c.resolved, { dev: c.stat.dev, ino: c.stat.ino }, p.cap, o.chunkBytes, d.send, inspect);
      return {
        readOnly: true,
        requestedPath: c.requested,
        resolvedPath: c.resolved,
        symlinkResolved: c.requested !== c.resolved,
        ...credential,
        ...sent,
        mode: (c.stat.mode & 0o7777).toString(8).padStart(4, '0'),
        uid: c.stat.uid,
        gid: c.stat.gid,
        mtimeMs: Math.round(c.stat.mtimeMs),
        inode: c.stat.ino,
        capBytes: p.cap,
      };
    },
  };
  return { triage: tableEntry(triage), collectFile: tableEntry(collect) };
}
