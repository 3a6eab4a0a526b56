// For tests of the API as `vigil-collector serve` wires it: a real CollectorApp (data folder from init,
// every feature and the API) on an ephemeral loopback port, one user per role, and helpers to
// call it and to ingest events through the real ingest path (detection included).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { createCollectorApp, type CollectorApp } from '../app.js';
import { loadCollectorConfig } from '../config.js';
import { initCommand } from '../cli/commands/init.js';
import { enrollAgent } from '../hosts/enroll.js';
import { ROLES, type Role } from '../auth/index.js';
import { apiCaller, loginCaller, type Caller, type CallApi } from './testkit.js';

export const APP_PASSWORD = 'app-test-password-1';

export interface AppTestApi {
  app: CollectorApp;
  url: string;
  dir: string;
  callers: Record<Role | 'anonymous', Caller>;
  login(role: Role): Promise<Caller>;
  call: CallApi;
  addAgent(hostname: string): string;
  /** Stores events through ingest (detection runs in the transaction); resolves after the ack. */
  ingest(agentId: string, events: vigil.v1.IEvent[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * `clock` drives the whole app (sessions included), so a test can let sessions expire; `config` is a config
 * file's sections as written (e.g. `{ commands: { twoPersonRule: { enabled: true } } }`), checked like one.
 */
export async function startAppTestApi(options: { clock?: () => number; config?: Record<string, unknown> } = {}): Promise<AppTestApi> {
  const dir = mkdtempSync(join(tmpdir(), `vigil-apiapp-${process.pid}-`));
  await initCommand.run(['--data', dir], { out: () => undefined, err: () => undefined, env: {} });
  const config = loadCollectorConfig({ overrides: { ...options.config, dataDir: dir, listen: { port: 0 } } });
  const app = await createCollectorApp({ config, logger: silentLogger(), env: { VIGIL_ADMIN_PASSWORD: APP_PASSWORD }, clock: options.clock });
  const url = await app.listen();
  const call = apiCaller(`${url}/api/v1`);
  const anonymous: Caller = { role: 'anonymous', headers: {} };
  const admin = await loginCaller(call, 'admin', APP_PASSWORD, 'admin');
  for (const role of ROLES) {
    if (role === 'admin') continue;
    const r = await call(admin, 'post', '/users', { name: role, role, password: APP_PASSWORD, mustChangePassword: false });
    if (r.status !== 201) throw new Error(`create ${role}: ${r.status}`);
  }
  const login = (role: Role) => loginCaller(call, role === 'admin' ? 'admin' : role, APP_PASSWORD, role);
  const callers = { anonymous, admin, viewer: await login('viewer'), responder: await login('responder') } as Record<Role | 'anonymous', Caller>;
  let n = 0;
  const seqs = new Map<string, number>();
  return {
    app,
    url,
    dir,
    callers,
    login,
    call,
    addAgent(hostname) {
      const { token } = app.tokens.create({ ttlSeconds: 600, maxUses: 1, nowMs: Date.now() });
      n++;
      const res = enrollAgent(app.tokens, app.agents, {
        token,
        publicKey: Buffer.alloc(32, n).toString('base64'),
        hostname,
        machineId: `machine-${n}`,
        os: 'Debian GNU/Linux 13',
        agentVersion: '0.1.0',
        inventory: { hostname, services: ['nginx.service'] },
        nowMs: Date.now(),
        newId: `agent-${n}`,
      });
      if (!res.ok) throw new Error(res.code);
      return res.agent.id;
    },
    ingest(agentId, events) {
      const stamped = events.map((e) => {
        const seq = (seqs.get(agentId) ?? 0) + 1;
        seqs.set(agentId, seq);
        return vigil.v1.Event.create({ id: `${agentId}-e${seq}`, agentId, seq, ...e });
      });
      return new Promise((resolve, reject) => {
        app.ingest.submit(agentId, stamped, (err) => (err ? reject(err) : resolve()));
      });
    },
    async close() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
