import { zlibSync } from 'fflate';
import type { TurnToWrite } from '../../demo/transcript-files.js';
import { pdfFile, pdfStream } from '../hostile-pdfs.js';

/** The valid files the fuzzers mutate: a short interview, its roster and interview list, a PDF of two pages. */
export const TURNS: TurnToWrite[] = [
  { speaker: 'Interviewer', text: 'How often does the coach visit your classroom?', startMs: 1000, endMs: 4000 },
  { speaker: 'Ms. Rivera', text: 'About twice a month.\nWe plan the launch together, and she models questioning.', startMs: 4500, endMs: 12000 },
  { speaker: 'Interviewer', text: 'And the principal?', startMs: 12500, endMs: 14000 },
  { speaker: 'Ms. Rivera', text: 'Rarely. Maybe twice this year — “no feedback” on the math, café talk only.', startMs: 14500, endMs: 22000 },
];

export const ROSTER = 'participant_id,pseudonym,role,organization,district,unit\nT01,Ms. Rivera,teacher,Maple Middle School,Northfield District,\n';
export const INTERVIEWS = 'interview_id,participant_id,cycle,date,interviewer,protocol,file\nI1,T01,2009-10,2010-01-12,Ana Morales,teacher,t.txt\n';

/** Two pages: one drawn from a zlib stream, one from plain operators. */
export function seedPdf(): Uint8Array {
  const lines = (texts: string[]) => new TextEncoder().encode(`BT /F1 12 Tf 14 TL 72 720 Td ${texts.map((t) => `(${t}) Tj T*`).join(' ')} ET`);
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    pdfStream('/Filter /FlateDecode', zlibSync(lines(['Professional development calendar', 'Coaching cycles start in October.']))),
    pdfStream('', lines(['Principals observe twice a term.', 'Caf\\351 talk only \\(no feedback\\).'])),
  ]);
}
