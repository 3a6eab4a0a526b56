// For tests of the API as `vigil-collector serve` wires it: a real CollectorApp (data folder from init,
// detect, commands and this API module) on an ephemeral loopback port, one user per role, and helpers to
// call it and to ingest events through the real ingest path (detection included).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { createCollectorApp, type CollectorApp } from '../app.js';
import { loadCollectorConfig } from '../config.js';
import { initCommand } from '../cli/commands/init.js';
import { defaultModules } from '../modules.js';
import { ROLES, type Role } from '../auth/index.js';
import type { Caller } from './testkit.js';

export const APP_PASSWORD = 'app-test-password-1';

export interface AppTestApi {
  app: CollectorApp;
  url: string;
  dir: string;
  callers: Record<Role | 'anonymous', Caller>;
  login(role: Role): Promise<Caller>;
  call(caller: Caller, method: string, path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }>;
  addAgent(hostname: string): string;
  /** Stores events through ingest (detection runs in the transaction); resolves after the ack. */
  ingest(agentId: string, events: vigil.v1.IEvent[]): Promise<void>;
  close(): Promise<void>;
}

export async function startAppTestApi(): Promise<AppTestApi> {
  const dir = mkdtempSync(join(tmpdir(), `vigil-apiapp-${process.pid}-`));
  await initCommand.run(['--data', dir], { out: () => undefined, err: () => undefined, env: {} });
  const config = loadCollectorConfig({ overrides: { dataDir: dir, listen: { port: 0 } } });
  const app = await createCollectorApp({ config, logger: silentLogger(), modules: defaultModules({ env: { VIGIL_ADMIN_PASSWORD: APP_PASSWORD } }) });
  const url = await app.listen();
  const call: AppTestApi['call'] = async (caller, method, path, body) => {
    const headers: Record<string, string> = { ...caller.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${url}/api/v1${path}`, { method: method.toUpperCase(), headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  const anonymous: Caller = { role: 'anonymous', headers: {} };
  const loginAs = async (user: string, password: string, role: Role): Promise<Caller> => {
    const res = await call(anonymous, 'post', '/session', { user, password });
    if (res.status !== 200) throw new Error(`login as ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { role, headers: { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': res.body.csrfToken } };
  };
  const admin = await loginAs('admin', APP_PASSWORD, 'admin');
  for (const role of ROLES) {
    if (role === 'admin') continue;
    const r = await call(admin, 'post', '/users', { name: role, role, password: APP_PASSWORD, mustChangePassword: false });
    if (r.status !== 201) throw new Error(`create ${role}: ${r.status}`);
  }
  const login = (role: Role) => loginAs(role === 'admin' ? 'admin' : role, APP_PASSWORD, role);
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
      const { token } = app.state.createToken({ ttlSeconds: 600, maxUses: 1, nowMs: Date.now() });
      n++;
      const res = app.state.enrollAgent({
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
