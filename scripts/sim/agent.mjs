// One simulated agent, built from the real agent's modules (agent/dist): enrollment (new Ed25519 key,
// token, pinned collector keys in its own 0700 state folder), the on-disk spool, the Link (nonce-signed
// hello, collector proof, batching, acks, reconnect with backoff) and the command executor (signature by
// the pinned key, replay ledger, first result for a redelivered id). Only the host is simulated: its
// events come from EventMix, and its response actions answer in dry-run without touching anything.
import { join } from 'node:path';
import { ACTIONS, changesHost } from '@vigil/actions';
import { enroll } from '../../agent/dist/link/enroll.js';
import { Link } from '../../agent/dist/link/client.js';
import { Spool } from '../../agent/dist/spool/spool.js';
import { isEnrolled, loadIdentity, statePaths } from '../../agent/dist/state/identity.js';
import { PinnedCommandKey } from '../../agent/dist/state/pinned-key.js';
import { CommandExecutor } from '../../agent/dist/commands/executor.js';
import { CommandLedger } from '../../agent/dist/commands/ledger.js';
import { VERSION } from '../../agent/dist/version.js';
import { EventMix } from './events.mjs';

/** The host-changing actions, answered in dry-run (the real agent's dry-run changes nothing either). Forensic
 * and upgrade actions need a real host: the executor refuses them as unsupported, as an agent lacking them does. */
function dryRunActions() {
  const table = {};
  for (const spec of Object.values(ACTIONS)) {
    if (!changesHost(spec)) continue;
    table[spec.field] = {
      validate: (cmd) => ({ ok: true, value: cmd }),
      run: () => Promise.resolve({ simulated: true }),
    };
  }
  return table;
}

/** A Logger (the @vigil/logger interface) that turns the link's reports into fleet counters. */
function countingLogger(stats, onClose) {
  const logger = {
    debug() {},
    info(obj, msg) {
      if (msg === 'collector connection closed') onClose(false);
    },
    warn(obj, msg) {
      if (msg === 'collector refused') stats.refused(obj.code || 'VIGIL_ERR_LINK_REFUSED');
      else if (msg === 'collector connection closed') onClose(true);
    },
    error() {},
    child: () => logger,
  };
  return logger;
}

export class SimAgent {
  /**
   * @param {{ index: number, dir: string, url: string, token: string, config: object, stats: import('./stats.mjs').FleetStats }} o
   */
  constructor(o) {
    this.o = o;
    this.hostname = `sim-${String(o.index + 1).padStart(4, '0')}`;
    this.paths = statePaths(join(o.dir, this.hostname));
    this.mix = new EventMix({ hostname: this.hostname, index: o.index });
    this.sentAt = []; // [lastSeqOfBatch, sentAtMs, events] in send order
    this.unsent = [];
    this.link = undefined;
    this.spool = undefined;
    this.startSeq = 0;
    this.startAcked = 0;
  }

  get agentId() {
    return this.identity?.agentId;
  }

  get online() {
    return this.link?.online === true;
  }

  /** Enrolls once (a state folder from an earlier run is reused, as a restarted agent would). */
  async enroll() {
    const { config, url, token } = this.o;
    if (!isEnrolled(this.paths)) {
      await enroll({
        url,
        token,
        paths: this.paths,
        inventory: this.inventory(),
        timeoutMs: config.link.connectTimeoutMs,
        maxFrameBytes: config.link.maxFrameBytes,
        allowInsecure: config.link.allowInsecure,
      });
    }
    // A fleet kept from an earlier run (--state-dir) follows its collector to this run's address, as an
    // operator re-points agents after moving the collector; keys and pins stay as enrolled.
    const enrolled = loadIdentity(this.paths);
    this.identity = { ...enrolled, collectorUrl: url };
    // a rotated key is saved to the identity as enrolled (its own collector URL kept)
    this.commandKey = new PinnedCommandKey(this.paths, enrolled);
  }

  inventory() {
    const i = this.o.index;
    return {
      hostname: this.hostname,
      machineId: `${(0x51a0000 + i).toString(16).padStart(8, '0')}${'0'.repeat(24)}`,
      osName: 'Debian GNU/Linux',
      osVersion: '12',
      kernel: '6.1.0-28-amd64',
      arch: 'x64',
      cpuModel: 'Simulated CPU',
      cpuCores: 2,
      memoryBytes: 4 * 1024 ** 3,
      bootTimeMs: Date.now() - 86_400_000,
      agentVersion: VERSION,
      nodeVersion: process.versions.node,
      interfaces: [{ name: 'eth0', mac: '02:00:00:00:00:00', addresses: [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}/8`] }],
    };
  }

  /** Opens the spool and starts the link; events emitted before it is online wait in the spool. */
  start() {
    const { config, stats } = this.o;
    const logger = countingLogger(stats, (wasOnline) => {
      if (wasOnline) stats.disconnects++;
      else stats.failedConnects++;
    });
    const spool = Spool.open({
      dir: this.paths.spool,
      agentId: this.identity.agentId,
      maxBytes: config.spool.maxBytes,
      segmentBytes: config.spool.segmentBytes,
      maxEventBytes: config.spool.maxEventBytes,
      bounds: { maxStringBytes: config.spool.maxStringBytes, maxListEntries: config.spool.maxListEntries },
      logger,
    });
    this.spool = spool;
    this.startSeq = spool.lastSeq;
    this.startAcked = spool.ackedSeq;
    this.instrument(spool);
    const link = new Link({ identity: this.identity, commandKey: this.commandKey, spool, config: config.link, logger, bootTimeMs: Date.now() - 86_400_000 });
    this.link = link;
    const r = config.response;
    const executor = new CommandExecutor({
      agentId: () => this.identity.agentId,
      commandPublicKey: () => this.commandKey.current(),
      agentDryRun: () => true,
      ledger: new CommandLedger({
        dir: join(this.paths.root, 'commands'),
        ...r.ledger,
        clock: Date.now,
        onDamaged: (d) => logger.error(d, 'command ledger damaged; set aside'),
      }),
      actions: dryRunActions(),
      logger,
      limits: { maxPayloadBytes: r.maxCommandBytes, maxClockSkewMs: r.maxClockSkewMs, maxLifetimeMs: r.maxCommandLifetimeMs },
      onRunning: (res) => this.reply(res, false),
    });
    link.onCommand((signed) => {
      void executor.handle(signed).then((res) => this.reply(res, true));
    });
    link.onOnline(() => this.flush());
    link.start();
    spool.emit({ inventory: this.inventory() });
    stats.sent++;
  }

  reply(result, final) {
    this.unsent.push({ result, final });
    this.flush();
  }

  flush() {
    while (this.unsent.length && this.link.send({ commandResult: this.unsent[0].result })) {
      if (this.unsent.shift().final) this.o.stats.commandsAnswered++;
    }
  }

  /** Send time per batch (the link reads a batch from the spool and sends it at once) and ack time per event. */
  instrument(spool) {
    const stats = this.o.stats;
    const read = spool.read.bind(spool);
    spool.read = (after, maxEvents, maxBytes) => {
      const r = read(after, maxEvents, maxBytes);
      if (r.seqs.length) this.sentAt.push([r.seqs[r.seqs.length - 1], Date.now(), r.seqs.length]);
      return r;
    };
    const ack = spool.ack.bind(spool);
    spool.ack = (seq) => {
      const before = spool.ackedSeq;
      const ok = ack(seq);
      const now = Date.now();
      while (this.sentAt.length && this.sentAt[0][0] <= spool.ackedSeq) {
        const [, at, n] = this.sentAt.shift();
        stats.ackLatency(now - at, n);
      }
      if (spool.ackedSeq > before) stats.acked += spool.ackedSeq - before;
      return ok;
    };
  }

  emit(nowMs, alerting) {
    const events = alerting ? this.mix.alerting(nowMs) : [this.mix.next(nowMs)];
    for (const e of events) this.spool.emit(e);
    this.o.stats.sent += events.length;
    return events.length;
  }

  /** Events this run wrote and the collector acknowledged (sequence numbers). */
  summary() {
    return {
      hostname: this.hostname,
      agentId: this.agentId ?? null,
      online: this.online,
      firstSeq: this.startSeq + 1,
      lastSeq: this.spool?.lastSeq ?? 0,
      ackedSeq: this.spool?.ackedSeq ?? 0,
      connects: this.link?.status().connects ?? 0,
    };
  }

  async stop() {
    await this.link?.stop();
    this.spool?.close();
  }
}
