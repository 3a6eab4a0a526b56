import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { agentConfigSchema, type AgentConfig } from '../config.js';
import { AgentError } from '../errors.js';
import { forensicActions } from '../forensics/actions.js';
import { BlockManager } from '../responders/block.js';
import { UnavailableBackend } from '../responders/firewall.js';
import { IsolationManager } from '../responders/isolation.js';
import { QuarantineStore } from '../responders/quarantine.js';
import { ExecRunner } from '../responders/runner.js';
import { ServiceResponder } from '../responders/services.js';
import { defaultActions } from './actions.js';
import { CommandExecutor } from './executor.js';
import { CommandLedger } from './ledger.js';

const AGENT = 'agent-1';
const keys = generateEd25519();
let dir: string;
let seq = 0;
const chunks: vigil.v1.IFileChunk[] = [];

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'vigil-executor-')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An executor as `vigil-agent run` builds one, from a config parsed by the agent's own schema. */
function executor(config: AgentConfig, agentDryRun: boolean, clock?: () => number, ledgerFile?: string): CommandExecutor {
  const r = config.response;
  const logger = silentLogger();
  const common = {
    backend: new UnavailableBackend(new AgentError('VIGIL_ERR_RESPONSE_NO_FIREWALL', 'no firewall in a unit test')),
    sink: { emit: () => undefined },
    logger,
  };
  const state = mkdtempSync(join(dir, 'state-'));
  const actions = defaultActions({
    isolation: new IsolationManager({ ...common, stateDir: state }),
    blocks: new BlockManager({ ...common, stateDir: state }),
    services: new ServiceResponder(new ExecRunner()),
    quarantine: new QuarantineStore(join(state, 'quarantine')),
    collector: () => ({ host: '127.0.0.1', port: 1 }),
    selfTest: () => () => Promise.resolve({ ok: false, detail: 'never run here' }),
    options: r,
  });
  const forensics = forensicActions({
    options: config.forensics,
    send: (m) => (m.fileChunk ? chunks.push(m.fileChunk) > 0 : false),
    inventory: () => Promise.resolve(undefined),
    own: { dirs: [state], files: [] },
  });
  return new CommandExecutor({
    agentId: () => AGENT,
    commandPublicKey: () => keys.publicKey,
    agentDryRun: () => agentDryRun,
    ledger: ledgerAt(join(state, 'commands'), r.ledger, clock ?? Date.now, ledgerFile),
    actions: { ...actions, ...forensics },
    logger,
    clock,
    limits: { maxPayloadBytes: r.maxCommandBytes, maxClockSkewMs: r.maxClockSkewMs, maxLifetimeMs: r.maxCommandLifetimeMs },
  });
}

/** The executor's ledger; `text` is written as its file first (a damaged one, say). */
function ledgerAt(dir: string, options: AgentConfig['response']['ledger'], clock: () => number, text?: string): CommandLedger {
  if (text !== undefined) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ledger.json'), text);
  }
  return new CommandLedger({ dir, ...options, clock, onDamaged: () => undefined });
}

function signed(fields: Partial<vigil.v1.ICommand>): vigil.v1.ISignedCommand {
  const now = Date.now();
  const payload = vigil.v1.Command.encode({
    commandId: `c${++seq}`,
    agentId: AGENT,
    issuedAtMs: now,
    expiresAtMs: now + 60_000,
    nonce: Buffer.alloc(16, seq),
    ...fields,
  }).finish();
  return { payload, signature: signEd25519(keys.privateKeyPem, payload) };
}

describe('CommandExecutor with the config defaults', () => {
  const withTmp = (over: Record<string, unknown> = {}) => {
    const defaults = agentConfigSchema.parse({});
    return agentConfigSchema.parse({ ...over, forensics: { collect: { allowedRoots: [...defaults.forensics.collect.allowedRoots, dir] } } });
  };

  it('forces a dry run of host changes on a dry-run agent, but runs forensics for real', async () => {
    const ex = executor(withTmp(), true);
    const file = join(dir, 'payload.bin');
    writeFileSync(file, 'evil bytes');
    const q = await ex.handle(signed({ quarantineFile: { path: file } }));
    expect(q).toMatchObject({ status: vigil.v1.CommandStatus.SUCCEEDED, dryRun: true, message: 'dry-run: nothing applied' });
    expect(readFileSync(file, 'utf8')).toBe('evil bytes');

    const c = await ex.handle(signed({ collectFile: { path: file } }));
    expect(c).toMatchObject({ status: vigil.v1.CommandStatus.SUCCEEDED, dryRun: false });
    expect(Buffer.concat(chunks.map((x) => Buffer.from(x.data ?? []))).toString()).toBe('evil bytes');
  });

  it('answers a redelivered id from its first result even after it expired (a result lost in a crash), and refuses an expired new one', async () => {
    let now = Date.now();
    const ex = executor(withTmp(), true, () => now);
    const file = join(dir, 'kept.bin');
    writeFileSync(file, 'kept');
    const order = signed({ quarantineFile: { path: file } });
    const first = await ex.handle(order);
    expect(first).toMatchObject({ status: vigil.v1.CommandStatus.SUCCEEDED, duplicate: false });
    now += 120_000; // past the 60 s window
    const again = await ex.handle(order);
    expect(again).toMatchObject({ status: vigil.v1.CommandStatus.SUCCEEDED, duplicate: true, outputJson: first.outputJson });
    const late = await ex.handle(signed({ quarantineFile: { path: file }, issuedAtMs: now - 120_000, expiresAtMs: now - 60_000 }));
    expect(late).toMatchObject({ status: vigil.v1.CommandStatus.REFUSED, errorCode: 'VIGIL_ERR_COMMAND_EXPIRED' });
    // the ledger is consulted only for authentic orders: a forged copy of a known id is refused, not answered
    const forged = { payload: order.payload, signature: Buffer.alloc(64, 1) };
    expect(await ex.handle(forged)).toMatchObject({ status: vigil.v1.CommandStatus.REFUSED, errorCode: 'VIGIL_ERR_COMMAND_BAD_SIGNATURE' });
  });

  it('refuses every command issued before its damaged ledger was set aside, and runs those issued after', async () => {
    let now = Date.now();
    const before = signed({ triage: {} });
    now += 1000;
    const ex = executor(withTmp(), true, () => now, '{"version":1,"entr');
    const refused = await ex.handle(before);
    expect(refused).toMatchObject({ status: vigil.v1.CommandStatus.REFUSED, errorCode: 'VIGIL_ERR_COMMAND_LEDGER_LOST' });
    const file = join(dir, 'fresh.bin');
    writeFileSync(file, 'x');
    const after = await ex.handle(signed({ quarantineFile: { path: file }, issuedAtMs: now + 1, expiresAtMs: now + 60_000 }));
    expect(after).toMatchObject({ status: vigil.v1.CommandStatus.SUCCEEDED });
  });

  it('names the action in its result as the collector stores it (quarantine_file), not by the generated field', async () => {
    const ex = executor(withTmp(), true);
    const file = join(dir, 'named.bin');
    writeFileSync(file, 'x');
    const q = await ex.handle(signed({ quarantineFile: { path: file } }));
    expect(JSON.parse(q.outputJson ?? '{}')).toMatchObject({ action: 'quarantine_file' });
    const up = await ex.handle(signed({ upgrade: { version: '9.9.9' } }));
    expect(JSON.parse(up.outputJson ?? '{}')).toEqual({ action: 'upgrade' });
  });

  it('applies host changes on an agent that is not in dry-run', async () => {
    const ex = executor(withTmp(), false);
    const file = join(dir, 'applied.bin');
    writeFileSync(file, 'x');
    const q = await ex.handle(signed({ quarantineFile: { path: file } }));
    expect(q).toMatchObject({ status: vigil.v1.CommandStatus.SUCCEEDED, dryRun: false });
    expect(existsSync(file)).toBe(false);
  });

  it('refuses an action it has no handler for, and a payload over response.maxCommandBytes', async () => {
    const ex = executor(withTmp({ response: { maxCommandBytes: 1024 } }), true);
    const up = await ex.handle(signed({ upgrade: { version: '9.9.9' } }));
    expect(up).toMatchObject({ status: vigil.v1.CommandStatus.REFUSED, errorCode: 'VIGIL_ERR_COMMAND_UNSUPPORTED', dryRun: true });
    const big = await ex.handle(signed({ isolate: { allowCidrs: Array.from({ length: 64 }, (_, i) => `10.${i}.0.0/16`) }, operator: 'x'.repeat(1024) }));
    expect(big).toMatchObject({ status: vigil.v1.CommandStatus.REFUSED, errorCode: 'VIGIL_ERR_COMMAND_MALFORMED' });
  });

  it('checks blocks against response.maxBlockedSpace from config', async () => {
    const block = () => signed({ blockAddress: { cidr: '10.0.0.0/16' } });
    const narrow = await executor(withTmp({ response: { maxBlockedSpace: { ipv4Prefix: 24 } } }), true).handle(block());
    expect(narrow).toMatchObject({ status: vigil.v1.CommandStatus.REFUSED, errorCode: 'VIGIL_ERR_COMMAND_INVALID_PARAMETER' });
    expect(narrow.message).toMatch(/^cidr: /);
    const wide = await executor(withTmp(), true).handle(block());
    expect(wide.status).not.toBe(vigil.v1.CommandStatus.REFUSED);
  });
});
