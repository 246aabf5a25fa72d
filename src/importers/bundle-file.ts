import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/**
 * A file of a bundle, found safely: inside the bundle folder (no "..", no absolute path, no link
 * leading out), a regular file, and not larger than the limit. Returns its real path or why not.
 */
export async function locateInBundle(realDir: string, file: string, maxBytes: number): Promise<{ path: string } | { error: string; missing?: true }> {
  if (isAbsolute(file) || /^[a-zA-Z]:[\\/]/.test(file)) return { error: 'must be a path inside the bundle folder, not an absolute path' };
  const path = join(realDir, normalize(file.replace(/\\/g, '/')));
  const rel = relative(realDir, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return { error: 'points outside the bundle folder' };
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return { error: `"${file}" does not exist in the bundle`, missing: true };
  }
  const realRel = relative(realDir, real);
  if (realRel.startsWith('..') || isAbsolute(realRel) || realRel.split(sep).includes('..')) return { error: 'is a link to a file outside the bundle folder' };
  const info = await stat(real);
  if (!info.isFile()) return { error: 'is not a file' };
  if (info.size > maxBytes) return { error: `is ${(info.size / 1048576).toFixed(0)} MB; it may be at most ${maxBytes / 1048576} MB` };
  return { path: real };
}
