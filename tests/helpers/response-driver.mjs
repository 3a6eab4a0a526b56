// Runs the agent's real command layer and responders (built, from agent/dist) as a process inside a lab
// namespace, for response tests that do not need the whole agent link. Config is argv[2] (JSON):
//   { stateDir, agentId, commandPublicKeyHex, dryRun, collectorHost, collectorPort, firewall, healIntervalMs,
//     runnerPrefix (argv before every host binary, e.g. nsenter into a test systemd) }
// stdin takes JSON lines: {"op":"boot"} | {"op":"command","signed":"<base64 SignedCommand>"}.
// stdout gets JSON lines: {"boot":...} | {"result":...} | {"event":...} (events from the sink, e.g. tamper).
import { createInterface } from 'node:readline';
import { createResponse } from '../../agent/dist/commands/index.js';
import { loadAgentConfig } from '../../agent/dist/config.js';
import { ExecRunner } from '../../agent/dist/responders/runner.js';
import { vigil } from '@vigil/proto';
import { silentLogger } from '@vigil/logger';

const cfg = JSON.parse(process.argv[2]);
const out = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');
// The agent's own schema fills in every default (self-test deadline, limits, ledger), as `vigil-agent run` does.
const config = loadAgentConfig({ overrides: { response: { firewall: cfg.firewall ?? 'auto', healIntervalMs: cfg.healIntervalMs ?? 500 } } });
const response = await createResponse({
  stateDir: cfg.stateDir,
  agentId: () => cfg.agentId,
  commandPublicKey: () => Buffer.from(cfg.commandPublicKeyHex, 'hex'),
  agentDryRun: () => Boolean(cfg.dryRun),
  collector: () => ({ host: cfg.collectorHost, port: cfg.collectorPort }),
  sink: { emit: (event) => out({ event }) },
  logger: silentLogger(),
  runner: new ExecRunner({ prefix: cfg.runnerPrefix ?? [] }),
  config: config.response,
});
out({ ready: true, backend: response.isolation.backendName });
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const msg = JSON.parse(line);
  if (msg.op === 'boot') out({ boot: await response.startAtBoot() });
  if (msg.op === 'command') {
    const signed = vigil.v1.SignedCommand.decode(Buffer.from(msg.signed, 'base64'));
    const r = await response.executor.handle(signed);
    out({ result: vigil.v1.CommandResult.toObject(vigil.v1.CommandResult.fromObject(r), { longs: Number, enums: String, defaults: true }) });
  }
}
response.stop();
