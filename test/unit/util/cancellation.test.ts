import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessAction } from '../../../src/actions/assess.js';
import { InterruptedError } from '../../../src/errors.js';
import type { ProgressEvent } from '../../../src/model/progress.js';
import { interruptible, nothingKept } from '../../../src/util/cancellation.js';
import { writeFile } from 'node:fs/promises';

describe('cooperative cancellation', () => {
  it('a failure after the signal was aborted becomes the action’s own InterruptedError; before, it stays itself', async () => {
    const controller = new AbortController();
    const failing = interruptible(controller.signal, nothingKept('nothing was written'), async () => {
      controller.abort('SIGTERM');
      throw new Error('connection terminated');
    });
    await expect(failing).rejects.toMatchObject({ code: 'E_INTERRUPTED', exitCode: 5, message: 'interrupted by SIGTERM; nothing was written', hint: 'run the same command again' });
    const resumable = (reason: string) => new InterruptedError('E_INTERRUPTED', `stopped by ${reason} after wave 2`, { hint: 'resume with run --resume' });
    const stopped = new AbortController();
    stopped.abort('SIGINT');
    await expect(interruptible(stopped.signal, resumable, async () => 1)).rejects.toThrow('stopped by SIGINT after wave 2');
    await expect(interruptible(new AbortController().signal, resumable, async () => { throw new Error('plain'); })).rejects.toThrow('plain');
  });

  it('assess stops at the next progress event after the signal and writes nothing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'erpm-cancel-'));
    const ddl = join(root, 'gl.sql');
    await writeFile(ddl, 'CREATE TABLE GL.GL_PERIODS (PERIOD_NAME VARCHAR2(15) NOT NULL);\n');
    const controller = new AbortController();
    const events: ProgressEvent[] = [];
    const run = assessAction({
      ddl: [ddl], dialect: 'oracle', schemas: [], include: [], exclude: [], moduleCatalogs: [], exactCounts: false,
      out: join(root, 'out'), cwd: root, env: {}, signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        if (event.kind === 'catalog-read') controller.abort('SIGINT');
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'E_INTERRUPTED', message: 'interrupted by SIGINT; nothing was written' });
    expect(events.map((e) => e.kind)).toEqual(['phase', 'catalog-read']);
    expect(await readdir(root)).toEqual(['gl.sql']);
  });
});
