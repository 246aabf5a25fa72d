import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { toTxt } from '../../demo/transcript-files.js';
import { WarrantError } from '../../domain/errors.js';
import type { Random } from '../../domain/random.js';
import { unpackBundleArchive } from '../../importers/bundle-archive.js';
import { mutate } from './mutate.js';
import { type FuzzResult, SLOW_MS } from './result.js';
import { INTERVIEWS, ROSTER, TURNS } from './seeds.js';

const encode = (s: string) => new TextEncoder().encode(s);

/** A zipped bundle with one hostile entry or none, its bytes mutated half of the time. */
function hostileZip(r: Random): Uint8Array {
  const top = r.chance(0.5) ? 'bundle/' : '';
  const files: Zippable = { [`${top}roster.csv`]: encode(ROSTER), [`${top}interviews.csv`]: encode(INTERVIEWS), [`${top}t.txt`]: encode(toTxt(TURNS)) };
  switch (r.int(0, 6)) {
    case 0:
      files[`${top}t.txt/inside.txt`] = encode('a file that is also a folder');
      break;
    case 1:
      files[`${top}transcripts`] = [encode('/etc'), { os: 3, attrs: 0o120777 << 16 }];
      break;
    case 2:
      files[`${top}${'n'.repeat(r.int(200, 1100))}.txt`] = encode('a long name');
      break;
    case 3:
      files[r.pick(['../outside.txt', '/absolute.txt', 'a/../../b.txt', 'C:/windows.txt', 'a\\..\\b.txt'])] = encode('out');
      break;
    case 4:
      files[`${top}dir/`] = new Uint8Array();
      files[`${top}dir`] = encode('a file named as the folder');
      break;
    case 5:
      files[`${top}zeros.txt`] = new Uint8Array(r.int(1, 4) * 1024 * 1024);
      break;
  }
  const zip = zipSync(files);
  return r.chance(0.5) ? mutate(r, zip) : zip;
}

/** One zipped bundle unpacked as an upload is: unpacked, or refused naming the archive; nothing written outside its folder. */
export async function unpackHostileZip(dir: string, r: Random, n: number, result: FuzzResult) {
  const name = `case-${n}.zip`;
  const into = join(dir, 'zips', `zip-${n}`);
  await mkdir(into);
  const bytes = hostileZip(r);
  const started = performance.now();
  try {
    await unpackBundleArchive(bytes, into, name);
  } catch (e) {
    if (e instanceof WarrantError && e.code === 'invalid' && e.message.startsWith(name)) result.zips.refused++;
    else
      result.problems.push(
        `${name}: ${e instanceof WarrantError ? `a refusal that does not name the archive: ${e.message}` : `threw ${e instanceof Error ? e.message : String(e)}`}`,
      );
  }
  const ms = performance.now() - started;
  result.zips.cases++;
  result.zips.slowestMs = Math.max(result.zips.slowestMs, ms);
  if (ms > SLOW_MS) result.problems.push(`${name}: took ${ms.toFixed(0)} ms`);
  const strays = [
    ...(await readdir(join(dir, 'zips'))).filter((f) => f !== `zip-${n}`),
    ...(await readdir(dir)).filter((f) => !/^(fuzz\.db.*|bundle-.+|long-\d+|zips)$/.test(f)),
  ];
  if (strays.length) result.problems.push(`${name}: wrote ${strays.join(', ')} outside its folder`);
  await rm(into, { recursive: true, force: true });
}
