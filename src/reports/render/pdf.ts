import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ReportDocument } from '../document.js';
import { renderHtml } from './html.js';

const run = promisify(execFile);

export interface PdfOptions {
  /** The Chromium to print with; else $WARRANT_CHROMIUM, else Debian's /usr/bin/chromium. */
  chromium?: string;
  /** Milliseconds before Chromium is stopped; 60 s by default. */
  timeoutMs?: number;
}

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The HTML rendering printed to PDF by Chromium, run directly (headless, one process per report,
 * in a profile of its own that is removed afterwards with everything else it wrote).
 */
export async function renderPdf(doc: ReportDocument, options: PdfOptions = {}): Promise<Buffer> {
  const chromium = options.chromium ?? process.env.WARRANT_CHROMIUM ?? DEFAULT_CHROMIUM;
  try {
    await access(chromium, constants.X_OK);
  } catch {
    throw new Error(`PDF output needs Chromium at ${chromium}: install Debian's chromium package (apt-get install chromium) or choose another format.`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'warrant-pdf-'));
  try {
    const html = join(dir, 'report.html');
    const pdf = join(dir, 'out.pdf');
    await writeFile(html, renderHtml(doc), 'utf8');
    try {
      await run(
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-pdf-header-footer',
          `--user-data-dir=${join(dir, 'profile')}`,
          `--print-to-pdf=${pdf}`,
          pathToFileURL(html).href,
        ],
        { timeout: options.timeoutMs ?? 60_000, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      const e = error as { killed?: boolean; stderr?: string; message: string };
      const reason = e.killed ? `did not finish within ${(options.timeoutMs ?? 60_000) / 1000} s` : lastLines(e.stderr ?? e.message);
      throw new Error(`Chromium (${chromium}) could not print the report to PDF: ${reason}`, { cause: error });
    }
    const bytes = await readFile(pdf).catch(() => {
      throw new Error(`Chromium (${chromium}) wrote no PDF`);
    });
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`Chromium (${chromium}) wrote a file that is not a PDF`);
    return bytes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-5).join('\n');
}
