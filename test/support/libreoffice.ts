import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * Converting documents with LibreOffice (headless soffice), to check that what Warrant writes
 * opens in an office suite. scripts/ensure-libreoffice.sh installs it (Debian's
 * libreoffice-writer-nogui).
 */

const run = promisify(execFile);

function soffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '/usr/bin').split(delimiter)) {
    const path = join(dir, 'soffice');
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

export function hasLibreOffice(): boolean {
  return soffice() !== undefined;
}

/**
 * Converts `file` into its own folder (`report.docx` → `report.pdf` or `report.txt`) and returns
 * the new file's path. Each conversion has a LibreOffice profile of its own, so conversions may
 * run side by side; the profile is removed afterwards.
 */
export async function convertWithLibreOffice(file: string, target: 'pdf' | 'txt:Text'): Promise<string> {
  const program = soffice();
  if (!program) {
    throw new Error('LibreOffice (soffice) is not installed: run scripts/ensure-libreoffice.sh, or apt-get install libreoffice-writer-nogui');
  }
  const outdir = dirname(file);
  const output = join(outdir, `${basename(file, extname(file))}.${target === 'pdf' ? 'pdf' : 'txt'}`);
  await rm(output, { force: true });
  const profile = await mkdtemp(join(tmpdir(), 'warrant-lo-'));
  try {
    const { stdout, stderr } = await run(
      program,
      ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', target, '--outdir', outdir, file],
      { timeout: 120_000, killSignal: 'SIGKILL' },
    );
    // soffice exits with 0 even when it could not convert the file.
    if (!existsSync(output)) throw new Error(`LibreOffice did not convert ${file} to ${target}:\n${stdout}${stderr}`);
    return output;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
