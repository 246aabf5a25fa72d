import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { invalid } from '../domain/errors.js';
import { type Audience, REPORT_FORMATS, type ReportFormat } from '../reports/document.js';

/** Writing generated documents from the command line. */

export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();

/** Writes a file whole or not at all: to a temporary name beside it, then renamed. */
export async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

export function audienceOf(value: string): Audience {
  if (value !== 'partner' && value !== 'team') throw invalid('--audience is partner or team', { field: 'audience' });
  return value;
}

export function formatOf(value: string): ReportFormat {
  if (!(REPORT_FORMATS as readonly string[]).includes(value)) throw invalid(`--format is one of ${REPORT_FORMATS.join(', ')}`, { field: 'format' });
  return value as ReportFormat;
}
