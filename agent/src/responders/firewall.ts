// One interface over the two firewall front-ends: nft (preferred) and iptables/ip6tables (fallback).
// Both apply a whole table/chain set in one transaction, remove exactly Vigil's own objects, and can say
// whether what is live still matches what Vigil applied (for self-healing).
import { AgentError } from '../errors.js';
import type { CommandRunner } from './runner.js';
import {
  BLOCK_TABLE,
  ISOLATE_TABLE,
  countRules,
  renderBlockTable,
  renderIsolation,
  renderIsolationRemoval,
  type BlockEntry,
  type IsolationSpec,
} from './nft-rules.js';
import { BLOCK_CHAINS, ISO_CHAINS, blockRules, isolationRules, parseSave, renderRestore, type ChainSet, type Family } from './iptables-rules.js';

/** One step a backend runs: the exact argv and what goes to stdin. Dry-run reports these. */
export interface Step {
  argv: string[];
  input?: string;
}

export type Health = 'intact' | 'missing' | 'altered';

export interface FirewallBackend {
  readonly name: 'nft' | 'iptables' | 'none';
  isolationSteps(spec: IsolationSpec): Promise<Step[]>;
  applyIsolation(spec: IsolationSpec): Promise<Step[]>;
  removeIsolation(): Promise<Step[]>;
  /** What removeIsolation would run now (dry-run release). */
  isolationRemovalSteps(): Promise<Step[]>;
  isolationHealth(spec: IsolationSpec): Promise<Health>;
  blockSteps(entries: readonly BlockEntry[], nowMs: number): Promise<Step[]>;
  applyBlocks(entries: readonly BlockEntry[], nowMs: number): Promise<Step[]>;
  blockHealth(entries: readonly BlockEntry[], nowMs: number): Promise<Health>;
  /** Removes the block table/chains entirely (uninstall): no Vigil rule stays behind. */
  removeBlocks(): Promise<Step[]>;
}

async function runSteps(runner: CommandRunner, steps: Step[], what: string): Promise<Step[]> {
  for (const s of steps) {
    const [file, ...args] = s.argv;
    const r = await runner.run(file as string, args, s.input === undefined ? {} : { input: s.input });
    if (r.code !== 0) {
      throw new AgentError('VIGIL_ERR_RESPONSE_FAILED', `${what}: ${s.argv.join(' ')} exited ${r.code}: ${r.stderr.trim().slice(0, 2000)}`);
    }
  }
  return steps;
}

export class NftBackend implements FirewallBackend {
  readonly name = 'nft' as const;
  constructor(private readonly runner: CommandRunner) {}

  private step(script: string): Step {
    return { argv: ['nft', '-f', '-'], input: script };
  }

  async isolationSteps(spec: IsolationSpec): Promise<Step[]> {
    return [this.step(renderIsolation(spec))];
  }
  async applyIsolation(spec: IsolationSpec): Promise<Step[]> {
    return runSteps(this.runner, await this.isolationSteps(spec), 'isolate');
  }
  async removeIsolation(): Promise<Step[]> {
    return runSteps(this.runner, await this.isolationRemovalSteps(), 'release');
  }
  async isolationRemovalSteps(): Promise<Step[]> {
    return [this.step(renderIsolationRemoval())];
  }
  async isolationHealth(spec: IsolationSpec): Promise<Health> {
    return this.health(ISOLATE_TABLE, countRules(renderIsolation(spec)));
  }
  async blockSteps(entries: readonly BlockEntry[], nowMs: number): Promise<Step[]> {
    return [this.step(renderBlockTable(entries, nowMs))];
  }
  async applyBlocks(entries: readonly BlockEntry[], nowMs: number): Promise<Step[]> {
    return runSteps(this.runner, await this.blockSteps(entries, nowMs), 'block');
  }
  async blockHealth(entries: readonly BlockEntry[], nowMs: number): Promise<Health> {
    return this.health(BLOCK_TABLE, countRules(renderBlockTable(entries, nowMs)));
  }
  async removeBlocks(): Promise<Step[]> {
    // "table" first makes the delete succeed whether or not the table exists
    return runSteps(this.runner, [this.step(`table inet ${BLOCK_TABLE}\ndelete table inet ${BLOCK_TABLE}\n`)], 'remove blocks');
  }

  private async health(table: string, expectedRules: number): Promise<Health> {
    const r = await this.runner.run('nft', ['-j', 'list', 'table', 'inet', table]);
    if (r.code !== 0) return 'missing';
    try {
      const items = (JSON.parse(r.stdout) as { nftables: Array<Record<string, unknown>> }).nftables;
      const rules = items.filter((i) => 'rule' in i).length;
      return rules === expectedRules ? 'intact' : 'altered';
    } catch {
      return 'altered';
    }
  }
}

export class IptablesBackend implements FirewallBackend {
  readonly name = 'iptables' as const;
  constructor(private readonly runner: CommandRunner) {}

  private bin(f: Family): string {
    return f === 4 ? 'iptables' : 'ip6tables';
  }

  private async save(f: Family, chains: ChainSet): Promise<ReturnType<typeof parseSave>> {
    const r = await this.runner.run(`${this.bin(f)}-save`, ['-t', 'filter']);
    if (r.code !== 0) throw new AgentError('VIGIL_ERR_RESPONSE_FAILED', `${this.bin(f)}-save failed: ${r.stderr.trim()}`);
    return parseSave(r.stdout, chains);
  }

  private async restoreSteps(chains: ChainSet, body: (f: Family) => string[]): Promise<Step[]> {
    const steps: Step[] = [];
    for (const f of [4, 6] as const) {
      const live = await this.save(f, chains);
      steps.push({ argv: [`${this.bin(f)}-restore`, '--noflush'], input: renderRestore(chains, body(f), live.hooked) });
    }
    return steps;
  }

  private async remove(chains: ChainSet): Promise<Step[]> {
    return runSteps(this.runner, await this.removalSteps(chains), 'remove chains');
  }

  private async removalSteps(chains: ChainSet): Promise<Step[]> {
    const steps: Step[] = [];
    for (const f of [4, 6] as const) {
      const live = await this.save(f, chains);
      for (const c of live.hooked) steps.push({ argv: [this.bin(f), '-D', hookOfChain(chains, c), '-j', c] });
      for (const c of live.declared) steps.push({ argv: [this.bin(f), '-F', c] }, { argv: [this.bin(f), '-X', c] });
    }
    return steps;
  }

  private async health(chains: ChainSet, body: (f: Family) => string[]): Promise<Health> {
    let missing = 0;
    let altered = false;
    for (const f of [4, 6] as const) {
      const live = await this.save(f, chains);
      const n = Object.keys(chains).length;
      if (live.declared.size === 0) missing++;
      else if (live.declared.size !== n || live.hooked.size !== n || live.rules !== body(f).length) altered = true;
    }
    if (missing === 2) return 'missing';
    return altered || missing ? 'altered' : 'intact';
  }

  isolationSteps(spec: IsolationSpec): Promise<Step[]> {
    return this.restoreSteps(ISO_CHAINS, (f) => isolationRules(spec, f));
  }
  async applyIsolation(spec: IsolationSpec): Promise<Step[]> {
    return runSteps(this.runner, await this.isolationSteps(spec), 'isolate');
  }
  removeIsolation(): Promise<Step[]> {
    return this.remove(ISO_CHAINS);
  }
  isolationRemovalSteps(): Promise<Step[]> {
    return this.removalSteps(ISO_CHAINS);
  }
  isolationHealth(spec: IsolationSpec): Promise<Health> {
    return this.health(ISO_CHAINS, (f) => isolationRules(spec, f));
  }
  blockSteps(entries: readonly BlockEntry[], nowMs: number): Promise<Step[]> {
    return this.restoreSteps(BLOCK_CHAINS, (f) => blockRules(entries, f, nowMs));
  }
  async applyBlocks(entries: readonly BlockEntry[], nowMs: number): Promise<Step[]> {
    return runSteps(this.runner, await this.blockSteps(entries, nowMs), 'block');
  }
  blockHealth(entries: readonly BlockEntry[], nowMs: number): Promise<Health> {
    return this.health(BLOCK_CHAINS, (f) => blockRules(entries, f, nowMs));
  }
  removeBlocks(): Promise<Step[]> {
    return this.remove(BLOCK_CHAINS);
  }
}

function hookOfChain(chains: ChainSet, chain: string): string {
  if (chain === chains.input) return 'INPUT';
  if (chain === chains.output) return 'OUTPUT';
  return 'FORWARD';
}

export type BackendChoice = 'auto' | 'nft' | 'iptables';

/** nft when present, else iptables+ip6tables; a clear coded failure when neither works. */
export async function selectBackend(runner: CommandRunner, choice: BackendChoice = 'auto'): Promise<FirewallBackend> {
  if (choice !== 'iptables' && (await runner.has('nft'))) return new NftBackend(runner);
  if (choice !== 'nft' && (await runner.has('iptables')) && (await runner.has('ip6tables'))) return new IptablesBackend(runner);
  throw new AgentError(
    'VIGIL_ERR_RESPONSE_NO_FIREWALL',
    choice === 'auto' ? 'neither nft nor iptables/ip6tables can be run on this host' : `the ${choice} firewall front-end cannot be run on this host`,
  );
}

/** Stands in when no firewall front-end runs: every firewall action fails with the selection error. */
export class UnavailableBackend implements FirewallBackend {
  readonly name = 'none' as const;
  constructor(private readonly reason: AgentError) {}
  private fail<T>(): Promise<T> {
    return Promise.reject(this.reason);
  }
  isolationSteps(): Promise<Step[]> {
    return this.fail();
  }
  applyIsolation(): Promise<Step[]> {
    return this.fail();
  }
  removeIsolation(): Promise<Step[]> {
    return this.fail();
  }
  isolationRemovalSteps(): Promise<Step[]> {
    return this.fail();
  }
  /** Nothing can be installed, so nothing is there to heal. */
  async isolationHealth(): Promise<Health> {
    return 'missing';
  }
  blockSteps(): Promise<Step[]> {
    return this.fail();
  }
  applyBlocks(): Promise<Step[]> {
    return this.fail();
  }
  blockHealth(): Promise<Health> {
    return this.fail();
  }
  async removeBlocks(): Promise<Step[]> {
    return [];
  }
}
