import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../src/services/import-bundle.js';
import { createIsf } from '../src/services/isfs.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { openTestDatabase } from './support/databases.js';

function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'support', 'edit-loop.mjs'), ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('several processes writing to one SQLite database', () => {
  it('wait for each other instead of failing', async () => {
    const t = await openTestDatabase('sqlite');
    try {
      const pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE))).partnership!.id;
      const isf = await createIsf(t.ctx, pid, 'T01-0910');
      const path = t.target.dialect === 'sqlite' ? t.target.path : '';
      const results = await Promise.all(['collaboration', 'accountability', 'vision_of_instruction'].map((field) => run([path, isf.isf.id, field, '60'])));
      for (const r of results) {
        expect(r.err).toBe('');
        expect(JSON.parse(r.out)).toEqual({ failures: 0, version: 60 });
      }
      expect((await t.store.isfs.entries(isf.isf.id)).map((e) => e.version).sort()).toEqual([60, 60, 60]);
    } finally {
      await t.close();
    }
  });
});
