import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { countWords } from '../domain/text.js';
import { Random } from '../domain/random.js';
import { INTERVIEW_COLUMNS, INTERVIEWS_FILE, ROSTER_COLUMNS, ROSTER_FILE } from '../importers/bundle.js';
import type { TranscriptFormat } from '../importers/transcripts/index.js';
import { DEMO_CYCLES, type DemoCycle, type DemoParticipant, INTERVIEWERS } from './cast.js';
import { type KeyPassage, scriptInterview } from './interview-script.js';
import { renderTranscript, type TurnToWrite } from './transcript-files.js';

export interface WrittenInterview {
  interviewId: string;
  participant: DemoParticipant;
  cycle: DemoCycle;
  file: string;
  keys: KeyPassage[];
  words: number;
}

export interface BundleOptions {
  seed: number;
  /** Formats to rotate through (all four by default). */
  formats?: readonly TranscriptFormat[];
  /** Follow-up exchanges added to each interview, to make transcripts longer. */
  extraExchanges?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Spoken-time stamps: about 150 words a minute, with a pause between turns. */
function timed(turns: { speaker: string; text: string }[]): TurnToWrite[] {
  let at = 2000;
  return turns.map((t) => {
    const duration = Math.round((countWords(t.text) / 2.5) * 1000) + 800;
    const turn = { ...t, startMs: at, endMs: at + duration };
    at += duration + 1200;
    return turn;
  });
}

/** District leaders are interviewed in October about their strategies; everyone else in January. */
const LEADER_DATES: Record<DemoCycle, string[]> = {
  '2009-10': ['2009-10-13', '2009-10-14', '2009-10-20', '2009-10-21'],
  '2010-11': ['2010-10-12', '2010-10-13', '2010-10-19', '2010-10-20'],
};

const DATES: Record<DemoCycle, string[]> = {
  '2009-10': ['2010-01-12', '2010-01-13', '2010-01-14', '2010-01-19', '2010-01-20', '2010-01-21', '2010-01-26'],
  '2010-11': ['2011-01-11', '2011-01-12', '2011-01-13', '2011-01-18', '2011-01-19', '2011-01-20', '2011-01-25'],
};

const PROTOCOLS: Record<DemoParticipant['role'], string> = {
  teacher: 'teacher',
  coach: 'coach',
  school_leader: 'principal',
  district_leader: 'district office',
};

/**
 * Writes a partnership bundle (roster.csv, interviews.csv, transcripts) for the given people, one
 * interview per person per cycle they take part in, the same every time for the same seed.
 */
export async function writeBundle(dir: string, people: readonly DemoParticipant[], options: BundleOptions): Promise<WrittenInterview[]> {
  const r = new Random(options.seed);
  const formats = options.formats ?? ['txt', 'docx', 'vtt', 'srt'];
  await mkdir(join(dir, 'transcripts'), { recursive: true });

  const roster = people.map((p) => ({
    participant_id: p.id,
    pseudonym: p.pseudonym,
    role: p.role,
    organization: p.school?.name ?? p.district.name,
    district: p.district.name,
    unit: p.unit ?? '',
  }));
  await writeFile(join(dir, ROSTER_FILE), stringify(roster, { header: true, columns: [...ROSTER_COLUMNS] }));

  const written: WrittenInterview[] = [];
  const rows: Record<(typeof INTERVIEW_COLUMNS)[number], string>[] = [];
  const plan = DEMO_CYCLES.flatMap((cycle) => people.filter((p) => p.cycles.includes(cycle)).map((p) => ({ p, cycle })));
  for (const [n, { p, cycle }] of plan.entries()) {
    options.onProgress?.(n, plan.length);
    const interviewer = INTERVIEWERS[n % INTERVIEWERS.length]!;
    const format = formats[n % formats.length]!;
    const interviewId = `${p.id}-${cycle.slice(2, 4)}${cycle.slice(5)}`;
    const file = `transcripts/${cycle}/${interviewId}.${format}`;
    const script = scriptInterview(p, cycle, interviewer, r, options.extraExchanges ?? 0);
    await mkdir(join(dir, 'transcripts', cycle), { recursive: true });
    await writeFile(join(dir, file), await renderTranscript(format, timed(script.turns), `Interview ${interviewId}`));
    rows.push({
      interview_id: interviewId,
      participant_id: p.id,
      cycle,
      date: r.pick((p.role === 'district_leader' ? LEADER_DATES : DATES)[cycle]),
      interviewer,
      protocol: PROTOCOLS[p.role],
      file,
    });
    written.push({ interviewId, participant: p, cycle, file, keys: script.keys, words: script.turns.reduce((s, t) => s + countWords(t.text), 0) });
  }
  options.onProgress?.(plan.length, plan.length);
  await writeFile(join(dir, INTERVIEWS_FILE), stringify(rows, { header: true, columns: [...INTERVIEW_COLUMNS] }));
  return written;
}
