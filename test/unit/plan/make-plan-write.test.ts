/** writePlanDir: whole-directory writes, byte-identical output, refusal to replace a non-plan directory. */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING } from '../../../src/config/mapping-file.js';
import type { Inventory } from '../../../src/model/inventory.js';
import type { Plan } from '../../../src/model/plan.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { renderPlanSummary } from '../../../src/plan/summary.js';
import { writePlanDir, type RenderedPlan } from '../../../src/plan/write-plan-dir.js';

const HR = JSON.parse(readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8')) as Inventory;

// Local stand-ins for the DMS / CloudFormation renderers: enough to exercise the writer.
function render(plan: Plan): RenderedPlan {
  const tasks = plan.waves.flatMap((w) => w.tasks);
  return {
    preLoadSql: '-- pre\n',
    postLoadSql: '-- post\n',
    tableMappings: Object.fromEntries(tasks.map((t) => [t.id, { rules: t.tables.map((x) => ({ table: x.sourceTable })) }])),
    taskSettings: Object.fromEntries(tasks.map((t) => [t.id, { TargetMetadata: { SupportLobs: t.lob.mode !== 'none' } }])),
    cloudFormation: 'Resources: {}',
    iamPolicy: { Version: '2012-10-17', Statement: [] },
    summary: renderPlanSummary(plan),
  };
}

async function snapshot(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, await snapshot(dir, path));
    else out[path] = await readFile(join(dir, path), 'utf8');
  }
  return out;
}

describe('writePlanDir', () => {
  const { plan } = makePlan(HR, 'sha256:abc', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency', waveBytes: 0 });

  it('writes every file, and the same input twice gives byte-identical directories', async () => {
    const root = await mkdtemp(join(tmpdir(), 'erpm-plan-'));
    const first = await writePlanDir(join(root, 'a'), plan, render(plan));
    const again = makePlan(structuredClone(HR), 'sha256:abc', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency', waveBytes: 0 }).plan;
    await writePlanDir(join(root, 'b'), again, render(again));
    expect(first.files.length).toBe(6 + 2 * 6);
    expect(first.files.slice(0, 3)).toEqual(['SUMMARY.md', 'cloudformation.yaml', 'ddl/post-load.sql']);
    const a = await snapshot(join(root, 'a'));
    expect(a).toEqual(await snapshot(join(root, 'b')));
    expect(a['cloudformation.yaml']).toBe('Resources: {}\n');
    expect(JSON.parse(a['plan.json']!).format).toBe('erp-migrate/plan@1');
    expect(await readdir(root)).toEqual(['a', 'b']);
  });

  it('replaces an existing plan directory as a whole (stale files disappear)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'erpm-plan-'));
    const dir = join(root, 'plan');
    await mkdir(dir);
    await writeFile(join(dir, 'plan.json'), '{}');
    await writeFile(join(dir, 'stale.txt'), 'old');
    await writePlanDir(dir, plan, render(plan));
    const files = await snapshot(dir);
    expect(files['stale.txt']).toBeUndefined();
    expect(Object.keys(files).length).toBe(18);
    expect(await readdir(root)).toEqual(['plan']);
  });

  it('refuses to replace a directory that is not a plan, and leaves nothing behind on error', async () => {
    const root = await mkdtemp(join(tmpdir(), 'erpm-plan-'));
    await mkdir(join(root, 'src'));
    await writeFile(join(root, 'src', 'keep.ts'), 'x');
    await expect(writePlanDir(join(root, 'src'), plan, render(plan))).rejects.toMatchObject({ code: 'E_PLAN_DIR', exitCode: 2 });
    expect(await readdir(join(root, 'src'))).toEqual(['keep.ts']);
    const broken = { ...render(plan), tableMappings: {} };
    await expect(writePlanDir(join(root, 'plan'), plan, broken)).rejects.toMatchObject({ code: 'E_INTERNAL' });
    expect(await readdir(root)).toEqual(['src']);
  });
});
