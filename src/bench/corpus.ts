import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { Random } from '../domain/random.js';
import { INTERVIEW_COLUMNS, INTERVIEWS_FILE, ROSTER_COLUMNS, ROSTER_FILE } from '../importers/bundle.js';
import type { TranscriptFormat } from '../importers/transcripts/index.js';
import { renderTranscript, type TurnToWrite } from '../demo/transcript-files.js';

/**
 * A large synthetic bundle for benchmarks: many districts and schools, interviews of about
 * `words` words each, in mixed formats. Words are drawn from a Zipf-like vocabulary, so the search
 * index sees common and rare terms as in real speech, and a few phrases are planted where the
 * benchmark knows to find them.
 */
const COMMON = `the and to of a in that it is was i we you they for on with as have be at this but not are do so what about
they there like just know think really more some all when one would can if or them how out because get our my from
kids students teachers math time year lesson week principal coach meeting school district work talk help look thing`.split(/\s+/);

const DOMAIN = `curriculum unit investigation task launch discourse reasoning explain justify strategy representation fraction ratio
proportion equation algebra geometry benchmark assessment pacing calendar intervention struggling feedback observation
walkthrough evaluation collaboration planning grade-level department professional development institute workshop session
modelling co-teaching debrief rubric standards expectations accountability scores data subgroup english learners special
education tool map guide textbook manipulatives homework classroom engagement participation questioning press conceptual
procedural understanding misconception productive struggle rigor cognitive demand implementation fidelity schedule release
supervisor superintendent leadership instruction instructional vision quality learning walk community practice`.split(/\s+/);

function vocabulary(r: Random): string[] {
  const syllables = [
    'ba',
    'ce',
    'di',
    'fo',
    'gu',
    'ha',
    'je',
    'ki',
    'lo',
    'mu',
    'na',
    'pe',
    'ri',
    'so',
    'tu',
    'va',
    'we',
    'xi',
    'yo',
    'zu',
    'ar',
    'en',
    'il',
    'or',
    'us',
  ];
  const rare: string[] = [];
  for (let i = 0; i < 6000; i++) rare.push(Array.from({ length: r.int(2, 4) }, () => r.pick(syllables)).join(''));
  return [...COMMON, ...DOMAIN, ...rare];
}

/** Zipf-like: the k-th word is chosen with weight 1/k. */
function zipfSampler(words: string[], r: Random): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= words.length; k++) cumulative.push((total += 1 / k));
  return () => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

export const PLANTED_PHRASES = ['purple giraffe protocol', 'tangerine number line', 'lighthouse routine', 'copper kettle warmup'];

export interface CorpusOptions {
  interviews: number;
  wordsPerInterview: number;
  seed?: number;
  /** Schools per district (default 10), each of 10 participants. */
  schoolsPerDistrict?: number;
}

export interface Corpus {
  dir: string;
  interviews: number;
  words: number;
  /** Interview IDs in whose transcripts each planted phrase was written. */
  planted: Record<string, string[]>;
}

export async function writeCorpus(dir: string, options: CorpusOptions, onProgress?: (done: number, total: number) => void): Promise<Corpus> {
  const r = new Random(options.seed ?? 42);
  const word = zipfSampler(
    r.shuffle(vocabulary(r)).sort((a, b) => (COMMON.includes(b) ? 1 : 0) - (COMMON.includes(a) ? 1 : 0)),
    r,
  );
  const sentence = () => {
    const n = r.int(6, 22);
    const words = Array.from({ length: n }, word);
    return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  await mkdir(join(dir, 'transcripts'), { recursive: true });

  const perSchool = 10; // 8 teachers, a coach, a principal
  const schoolsNeeded = Math.ceil(options.interviews / 2 / perSchool);
  const roster: Record<(typeof ROSTER_COLUMNS)[number], string>[] = [];
  for (let s = 0; s < schoolsNeeded; s++) {
    const district = `District ${String(Math.floor(s / (options.schoolsPerDistrict ?? 10)) + 1).padStart(2, '0')}`;
    const school = `School ${String(s + 1).padStart(3, '0')}`;
    for (let i = 0; i < perSchool; i++) {
      const role = i === 0 ? 'school_leader' : i === 1 ? 'coach' : 'teacher';
      roster.push({ participant_id: `P${s}-${i}`, pseudonym: `Participant ${s}-${i}`, role, organization: school, district, unit: '' });
    }
  }
  await writeFile(join(dir, ROSTER_FILE), stringify(roster, { header: true, columns: [...ROSTER_COLUMNS] }));

  const formats: TranscriptFormat[] = ['txt', 'txt', 'txt', 'txt', 'txt', 'txt', 'txt', 'docx', 'vtt', 'srt'];
  const rows: Record<(typeof INTERVIEW_COLUMNS)[number], string>[] = [];
  const planted: Record<string, string[]> = Object.fromEntries(PLANTED_PHRASES.map((p) => [p, []]));
  let words = 0;
  for (let n = 0; n < options.interviews; n++) {
    onProgress?.(n, options.interviews);
    const person = roster[n % roster.length]!;
    const cycle = n < roster.length ? '2009-10' : '2010-11';
    const id = `I${String(n).padStart(5, '0')}`;
    const format = formats[n % formats.length]!;
    const turns: TurnToWrite[] = [];
    let at = 1000;
    let count = 0;
    while (count < options.wordsPerInterview) {
      const interviewer = turns.length % 2 === 0;
      const text = Array.from({ length: interviewer ? 1 : r.int(3, 9) }, sentence).join(' ');
      const wc = text.split(' ').length;
      turns.push({ speaker: interviewer ? 'Interviewer' : person.pseudonym, text, startMs: at, endMs: at + wc * 400 });
      at += wc * 400 + 1000;
      count += wc;
    }
    if (n % 97 === 0) {
      const phrase = PLANTED_PHRASES[(n / 97) % PLANTED_PHRASES.length]!;
      const answer = turns[turns.length - 1 - ((n >> 1) % 2 === 0 ? 0 : 2)]!;
      answer.text = `${answer.text} We tried the ${phrase} again.`;
      planted[phrase]!.push(id);
    }
    words += count;
    const file = `transcripts/${id}.${format}`;
    await writeFile(join(dir, file), await renderTranscript(format, turns, id));
    rows.push({
      interview_id: id,
      participant_id: person.participant_id,
      cycle,
      date: cycle === '2009-10' ? '2010-01-12' : '2011-01-11',
      interviewer: 'Interviewer',
      protocol: person.role,
      file,
    });
  }
  onProgress?.(options.interviews, options.interviews);
  await writeFile(join(dir, INTERVIEWS_FILE), stringify(rows, { header: true, columns: [...INTERVIEW_COLUMNS] }));
  return { dir, interviews: options.interviews, words, planted };
}
