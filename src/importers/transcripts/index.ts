import { hasErrors, type Problem } from '../../domain/problem.js';
import { decodeText } from '../encoding.js';
import { parseDocx } from './docx.js';
import type { ParsedTranscript, TranscriptFormat } from './parsed-transcript.js';
import type { ParseOptions, TurnsResult } from './speaker-turns.js';
import { parseSrt } from './srt.js';
import { parseTxt } from './txt.js';
import { parseVtt } from './vtt.js';

export type { ParsedTranscript, ParsedTurn, TranscriptFormat } from './parsed-transcript.js';
export { DEFAULT_UNLABELLED_SPEAKER, type ParseOptions } from './speaker-turns.js';

const FORMATS: ReadonlySet<string> = new Set<TranscriptFormat>(['txt', 'docx', 'vtt', 'srt']);

const TEXT_PARSERS: Record<Exclude<TranscriptFormat, 'docx'>, (text: string, file: string, options: ParseOptions) => TurnsResult> = {
  txt: parseTxt,
  vtt: parseVtt,
  srt: parseSrt,
};

/** The transcript format of a file, from its extension (case-insensitive). */
export function formatOfFile(path: string): TranscriptFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext !== undefined && FORMATS.has(ext) ? (ext as TranscriptFormat) : undefined;
}

/**
 * Reads a transcript file. Never throws: whatever goes wrong is reported as a problem naming the file.
 * A DOCX file's paragraphs are read as the lines of a text transcript, in any of the layouts
 * parseTxt reads (Otter.ai's and Rev's DOCX exports, f4/f5transkript's documents).
 */
export function readTranscript(bytes: Uint8Array, file: string, format: TranscriptFormat, options: ParseOptions = {}): ParsedTranscript {
  let encoding = format === 'docx' ? 'UTF-8' : 'unknown';
  try {
    let text: string;
    let problems: Problem[];
    if (format === 'docx') {
      ({ text, problems } = parseDocx(bytes, file));
    } else {
      ({ text, encoding, problems } = decodeText(bytes, file));
    }
    if (hasErrors(problems)) return { format, encoding, turns: [], problems };
    const parsed = format === 'docx' ? parseTxt(text, file, { ...options, tabsAsSpaces: true }) : TEXT_PARSERS[format](text, file, options);
    // A DOCX's tabs are kept for the parser only; in the words they are spaces, as line breaks are.
    const turns = format === 'docx' ? parsed.turns.map((t) => ({ ...t, text: t.text.replace(/\t/g, ' ') })) : parsed.turns;
    return { format, encoding, turns, problems: [...problems, ...parsed.problems] };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      format,
      encoding,
      turns: [],
      problems: [{ severity: 'error', file, message: `could not be read as a ${format.toUpperCase()} transcript: ${reason}` }],
    };
  }
}
