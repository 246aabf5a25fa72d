import { LEVELS } from '../../domain/reliability.js';
import type { Random } from '../../domain/random.js';
import { readCodebookCsv, readCodebookQdc, type ImportedCodebook } from '../../importers/refi-qda/codebook.js';
import { ratingTableReliability } from '../../services/rating-tables.js';
import { mutate } from './mutate.js';
import { checkProblems, type FuzzOptions, type FuzzResult, SLOW_MS } from './result.js';

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A REFI-QDA codebook as the desktop tools write one: nested codes, descriptions, colours of every spelling, a set. */
const QDC = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="fuzz">
  <Codes>
    <Code guid="{${G(1).toUpperCase()}}" name="Supports" isCodable="true" color="rgb(89, 161, 79)">
      <Description>Help the district offers.
Include: coaching, PD.
Exclude: tools alone.
Example: "the coach co-taught"</Description>
      <Code guid="${G(2)}" name="Coaching" isCodable="true" color="#1f77b4"/>
      <Code guid="${G(3)}" name="Learning walks" isCodable="false" color="#abc"><Description><![CDATA[Walks & talks]]></Description></Code>
    </Code>
    <Code guid="${G(4)}" name="Pacing" isCodable="true"/>
    <Code guid="${G(5)}" name="pacing" isCodable="true" color="teal"/>
  </Codes>
  <Sets><Set guid="${G(6)}" name="A set"><MemberCode guid="${G(2)}"/></Set></Sets>
</CodeBook>
`;

const CODEBOOK_CSV = `name,parent,definition,inclusion,exclusion,example,colour,guid
Supports,,Help the district offers,coaching,tools alone,"the coach ""co-taught""",#59a14f,${G(1)}
Coaching,Supports,,,,,"rgb(31, 119, 180)",${G(2)}
Walks,Supports > Coaching,,,,,,
'=formula,,a cell the export neutralised,,,,#fff,
`;

/** Ratings of 12 units by 4 coders (Krippendorff 2011), with blanks for missing values. */
const RATINGS = `unit,A,B,C,D
1,1,1,,1
2,2,2,3,2
3,3,3,3,3
4,3,3,3,3
5,2,2,2,2
6,1,2,3,4
7,4,4,4,4
8,1,1,2,1
9,2,2,2,2
10,,5,5,5
11,,,1,1
12,,3,,
`;

/**
 * A codebook read: refused with errors (a .qdc then gives no codes; a CSV lists every line's problem
 * beside the codes read, and the import refuses them all), or codes each named, parents before their
 * children, keys unique, colours as #rrggbb.
 */
function checkCodebook(name: string, read: ImportedCodebook, result: FuzzResult, xml: boolean): boolean {
  checkProblems(name, read.problems, result);
  const refused = read.problems.some((p) => p.severity === 'error');
  if (refused) {
    if (xml && read.codes.length) result.problems.push(`${name}: codes despite errors`);
    return true;
  }
  if (!read.codes.length) result.problems.push(`${name}: no codes and no error`);
  const seen = new Set<string>();
  for (const c of read.codes) {
    if (!c.name.trim()) result.problems.push(`${name}: a code without a name on line ${c.line}`);
    if (c.parentKey !== null && !seen.has(c.parentKey)) result.problems.push(`${name}: "${c.name}" comes before its parent`);
    if (seen.has(c.key)) result.problems.push(`${name}: key ${c.key} twice`);
    if (c.colour !== null && !/^#[0-9a-f]{6}$/.test(c.colour)) result.problems.push(`${name}: colour "${c.colour}" is not #rrggbb`);
    seen.add(c.key);
  }
  return false;
}

/**
 * Mutated codebooks (.qdc and CSV) and tables of ratings (CSV, at each level in turn), each read or
 * refused with problems naming the file (and, for an error about a place in it, its line), in time;
 * never an exception. A codebook read has named codes, parents first; agreement computed is a number
 * or undefined, never NaN.
 */
export function fuzzCodebooksAndRatings(r: Random, options: FuzzOptions, result: FuzzResult): void {
  const text = (s: string) => new TextEncoder().encode(s);
  const seeds: Record<string, Uint8Array> = { qdc: text(QDC), 'codebook.csv': text(CODEBOOK_CSV), 'ratings.csv': text(RATINGS) };
  for (const [kind, seed] of Object.entries(seeds)) {
    let refused = 0;
    let slowest = 0;
    for (let n = 0; n < options.casesPerFormat; n++) {
      const bytes = mutate(r, seed);
      const name = `case-${n}.${kind}`;
      const started = performance.now();
      try {
        if (kind === 'qdc') {
          if (checkCodebook(name, readCodebookQdc(bytes, name), result, true)) refused++;
        } else if (kind === 'codebook.csv') {
          if (checkCodebook(name, readCodebookCsv(bytes, name), result, false)) refused++;
        } else {
          const level = LEVELS[n % LEVELS.length]!;
          const outcome = ratingTableReliability(bytes, name, level);
          checkProblems(name, outcome.problems, result);
          if (!outcome.ok) {
            refused++;
            if (!outcome.problems.some((p) => p.severity === 'error')) result.problems.push(`${name}: refused without an error`);
          } else {
            const { alpha, kappa, percentAgreement } = outcome.result;
            for (const [what, x] of Object.entries({ alpha, kappa, percentAgreement }))
              if (x !== null && !Number.isFinite(x)) result.problems.push(`${name}: ${what} is ${x}`);
            if (outcome.problems.some((p) => p.severity === 'error')) result.problems.push(`${name}: agreement despite errors`);
          }
        }
      } catch (e) {
        result.problems.push(`${name}: threw ${e instanceof Error ? e.message : String(e)}`);
      }
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      if (ms > result.slowest.ms) result.slowest = { format: kind, ms };
      if (ms > SLOW_MS) result.problems.push(`${name}: took ${ms.toFixed(0)} ms`);
    }
    result.cases[kind] = options.casesPerFormat;
    result.refused[kind] = refused;
    options.log?.(`${kind}: ${options.casesPerFormat} cases, ${refused} refused, slowest ${slowest.toFixed(1)} ms`);
  }
}
