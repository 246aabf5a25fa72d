/**
 * Transcripts written in the exact layouts transcription services and tools export them, for the
 * importer's tests (src/importers/transcripts/txt.test.ts, test/import.test.ts).
 */

/** Otter.ai's text export, as it writes it. */
export const OTTER_TXT = [
  'Jane Smith  0:05',
  'So tell me about the coaching this year.',
  '',
  'Speaker 2  0:12',
  'Well, it started in October, when Ms. Patel came to our school. She observed my class twice.',
  '',
  'Jane Smith  1:02:03',
  'And after that?',
  '',
  'Speaker 2  1:02:10',
  'We planned together.',
  'Every Friday, in the café.',
  '',
  'Transcribed by https://otter.ai',
  '',
].join('\n');

/** Rev's text export: names with times, and its variant for unnamed speakers. */
export const REV_TXT = [
  'Jane Smith (00:05):',
  'So tell me about the coaching this year.',
  '',
  'Speaker 1 (00:12):',
  'Well, it started in October.',
  '',
  'Jane Smith (01:02:03):',
  'And after that?',
  '',
  'Speaker 1 (01:02:10):',
  'We planned together.',
  '',
].join('\n');

export const REV_TXT_UNNAMED = ['Speaker 1 (00:00:05):', 'So tell me about the coaching.', '', 'Speaker 2 (00:00:12):', 'It started in October.', ''].join(
  '\n',
);

/** An f4transkript/f5transkript transcript: a time mark ends each paragraph, sometimes one falls inside it. */
export const F4_TXT = [
  'I: Wie war das mit dem Coaching in diesem Jahr? #00:00:05-3#',
  '',
  'B: Na ja, also, das fing im Oktober an. #00:00:09-1# Frau Patel kam an unsere Schule (lacht). #00:00:12-8#',
  '',
  'I: Und danach? #00:00:14-0#',
  '',
  'B: Wir haben freitags gemeinsam geplant. #00:00:20-5#',
  '',
].join('\n');
