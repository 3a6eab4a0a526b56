// For tests of every resource: the test API with link's real event and state stores (a temp folder), the
// real command service, and the host tracker, so agents, events and commands routes run against real data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
type IEvent = vigil.v1.IEvent;
import { eventsMigrations, SqliteEventStore } from '../events/store.js';
import { LowdbStateStore } from '../store/state.js';
import { agentsMigrations, SqliteAgentStore } from '../hosts/agent-store.js';
import { SqliteTokenStore, tokensMigrations } from '../hosts/token-store.js';
import { defaultAgentsOptions } from '../hosts/options.js';
import { enrollAgent } from '../hosts/enroll.js';
import type { AgentStore } from '../hosts/types.js';
import { commandsMigrations, SqliteCommandStore, SqlitePolicyStore } from '../commands/store.js';
import { CommandService } from '../commands/service.js';
import { commandsOptionsSchema } from '../commands/options.js';
import type { ICollectorMessage } from '@vigil/proto';
import { startTestApi, type TestApi } from './testkit.js';
import { HostTracker } from '../hosts/tracker.js';
import type { Fleet } from '../hosts/fleet.js';
import { agentRoutes } from './routes/agents.js';
import { eventRoutes } from './routes/events.js';
import { commandRoutes } from './routes/commands.js';
import { isolationFromCommands } from '../commands/isolation.js';

export interface FullTestApi extends TestApi {
  dir: string;
  state: LowdbStateStore;
  agents: AgentStore;
  events: SqliteEventStore;
  fleet: Fleet;
  commands: CommandService;
  /** Messages the command service tried to send, per agent. */
  sent: Array<{ agentId: string; msg: ICollectorMessage }>;
  online: Set<string>;
  /** Enrolls an agent record and stores events for it through the real ingest path of the store. */
  addAgent(hostname: string): string;
  ingest(agentId: string, events: IEvent[]): void;
}

export async function startFullTestApi(): Promise<FullTestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-api-'));
  const state = new LowdbStateStore(join(dir, 'state.json'));
  const online = new Set<string>();
  const sent: FullTestApi['sent'] = [];
  let fleet!: Fleet;
  let commands!: CommandService;
  let events!: SqliteEventStore;
  let agents!: SqliteAgentStore;
  let tokens!: SqliteTokenStore;
  let policyStore!: SqlitePolicyStore;
  const t = await startTestApi({
    migrations: [...eventsMigrations, ...commandsMigrations, ...agentsMigrations, ...tokensMigrations],
    extraRoutes: (core, db) => {
      events = new SqliteEventStore(db);
      agents = new SqliteAgentStore(db, defaultAgentsOptions());
      tokens = new SqliteTokenStore(db);
      commands = new CommandService({
        store: new SqliteCommandStore(db),
        privateKey: generateKeyPairSync('ed25519').privateKey,
        send: (agentId, msg) => (online.has(agentId) ? (sent.push({ agentId, msg }), true) : false),
        audit: core.audit,
        logger: silentLogger(),
        onChange: (row) => core.live.publish('command', row),
        options: commandsOptionsSchema.parse({}),
      });
      policyStore = new SqlitePolicyStore(db);
      fleet = {
        listAgents: (q) => agents.list(q),
        getAgent: (id) => agents.get(id),
        status: (id) => ({ online: online.has(id), lastSeenAtMs: agents.get(id)?.lastSeenAtMs ?? 0 }),
        tracker: new HostTracker(),
        events,
        commandIsolation: (agentId) => isolationFromCommands(commands.list({ agentId, limit: 50 })),
      };
      return [
        ...agentRoutes(core, fleet, { setDryRun: (id, dryRun) => void agents.update(id, { dryRun }) }),
        ...eventRoutes(core, fleet),
        ...commandRoutes(core, fleet, { commands, policies: policyStore, collectorPort: () => 8080 }),
      ];
    },
  });
  const tokenFor = () => tokens.create({ ttlSeconds: 3600, maxUses: 1, nowMs: Date.now() }).token;
  let n = 0;
  return {
    ...t,
    dir,
    state,
    agents,
    events,
    fleet,
    commands,
    sent,
    online,
    addAgent(hostname) {
      const res = enrollAgent(tokens, agents, {
        token: tokenFor(),
        publicKey: Buffer.alloc(32, ++n).toString('base64'),
        hostname,
        machineId: `machine-${n}`,
        os: 'Debian GNU/Linux 13',
        agentVersion: '0.1.0',
        inventory: { hostname, interfaces: [{ name: 'eth0', addresses: [`10.9.0.${n}/24`] }], services: ['nginx.service', 'ssh.service'] },
        nowMs: Date.now(),
        newId: `agent-${n}-${hostname.replace(/[^a-z0-9]/gi, '').slice(0, 20)}`,
      });
      if (!res.ok) throw new Error(res.code);
      return res.agent.id;
    },
    ingest(agentId, list) {
      const ackedBefore = events.ackedSeq(agentId);
      const stamped = list.map((e, i) => vigil.v1.Event.fromObject({ id: `${agentId}-${ackedBefore + i + 1}`, agentId, seq: ackedBefore + i + 1, ...e }));
      const [r] = events.insertBatches([{ agentId, events: stamped }]);
      fleet.tracker.apply(agentId, r!.inserted);
    },
    async close() {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
