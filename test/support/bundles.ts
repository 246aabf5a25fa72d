import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { temporaryFolder } from './temporary-folders.js';

/** Writes a bundle folder from file contents, for tests of the importer. */
export function writeBundleFiles(files: Record<string, string | Uint8Array>): string {
  const dir = temporaryFolder('warrant-bundle-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export const ROSTER = [
  'participant_id,pseudonym,role,organization,district,unit',
  'T01,Ms. Rivera,teacher,Maple Middle School,Northfield District,',
  'T02,Mr. Osei,teacher,Maple Middle School,Northfield District,',
  'C01,Coach Patel,coach,Maple Middle School,Northfield District,',
  'P01,Principal Gray,school_leader,Maple Middle School,Northfield District,',
  'T03,Ms. Lund,teacher,Oak Middle School,Northfield District,',
  'D01,Dr. Amari,district_leader,Northfield District,Northfield District,Curriculum & Instruction',
].join('\n');

export const INTERVIEWS = [
  'interview_id,participant_id,cycle,date,interviewer,protocol,file',
  'T01-0910,T01,2009-10,2010-01-12,Ana Morales,teacher,t01.txt',
  'T02-0910,T02,2009-10,2010-01-12,Ana Morales,teacher,t02.vtt',
  'C01-0910,C01,2009-10,2010-01-13,Ben Okafor,coach,c01.srt',
  'P01-0910,P01,2009-10,2010-01-13,Ben Okafor,principal,p01.txt',
  'T03-0910,T03,2009-10,2010-01-14,Ana Morales,teacher,t03.txt',
  'D01-0910,D01,2009-10,2009-10-20,Ben Okafor,C&I,d01.txt',
  'T01-1011,T01,2010-11,2011-01-11,Ana Morales,teacher,t01-1011.txt',
].join('\n');

export const T01 = `[00:00:05] Interviewer: Who do you talk with about your math teaching?
[00:00:12] Ms. Rivera: Our grade-level team meets on Tuesdays, mostly about the pacing calendar.
We rarely look at student work together.

[00:01:02] Interviewer: Has the principal observed your teaching?
[00:01:09] Ms. Rivera: Maybe twice this year, and I never heard back about the purple giraffe lesson.
`;

export const T02 = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ana Morales>How do you work with the coach?

00:00:04.500 --> 00:00:09.000
<v Mr. Osei>Coach Patel co-taught the ratio unit with me,

00:00:09.000 --> 00:00:12.000
<v Mr. Osei>and we planned every launch together.
`;

export const C01 = `1
00:00:01,000 --> 00:00:03,000
Interviewer: How often do you meet the principal?

2
00:00:03,500 --> 00:00:07,000
Coach Patel: Every Monday; we talk about pacing and the benchmark calendar.
`;

export const P01 = `Interviewer: How often do you observe mathematics lessons?
Principal Gray: I am in math classrooms every week, three or four visits.
`;

export const T03 = `Interviewer: What does good math teaching look like?
Ms. Lund: Students explaining their reasoning about the tangerine problem to each other.
`;

export const D01 = `Interviewer: What supports does the district give principals?
Dr. Amari: Learning Walks once a month, with a supervisor.
`;

export const T01_1011 = `Interviewer: Has anything changed since last year?
Ms. Rivera: Now we bring student work to the Tuesday meeting.
`;

export const VALID_BUNDLE: Record<string, string> = {
  'roster.csv': ROSTER,
  'interviews.csv': INTERVIEWS,
  't01.txt': T01,
  't02.vtt': T02,
  'c01.srt': C01,
  'p01.txt': P01,
  't03.txt': T03,
  'd01.txt': D01,
  't01-1011.txt': T01_1011,
};

/** A bundle of one teacher interviewed n times, each transcript its own file: an import that takes a moment. */
export const manyInterviews = (n: number): Record<string, string> => ({
  'roster.csv': 'participant_id,pseudonym,role,organization,district,unit\nT09,Ms. Hale,teacher,Maple Middle School,Northfield District,\n',
  'interviews.csv': [
    'interview_id,participant_id,cycle,date,interviewer,protocol,file',
    ...Array.from({ length: n }, (_, i) => `M${i},T09,2009-10,2010-01-12,Ana Morales,teacher,m/${i}.txt`),
  ].join('\n'),
  ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`m/${i}.txt`, T01.repeat(20)])),
});
