// The technique lab (tests/lab): every ATT&CK technique Vigil claims is run as attack procedures of our
// own against the real agent (kernel audit, file integrity, logs) and the real collector in a namespaced
// overlay lab; each must raise an alert tagged with its technique within 5 s, and each benign twin must
// raise no high alert. The measured table is written to artifacts/coverage.md (and, with
// VIGIL_COVERAGE_OUT, to that file: `npm run coverage` writes docs/coverage.md).
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAvailable } from './helpers/audit.js';
import { TechniqueLab } from './lab/technique-lab.js';
import { runTechniques, type TechniqueResult } from './lab/coverage-run.js';
import { TECHNIQUES, LAB_SETUP } from './lab/procedures/index.js';
import { renderCoverage } from './lab/coverage-report.js';

const unavailable = await auditAvailable();
const only = process.env.VIGIL_COVERAGE_ONLY?.split(',').map((s) => s.trim().toUpperCase());
const techniques = only ? TECHNIQUES.filter((t) => only.includes(t.id.toUpperCase())) : TECHNIQUES;

let lab: TechniqueLab;
let results: TechniqueResult[] = [];

describe.skipIf(unavailable !== undefined)(`technique lab${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  beforeAll(async () => {
    lab = await TechniqueLab.ready([LAB_SETUP]);
  }, 180_000);

  afterAll(async () => {
    const restored = lab ? await lab.destroy() : { auditRestored: true, audit: '' };
    expect(restored.auditRestored, restored.audit).toBe(true);
  }, 60_000);

  it('detects every procedure of every technique within 5 s, tagged, and keeps every benign twin free of high alerts', async () => {
    results = await runTechniques(lab, techniques, (r) => {
      const p = r.procedures.map((x) => `${x.name}=${x.detected ? `${x.delayMs}ms` : 'MISSED'}`).join(' ');
      process.stdout.write(`${r.technique.id}: ${p}; benign ${r.benign.clean ? 'clean' : `HIGH ${r.benign.highAlerts.join('; ')}`}\n`);
    });
    const machine = `Linux ${release()}, ${cpus().length} cores, Node ${process.versions.node}`;
    const md = renderCoverage(results, { date: new Date().toISOString().slice(0, 10), machine });
    mkdirSync(fileURLToPath(new URL('../artifacts', import.meta.url)), { recursive: true });
    writeFileSync(fileURLToPath(new URL('../artifacts/coverage.md', import.meta.url)), md);
    writeFileSync(fileURLToPath(new URL('../artifacts/coverage-lab.log', import.meta.url)), `${lab.dump()}\n${lab.log}`);
    if (process.env.VIGIL_COVERAGE_OUT) writeFileSync(process.env.VIGIL_COVERAGE_OUT, md);
    const missed = results.flatMap((r) =>
      r.procedures.filter((p) => !p.detected).map((p) => `${r.technique.id} ${p.name} (exit ${p.code}): ${p.output.slice(0, 200)}`),
    );
    const noisy = results.filter((r) => !r.benign.clean).map((r) => `${r.technique.id} benign "${r.benign.name}": ${r.benign.highAlerts.join('; ')}`);
    expect(missed, 'procedures without a tagged alert within 5 s').toEqual([]);
    expect(noisy, 'benign twins that raised a high alert').toEqual([]);
  }, 1_200_000);
});
