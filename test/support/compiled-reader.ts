import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READER_PROCESS } from '../../src/importers/artifacts/reader.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COMPILED = join(ROOT, 'dist');
const SOURCES = join(ROOT, 'src');

/** A compiled module's relative imports: static, re-exported, bare and dynamic. */
const IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.\.?\/[^'"\n]+)['"]/g;

/**
 * Why the compiled reading process (which the artifact reader runs even from the sources, see
 * reader.ts) would not be what the sources say: a module it loads is missing from dist/ or older
 * than its source. Follows the compiled modules' relative imports from reader-process.js, and
 * compares modification times; undefined when all are up to date.
 */
export function staleReaderBuild(): string | undefined {
  const problems: string[] = [];
  const seen = new Set<string>();
  const todo = [READER_PROCESS];
  for (let compiled = todo.pop(); compiled !== undefined; compiled = todo.pop()) {
    if (seen.has(compiled)) continue;
    seen.add(compiled);
    const source = join(SOURCES, relative(COMPILED, compiled)).replace(/\.js$/, '.ts');
    const compiledAt = modified(compiled);
    const sourceAt = modified(source);
    if (compiledAt === undefined) {
      if (sourceAt !== undefined || compiled === READER_PROCESS) problems.push(`${shown(compiled)} is missing`);
      continue;
    }
    if (sourceAt !== undefined && sourceAt > compiledAt) problems.push(`${shown(source)} has changed since it was compiled`);
    for (const [, specifier] of readFileSync(compiled, 'utf8').matchAll(IMPORT)) todo.push(resolve(dirname(compiled), specifier!));
  }
  if (problems.length === 0) return undefined;
  return `The tests read artifacts with the compiled ${shown(READER_PROCESS)}, which is out of date: ${problems.join('; ')}. Run \`npm run build\` first.`;
}

function modified(path: string): number | undefined {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs;
}

function shown(path: string): string {
  return relative(ROOT, path);
}
