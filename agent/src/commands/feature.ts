// The response feature of `vigil-agent run`: re-applies persisted isolation and blocks before the link
// connects, runs signed commands from the collector, and sends each result (kept and resent when offline).
import type { vigil } from '@vigil/proto';
import type { AgentFeature, FeatureContext, FeatureRuntime } from '../feature.js';
import { loadIdentity } from '../state/identity.js';
import { createResponse, type Response } from './index.js';
import { forensicActions } from '../forensics/actions.js';
import { agentOwnFiles } from '../forensics/collect-policy.js';
import { collectInventory } from '../sensors/inventory/collect.js';
import { VERSION } from '../version.js';
import { livePeers } from '../responders/collector-target.js';
import { upgradeActions } from '../install/upgrade.js';
import { ExecRunner } from '../responders/runner.js';

export function responseFeature(ctx: FeatureContext): AgentFeature {
  let response: Response | undefined;
  const unsent: vigil.v1.ICommandResult[] = [];
  return {
    name: 'response',
    async setup(runtime: FeatureRuntime) {
      const identity = loadIdentity(runtime.paths);
      const url = new URL(identity.collectorUrl);
      const port = Number(url.port) || (url.protocol === 'wss:' ? 443 : 80);
      const flush = () => {
        while (unsent.length && runtime.sendToCollector({ commandResult: unsent[0]! })) unsent.shift();
      };
      const send = (r: vigil.v1.ICommandResult) => {
        unsent.push(r);
        flush();
      };
      response = await createResponse({
        stateDir: runtime.paths.root,
        agentId: () => identity.agentId,
        commandPublicKey: () => runtime.commandKey.current(),
        agentDryRun: () => runtime.dryRun,
        collector: () => ({ host: url.hostname, port, liveAddresses: livePeers(port) }),
        sink: runtime.sink,
        logger: ctx.logger,
        onRunning: send,
        commandClock: () => runtime.collectorNow(),
        // triage and collect-file: their bytes go out as FileChunk messages between RUNNING and the result
        extraActions: {
          ...forensicActions({
            options: ctx.config.forensics,
            send: (m) => runtime.sendToCollector(m),
            inventory: () => collectInventory({ ...ctx.config.sensors.inventory, agentVersion: VERSION }),
            own: agentOwnFiles(runtime.paths.root, ctx.configFile),
          }),
          ...upgradeActions({
            identity,
            commandKey: () => runtime.commandKey.current(),
            config: ctx.config,
            runner: new ExecRunner(),
            logger: ctx.logger.child({ component: 'upgrade' }),
            runningBundle: process.argv[1] ?? '',
          }),
        },
        config: ctx.config.response,
      });
      const boot = await response.startAtBoot();
      ctx.logger.info(boot, 'response state restored');
      const r = response;
      // sent once the link is online: never left "running" at the collector
      for (const result of r.executor.interruptedResults()) send(result);
      runtime.onCommand((signed) => {
        void r.executor.handle(signed).then(send);
      });
      runtime.onOnline(flush);
      runtime.addStatusSection('response', () => ({
        isolated: r.isolation.isolated,
        firewall: r.isolation.backendName,
        blocks: r.blocks.list().map((b) => ({ cidr: b.cidr.text, expiresAtMs: b.expiresAtMs ?? null })),
      }));
      runtime.addHealthSource('response', () => ({ isolated: r.isolation.isolated }));
    },
    stop() {
      response?.stop();
    },
  };
}
