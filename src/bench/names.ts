import { performance } from 'node:perf_hooks';
import { identifyingDetails, type Roster } from '../domain/identifying-detail.js';
import { percentile } from './statistics.js';

/**
 * The name check's cost (`node dist/bench/names.js`): a roster of 400 participants in 24 schools
 * with 1,600 interview codes compiled, and a 60,000-word text (some 120 pages) holding 5,000 names
 * checked, 10 runs after one warm-up.
 */
function namesRoster(): Roster {
  const schools = Array.from({ length: 24 }, (_, i) => `School ${i + 1} Middle School`);
  const participants = Array.from({ length: 400 }, (_, i) => ({
    pseudonym: `Ms. Surname${i}`,
    code: `D01-T${String(i).padStart(3, '0')}`,
    posts: [{ role: ['teacher', 'coach', 'school_leader'][i % 3]!, school: schools[i % 24]! }],
  }));
  return { participants, interviewCodes: participants.flatMap((p) => ['0910', '1011', '1112', '1213'].map((c) => `${p.code}-${c}`)) };
}

function namesText(words = 60_000): string {
  const sentence = 'The principal said that teachers at the school meet weekly about pacing and student work while coaches observe, as Ms. Surname7 and D01-T012 said.'.split(' ');
  return Array.from({ length: words }, (_, i) => sentence[i % sentence.length]).join(' ');
}

{
  const roster = namesRoster();
  const text = namesText();
  const compile: number[] = [];
  const check: number[] = [];
  let found = 0;
  for (let i = 0; i <= 10; i++) {
    let start = performance.now();
    const details = identifyingDetails(roster);
    const compiled = performance.now() - start;
    start = performance.now();
    found = details.findAll(text).length;
    if (i > 0) {
      compile.push(compiled);
      check.push(performance.now() - start);
    }
  }
  process.stdout.write(`roster of ${roster.participants.length} participants and ${roster.interviewCodes.length} interview codes: compiled in ${percentile(compile, 50).toFixed(1)} ms (p50), ${Math.max(...compile).toFixed(1)} ms (max)\n`);
  process.stdout.write(`60,000 words holding ${found} names: checked in ${percentile(check, 50).toFixed(1)} ms (p50), ${Math.max(...check).toFixed(1)} ms (max)\n`);
}
