import { performance } from 'node:perf_hooks';
import { identifyingDetails, type Roster } from '../domain/identifying-detail.js';
import { percentile } from './statistics.js';

/**
 * The name check's cost (`npm run build && node dist/bench/names.js`): a roster of 500 participants
 * in 24 schools with 2,000 interview codes compiled, then two 200 KB texts checked, 10 runs after
 * one warm-up each: report prose naming someone every sentence, in plain and evasive spellings, and
 * a text made only of what starts a naming without ending one (titles, code halves, roles, school names).
 */
function namesRoster(): Roster {
  const schools = Array.from({ length: 24 }, (_, i) => `School ${i + 1} Middle School`);
  const participants = Array.from({ length: 500 }, (_, i) => ({
    pseudonym: i % 5 === 0 ? `Ms. W${i}` : `Ms. Surname${i}`,
    code: `D01-T${String(i).padStart(3, '0')}`,
    posts: [{ role: ['teacher', 'coach', 'school_leader'][i % 3]!, school: schools[i % 24]! }],
  }));
  return { participants, interviewCodes: participants.flatMap((p) => ['0910', '1011', '1112', '1213'].map((c) => `${p.code}-${c}`)) };
}

const TEXT_LENGTH = 200_000;

/** The sentence again and again, as many whole times as fit in 200 KB. */
const repeated = (sentence: string) => Array.from({ length: Math.floor(TEXT_LENGTH / (sentence.length + 1)) }, () => sentence).join(' ');

const TEXTS = {
  prose: repeated(
    'The principal said that teachers at the school meet weekly about pacing and student work while coaches observe, as Ms. Surname7, Dr. Surname8, D01-T012 and D01 T013 said.',
  ),
  adversarial: repeated(
    'Dr. Ms. Mr. Coach Vice D01-D01 T00 D01_T D01.T00.0910x School 3 School 3 Middle Middle School school teacher at the of School principal coach teacher',
  ),
};

{
  const roster = namesRoster();
  const compile: number[] = [];
  for (let i = 0; i <= 10; i++) {
    const start = performance.now();
    identifyingDetails(roster);
    if (i > 0) compile.push(performance.now() - start);
  }
  process.stdout.write(
    `roster of ${roster.participants.length} participants and ${roster.interviewCodes.length} interview codes: compiled in ${percentile(compile, 50).toFixed(1)} ms (p50), ${Math.max(...compile).toFixed(1)} ms (max)\n`,
  );
  const details = identifyingDetails(roster);
  for (const [name, text] of Object.entries(TEXTS)) {
    const check: number[] = [];
    let found = 0;
    for (let i = 0; i <= 10; i++) {
      const start = performance.now();
      found = details.findAll(text).length;
      if (i > 0) check.push(performance.now() - start);
    }
    process.stdout.write(
      `${name}, ${Math.round(text.length / 1000)} KB holding ${found} names: checked in ${percentile(check, 50).toFixed(1)} ms (p50), ${Math.max(...check).toFixed(1)} ms (max)\n`,
    );
  }
}
