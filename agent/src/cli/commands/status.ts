// `vigil-agent status`: identity, link, spool and sensors, from the state directory (works whether
// or not the agent runs; status.json is rewritten by the running agent every few seconds).
import { readFileSync } from 'node:fs';
import { commandKeyId } from '@vigil/proto';
import { isEnrolled, loadIdentity, statePaths } from '../../state/identity.js';
import type { AgentStatusFile } from '../../runtime.js';
import type { CliCommand } from '@vigil/cli';
import { commonHelp, configFor, parse } from '../options.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'show enrollment, link, spool and sensor state',
  help: [
    'Usage: vigil-agent status [--state DIR] [--json]',
    '',
    'Options:',
    '  --json           print the full status as JSON',
    ...commonHelp,
    '',
    'Examples:',
    '  vigil-agent status',
    '  vigil-agent status --json | jq .spool',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parse(argv, { json: { type: 'boolean', default: false } });
    const config = configFor(values, io.env);
    const paths = statePaths(config.stateDir);
    if (!isEnrolled(paths)) {
      io.out(values.json ? JSON.stringify({ enrolled: false, stateDir: paths.root }) : `not enrolled (state directory ${paths.root})`);
      return 3;
    }
    const identity = loadIdentity(paths);
    let status: AgentStatusFile | undefined;
    try {
      status = JSON.parse(readFileSync(paths.status, 'utf8')) as AgentStatusFile;
    } catch {
      status = undefined;
    }
    const running = status !== undefined && alive(status.pid);
    if (values.json) {
      const { privateKey: _key, ...pub } = identity;
      io.out(
        JSON.stringify(
          {
            enrolled: true,
            running,
            identity: { ...pub, commandKeyId: commandKeyId(Buffer.from(pub.commandPublicKey, 'base64')) },
            ...(status ? { status } : {}),
          },
          null,
          2,
        ),
      );
      return 0;
    }
    io.out(`agent id:     ${identity.agentId}`);
    io.out(`collector:    ${identity.collectorUrl}${identity.certFingerprint ? ` (pinned ${identity.certFingerprint.slice(0, 16)}...)` : ''}`);
    io.out(`command key:  ${commandKeyId(Buffer.from(identity.commandPublicKey, 'base64'))}`);
    io.out(`process:      ${running ? `running (pid ${status!.pid})` : 'not running'}`);
    if (status) {
      const l = status.link;
      io.out(`link:         ${running ? l.state : 'down'}${l.lastError ? ` (last error ${l.lastError.code}: ${l.lastError.message})` : ''}`);
      io.out(
        `delivery:     sent up to seq ${l.sentSeq}, acked up to ${l.ackedSeq}, ${l.eventsSent} events in ${l.batchesSent} batches, ${l.eventsResent} resent`,
      );
      io.out(
        `spool:        ${status.spool.unackedEvents} unacked events, ${status.spool.bytes} bytes in ${status.spool.segments} segments, ${status.spool.droppedEvents} dropped`,
      );
      io.out(`dry-run:      ${status.dryRun ? 'on (host-altering responses are only reported)' : 'off'}`);
      io.out(`sensors:      ${status.sensors.map((s) => `${s.name}${s.running ? '' : ' (stopped)'}`).join(', ') || 'none'}`);
      const kernel = status.kernel as
        | {
            processSource?: string;
            networkSource?: string;
            reason?: string;
            execCoveragePercent?: number;
            kernelExecs?: number;
            execsWithArgs?: number;
            execsPidOnly?: number;
            recordsLost?: number;
          }
        | undefined;
      if (kernel) {
        io.out(`telemetry:    execs from ${kernel.processSource}, connections from ${kernel.networkSource} (${kernel.reason})`);
        io.out(
          `coverage:     exec coverage ${kernel.execCoveragePercent} % in the last hour; since start ${kernel.execsWithArgs} execs with argv, ${kernel.execsPidOnly} pid only, ${kernel.kernelExecs} counted by the kernel, ${kernel.recordsLost} audit records lost`,
        );
      }
      const response = status.response as { isolated?: boolean; firewall?: string; blocks?: unknown[] } | undefined;
      if (response)
        io.out(
          `isolation:    ${response.isolated ? 'ISOLATED' : 'not isolated'} (firewall ${response.firewall ?? 'unknown'}, ${response.blocks?.length ?? 0} blocked addresses)`,
        );
      io.out(
        `version:      ${status.version}${(status.upgrade as { pending?: { from: string } | null } | undefined)?.pending ? ' (upgrade not yet confirmed)' : ''}`,
      );
      for (const p of status.problems) io.out(`  problem: ${p.sensor} ${p.source}: ${p.code} ${p.message}`);
      io.out(`status as of: ${new Date(status.writtenAtMs).toISOString()}`);
    }
    return 0;
  },
};
