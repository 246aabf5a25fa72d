import { readFile } from 'node:fs/promises';
import { WarrantError } from '../domain/errors.js';

/** The bytes of a CSV file named on the command line; a missing file or a folder is said plainly. */
export async function readCsvFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WarrantError('not_found', `${file} does not exist`);
    if (code === 'EISDIR') throw new WarrantError('invalid', `${file} is a folder; name a CSV file`);
    throw e;
  }
}
