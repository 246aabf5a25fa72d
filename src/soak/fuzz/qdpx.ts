import { type Zippable, zipSync } from 'fflate';
import type { Random } from '../../domain/random.js';
import { readQdpx } from '../../importers/refi-qda/read-qdpx.js';
import { mutate } from './mutate.js';
import { type FuzzResult, SLOW_MS } from './result.js';

const encode = (s: string) => new TextEncoder().encode(s);
const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEXT = 'Interviewer: How often does the coach come?\r\nTeacher: Every week, we plan together. 🙂\r\n';

function qde(r: Random): string {
  const selections = Array.from({ length: r.int(0, 6) }, (_, k) => {
    const start = r.int(0, 90);
    const end = start + r.int(-2, 30);
    return `<PlainTextSelection guid="${G(100 + k)}" startPosition="${start}" endPosition="${end}"><Coding guid="${G(200 + k)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(r.int(2, 4))}"/></Coding>${r.chance(0.3) ? '<Description>memo</Description>' : ''}</PlainTextSelection>`;
  }).join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="fuzz">
<Users><User guid="${G(1)}" name="ana"/></Users>
<CodeBook><Codes><Code guid="${G(2)}" name="a" isCodable="true" color="${r.pick(['#fff', 'rgb(1,2,3)', 'red', '#123456'])}"><Code guid="${G(3)}" name="a" isCodable="true"/></Code></Codes></CodeBook>
<Variables><Variable guid="${G(5)}" name="role group" typeOfVariable="Text"/></Variables>
<Cases><Case guid="${G(6)}" name="T1"><VariableValue><VariableRef targetGUID="${G(5)}"/><TextValue>teacher</TextValue></VariableValue><SourceRef targetGUID="${G(7)}"/></Case></Cases>
<Sources><TextSource guid="${G(7)}" name="t1" plainTextPath="${r.pick(['internal://', ''])}${G(7)}.txt">${selections}</TextSource><PictureSource guid="${G(8)}" name="p.png"/></Sources>
<Notes><Note guid="${G(9)}" name="n"><PlainTextContent>note</PlainTextContent></Note></Notes>
<Links><Link guid="${G(10)}" originGUID="${G(9)}" targetGUID="${G(100)}"/></Links>
<Sets><Set guid="${G(11)}" name="s"><MemberSource targetGUID="${G(7)}"/></Set></Sets>
</Project>`;
}

/** A .qdpx, its project file or its archive mutated, or with a hostile part. */
function hostileQdpx(r: Random): Uint8Array {
  let project: Uint8Array = encode(qde(r));
  if (r.chance(0.5)) project = mutate(r, project);
  if (r.chance(0.1)) project = new Uint8Array([0xef, 0xbb, 0xbf, ...project]);
  const files: Zippable = { [r.pick(['project.qde', 'Study.qde'])]: new Uint8Array(project), [`${r.pick(['sources', 'Sources'])}/${G(7)}.txt`]: encode(TEXT) };
  if (r.chance(0.05)) files['other.qde'] = new Uint8Array(project);
  if (r.chance(0.05)) files['sources/zeros.txt'] = new Uint8Array(2 * 1024 * 1024);
  const zip = zipSync(files);
  return r.chance(0.2) ? mutate(r, zip) : zip;
}

/** One .qdpx read as an import reads it: a project or error problems, each naming a file; never an exception, never slow. */
export function readHostileQdpx(r: Random, n: number, result: FuzzResult) {
  const name = `case-${n}.qdpx`;
  const bytes = hostileQdpx(r);
  const started = performance.now();
  try {
    const read = readQdpx(bytes, name);
    const errors = read.problems.filter((p) => p.severity === 'error');
    if (errors.length) result.qdpx.refused++;
    if (!read.project && !errors.length) result.problems.push(`${name}: no project and no error`);
    if (read.project && errors.length) result.problems.push(`${name}: a project despite errors`);
    for (const p of read.problems) if (!p.file || !p.message) result.problems.push(`${name}: a problem that names no file: ${JSON.stringify(p)}`);
  } catch (e) {
    result.problems.push(`${name}: threw ${e instanceof Error ? e.message : String(e)}`);
  }
  const ms = performance.now() - started;
  result.qdpx.cases++;
  result.qdpx.slowestMs = Math.max(result.qdpx.slowestMs, ms);
  if (ms > SLOW_MS) result.problems.push(`${name}: took ${ms.toFixed(0)} ms`);
}
