// Inventory sensor: who this host is (name, OS, kernel, CPU, memory, interfaces, machine id, boot
// time, services). Sent at start, whenever the link (re)connects (emitNow), and when it changes.
import type { Sensor, SensorContext } from '../sensor.js';
import type { vigil } from '@vigil/proto';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AgentError } from '../../errors.js';
import { inventorySensorOptions, type InventorySensorOptions } from './options.js';

export class InventorySensor implements Sensor {
  readonly name = 'inventory';
  private readonly opts: InventorySensorOptions;
  private ctx?: SensorContext;
  private timer?: NodeJS.Timeout;
  private last = '';
  private pending: Promise<void> = Promise.resolve();

  constructor(
    options: Partial<InventorySensorOptions> = {},
    private readonly agentVersion = '',
  ) {
    this.opts = inventorySensorOptions.parse(options);
  }

  async start(ctx: SensorContext): Promise<void> {
    this.ctx = ctx;
    await this.emitNow();
    this.timer = setInterval(() => void this.check(false), this.opts.checkMs);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.pending;
  }

  /** Sends the inventory now, changed or not (the link calls this on every connect). */
  emitNow(): Promise<void> {
    return this.check(true);
  }

  /** Collects the inventory without sending it (enrollment needs it before any sink exists). */
  collect(): Promise<vigil.v1.IHostInventory> {
    const child = fileURLToPath(new URL('./collect-child.js', import.meta.url));
    // Built code runs the collector as a child; TypeScript sources (unit tests) have no .js to run.
    if (!this.opts.childProcess || !existsSync(child))
      return import('./collect.js').then((m) => m.collectInventory({ ...this.opts, agentVersion: this.agentVersion }));
    const args = [child, JSON.stringify(this.opts.unitDirs), String(this.opts.maxServices), this.opts.machineIdPath, this.agentVersion];
    return new Promise((resolve, reject) => {
      execFile(process.execPath, args, { timeout: this.opts.childTimeoutMs, maxBuffer: this.opts.childMaxBytes, encoding: 'utf8' }, (err, stdout) => {
        if (err) return reject(new AgentError('VIGIL_ERR_SENSOR_SOURCE', `inventory collection failed: ${err.message}`, { cause: err }));
        try {
          resolve(JSON.parse(stdout) as vigil.v1.IHostInventory);
        } catch (e) {
          reject(new AgentError('VIGIL_ERR_SENSOR_SOURCE', 'inventory collection printed no JSON', { cause: e }));
        }
      });
    });
  }

  private check(force: boolean): Promise<void> {
    this.pending = this.pending.then(async () => {
      let inv: vigil.v1.IHostInventory;
      try {
        inv = await this.collect();
      } catch (err) {
        this.ctx?.reportProblem({ sensor: this.name, source: 'systeminformation', code: 'VIGIL_ERR_SENSOR_SOURCE', message: (err as Error).message });
        return;
      }
      const key = JSON.stringify(inv);
      if (!force && key === this.last) return;
      this.last = key;
      this.ctx?.sink.emit({ inventory: inv });
    });
    return this.pending;
  }
}
