import type { Problem } from '../../domain/problem.js';

export type TranscriptFormat = 'txt' | 'docx' | 'vtt' | 'srt';

/** One speaker turn as read from a transcript file, before it is stored. */
export interface ParsedTurn {
  speaker: string;
  /** The spoken text, without the speaker label or timestamps; paragraphs joined by "\n". */
  text: string;
  /**
   * Milliseconds from the start of the recording, when the file gives them: a cue's start and end
   * (VTT, SRT); a heading's time is the start ("[00:01:05] Speaker:", Otter's "Speaker  0:05",
   * Rev's "Speaker (00:05):"); an f4/f5 time mark is the end of the words before it, so the last in
   * a turn is its end, and the start of the turn after it when that one gives no time of its own.
   */
  startMs: number | null;
  endMs: number | null;
  /** 1-based line (paragraph for DOCX, cue timing line for VTT/SRT) where the turn starts. */
  line: number;
}

export interface ParsedTranscript {
  format: TranscriptFormat;
  /** The character encoding the bytes were decoded from, e.g. "UTF-8", "UTF-16LE", "windows-1252". */
  encoding: string;
  turns: ParsedTurn[];
  /** Errors make the transcript unusable; warnings are reported and the transcript is still imported. */
  problems: Problem[];
}
