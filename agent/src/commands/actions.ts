// The agent's handlers of the response actions (@vigil/actions names them): for each Command oneof field, a
// pure parameter check (runs before anything touches the host) and the responder call. Other modules
// (triage, collect file, upgrade) register more handlers the same way. Defaults come from the validated config.
import type { vigil } from '@vigil/proto';
import { u64ToNumber } from '@vigil/proto';
import { checkAbsolutePath, checkCidr, checkPid, checkUnitName, type Checked, type Cidr } from '../shared/grammar.js';
import type { IsolationManager, SelfTest } from '../responders/isolation.js';
import type { BlockManager } from '../responders/block.js';
import type { ServiceResponder } from '../responders/services.js';
import type { QuarantineStore } from '../responders/quarantine.js';
import { killProcess } from '../responders/kill.js';
import { collectorAddresses, resolvers, type CollectorEndpoint } from '../responders/collector-target.js';
import { AgentError } from '../errors.js';
import { forbiddenBlock, overSpaceLimit } from '../responders/block-guard.js';
import type { ActionField } from '@vigil/actions';
import type { AgentConfig } from '../config.js';

type ResponseConfig = AgentConfig['response'];

export interface ActionContext {
  commandId: string;
  dryRun: boolean;
}

/** Whether the agent-wide dry-run applies is the action table's to say (changesHost), not the handler's. */
export interface ActionHandler<P = unknown> {
  /** Check of the action's parameters (no host change); a failure refuses the command with the reason. */
  validate(cmd: vigil.v1.Command): Checked<P> | Promise<Checked<P>>;
  /** Runs (or, in dry-run, describes) the action; the returned object becomes output_json. */
  run(params: P, ctx: ActionContext): Promise<Record<string, unknown>>;
}

/** Handlers by the generated proto's oneof field (stopService); an action without one is refused as unsupported. */
export type ActionTable = { readonly [F in ActionField]?: ActionHandler<never> };

/** A handler as the table holds it: its parameter type stays between its own validate and run. */
export function tableEntry<P>(h: ActionHandler<P>): ActionHandler<never> {
  return h as ActionHandler<never>;
}

export interface ResponderSet {
  isolation: IsolationManager;
  blocks: BlockManager;
  services: ServiceResponder;
  quarantine: QuarantineStore;
  /** Where the collector is, for the isolation allow rules. */
  collector: () => CollectorEndpoint;
  /** The self-test used after isolating; defaults to a TCP connect to the collector port. */
  selfTest: (addresses: string[], port: number) => SelfTest;
  resolvConfPath?: string;
  /** Self-test deadline, kill grace and block space limit (config `response`). */
  options: Pick<ResponseConfig, 'selfTestDeadlineMs' | 'killGraceMs' | 'maxBlockedSpace'>;
}

const MAX_ALLOW = 64;

function all<T>(items: readonly unknown[], check: (x: unknown) => Checked<T>, what: string): Checked<T[]> {
  const out: T[] = [];
  for (const [i, x] of items.entries()) {
    const c = check(x);
    if (!c.ok) return { ok: false, reason: `${what}[${i}]: ${c.reason}` };
    out.push(c.value);
  }
  return { ok: true, value: out };
}

function field<T>(c: Checked<T>, name: string): Checked<T> {
  return c.ok ? c : { ok: false, reason: `${name}: ${c.reason}` };
}

export function defaultActions(r: ResponderSet): ActionTable {
  const isolate: ActionHandler<{ allow: Cidr[]; dns: boolean; deadlineMs: number }> = {
    validate(cmd) {
      const p = cmd.isolate as vigil.v1.IsolateHost;
      const cidrs = p.allowCidrs ?? [];
      if (cidrs.length > MAX_ALLOW) return { ok: false, reason: `allow_cidrs has ${cidrs.length} entries, over ${MAX_ALLOW}` };
      const allow = all(cidrs, checkCidr, 'allow_cidrs');
      if (!allow.ok) return allow;
      const deadline = p.selfTestDeadlineMs || r.options.selfTestDeadlineMs;
      if (deadline < 100 || deadline > 600_000) return { ok: false, reason: 'self_test_deadline_ms must be 100..600000' };
      return { ok: true, value: { allow: allow.value, dns: Boolean(p.allowDns), deadlineMs: deadline } };
    },
    async run(p, ctx) {
      const ep = r.collector();
      const addresses = await collectorAddresses(ep);
      if (!addresses.length) throw new AgentError('VIGIL_ERR_RESPONSE_FAILED', `collector host ${ep.host} resolves to no address; refusing to isolate`);
      const spec = { collectorAddresses: addresses, collectorPort: ep.port, allowCidrs: p.allow, dnsResolvers: p.dns ? resolvers(r.resolvConfPath) : [] };
      const out = await r.isolation.isolate({
        spec,
        selfTest: r.selfTest(addresses, ep.port),
        selfTestDeadlineMs: p.deadlineMs,
        dryRun: ctx.dryRun,
        commandId: ctx.commandId,
      });
      if (out.rolledBack) {
        throw Object.assign(new AgentError('VIGIL_ERR_RESPONSE_SELF_TEST', `self-test failed (${out.selfTest?.detail}); rules rolled back`), { output: out });
      }
      return { ...out };
    },
  };
  const release: ActionHandler<null> = {
    validate: () => ({ ok: true, value: null }),
    run: async (_p, ctx) => ({ ...(await r.isolation.release(ctx.dryRun)) }),
  };
  const stopService: ActionHandler<{ unit: string; disable: boolean; mask: boolean }> = {
    validate(cmd) {
      const p = cmd.stopService as vigil.v1.IStopService;
      const unit = field(checkUnitName(p.unit), 'unit');
      return unit.ok ? { ok: true, value: { unit: unit.value, disable: Boolean(p.disable), mask: Boolean(p.mask) } } : unit;
    },
    run: async (p, ctx) => ({ ...(await r.services.stop(p.unit, { ...p, dryRun: ctx.dryRun })) }),
  };
  const startService: ActionHandler<{ unit: string; unmask: boolean; enable: boolean }> = {
    validate(cmd) {
      const p = cmd.startService as vigil.v1.IStartService;
      const unit = field(checkUnitName(p.unit), 'unit');
      return unit.ok ? { ok: true, value: { unit: unit.value, unmask: Boolean(p.unmask), enable: Boolean(p.enable) } } : unit;
    },
    run: async (p, ctx) => ({ ...(await r.services.start(p.unit, { ...p, dryRun: ctx.dryRun })) }),
  };
  const kill: ActionHandler<{ pid: number; startTicks: string; tree: boolean; graceMs: number }> = {
    validate(cmd) {
      const p = cmd.killProcess as vigil.v1.IKillProcess;
      const pid = field(checkPid(p.pid), 'pid');
      if (!pid.ok) return pid;
      const ticks = u64ToNumber(p.startTimeTicks);
      if (ticks <= 0) return { ok: false, reason: 'start_time_ticks is required (pid alone could name a reused pid)' };
      const grace = p.graceMs || r.options.killGraceMs;
      if (grace > 120_000) return { ok: false, reason: 'grace_ms exceeds 120000' };
      return { ok: true, value: { pid: pid.value, startTicks: String(ticks), tree: Boolean(p.tree), graceMs: grace } };
    },
    run: async (p, ctx) => ({ ...(await killProcess({ ...p, dryRun: ctx.dryRun })) }),
  };
  const block: ActionHandler<{ cidr: Cidr; ttl: number; addresses: string[] }> = {
    // Refused before anything is applied (also in dry-run): a block covering a collector address (every
    // address the name resolves to now, plus the live connection's peer) or the loopback, and blocks that
    // together would exceed the space limit.
    async validate(cmd) {
      const p = cmd.blockAddress as vigil.v1.IBlockAddress;
      const c = field(checkCidr(p.cidr), 'cidr');
      if (!c.ok) return c;
      if (c.value.prefix === 0) return { ok: false, reason: 'cidr: a /0 block would cut the host off; use isolate' };
      const ttl = p.ttlSeconds ?? 0;
      if (ttl > 365 * 86400) return { ok: false, reason: 'ttl_seconds exceeds one year' };
      const addresses = await collectorAddresses(r.collector());
      if (!addresses.length)
        return {
          ok: false,
          reason: `cidr: the collector host ${r.collector().host} resolves to no address, so a block cannot be checked against it; refusing to block`,
        };
      const why = forbiddenBlock(c.value, addresses);
      if (why) return { ok: false, reason: `cidr: ${why}` };
      const others = r.blocks
        .list()
        .filter((e) => e.cidr.text !== c.value.text)
        .map((e) => e.cidr);
      const over = overSpaceLimit([...others, c.value], r.options.maxBlockedSpace);
      if (over) return { ok: false, reason: `cidr: ${over}` };
      return { ok: true, value: { cidr: c.value, ttl, addresses } };
    },
    async run(p, ctx) {
      const ep = r.collector();
      const test = { selfTest: r.selfTest(p.addresses, ep.port), deadlineMs: r.options.selfTestDeadlineMs };
      const out = await r.blocks.block(p.cidr, p.ttl, ctx.dryRun, test);
      if (out.rolledBack)
        throw Object.assign(new AgentError('VIGIL_ERR_RESPONSE_SELF_TEST', `self-test failed (${out.selfTest?.detail}); block rolled back`), { output: out });
      return { ...out };
    },
  };
  const unblock: ActionHandler<{ cidr: Cidr }> = {
    validate(cmd) {
      const c = field(checkCidr((cmd.unblockAddress as vigil.v1.IUnblockAddress).cidr), 'cidr');
      return c.ok ? { ok: true, value: { cidr: c.value } } : c;
    },
    run: async (p, ctx) => ({ ...(await r.blocks.unblock(p.cidr, ctx.dryRun)) }),
  };
  const quarantine: ActionHandler<{ path: string }> = {
    validate(cmd) {
      const c = field(checkAbsolutePath((cmd.quarantineFile as vigil.v1.IQuarantineFile).path), 'path');
      if (!c.ok) return c;
      if (/^\/(proc|sys|dev)(\/|$)/.test(c.value)) return { ok: false, reason: 'path: files under /proc, /sys and /dev are not quarantined' };
      return { ok: true, value: { path: c.value } };
    },
    run: async (p, ctx) => ({ ...(await r.quarantine.quarantine(p.path, ctx.dryRun)) }),
  };
  const restore: ActionHandler<{ id: string }> = {
    validate(cmd) {
      const id = (cmd.restoreFile as vigil.v1.IRestoreFile).quarantineId ?? '';
      return /^[0-9a-f-]{36}$/.test(id) ? { ok: true, value: { id } } : { ok: false, reason: 'quarantine_id is not a UUID' };
    },
    run: async (p, ctx) => ({ ...(await r.quarantine.restore(p.id, ctx.dryRun)) }),
  };
  return {
    isolate: tableEntry(isolate),
    release: tableEntry(release),
    stopService: tableEntry(stopService),
    startService: tableEntry(startService),
    killProcess: tableEntry(kill),
    blockAddress: tableEntry(block),
    unblockAddress: tableEntry(unblock),
    quarantineFile: tableEntry(quarantine),
    restoreFile: tableEntry(restore),
  };
}
