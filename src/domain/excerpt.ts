import { createHash } from 'node:crypto';
import { invalid } from './errors.js';
import { codePointLength, sliceCodePoints, snapToWords } from './text.js';

/** A passage of a transcript: code-point offsets and the words as they were read, kept with a hash. */
export interface Passage {
  start: number;
  end: number;
  quote: string;
  quoteSha256: string;
}

export const MAX_PASSAGE_LENGTH = 20_000;

export const hashQuote = (quote: string): string => createHash('sha256').update(quote, 'utf8').digest('hex');

export function passageAt(text: string, start: number, end: number): Passage {
  const length = codePointLength(text);
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw invalid('start and end are whole numbers (character offsets)', { field: 'start' });
  if (start < 0 || end > length) throw invalid(`the passage ${start}–${end} lies outside the transcript (0–${length})`, { field: 'end' });
  if (end <= start) throw invalid(`the passage must end after it starts (start ${start}, end ${end})`, { field: 'end' });
  if (end - start > MAX_PASSAGE_LENGTH) throw invalid(`a passage is at most ${MAX_PASSAGE_LENGTH} characters; cite several shorter ones`, { field: 'end' });
  const quote = sliceCodePoints(text, start, end);
  if (!quote.trim()) throw invalid('the passage holds only white space', { field: 'start' });
  return { start, end, quote, quoteSha256: hashQuote(quote) };
}

/**
 * The passage a reader selected (in the web app, or by offsets on the API and the command line),
 * widened to whole words: a drag that ends inside a word keeps the word.
 */
export function passageOfSelection(text: string, start: number, end: number): Passage {
  const snapped = snapToWords(text, start, end);
  return passageAt(text, snapped.start, snapped.end);
}

/** Every place the quote occurs, as code-point offsets (counted on from one place to the next). */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  let unit = 0;
  let cp = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    cp += codePointLength(text.slice(unit, i));
    unit = i;
    found.push(cp);
  }
  return found;
}

export function passageOfQuote(text: string, quote: string, what: string): Passage {
  const wanted = quote.normalize('NFC').trim();
  if (!wanted) throw invalid('the quote is empty', { field: 'quote' });
  const at = occurrences(text, wanted);
  if (at.length === 0)
    throw invalid(`the quote does not appear in the transcript of ${what} (it must match the transcript's words exactly)`, { field: 'quote' });
  if (at.length > 1)
    throw invalid(
      `the quote appears ${at.length} times in the transcript of ${what} (at ${at.slice(0, 10).join(', ')}${at.length > 10 ? ', …' : ''}); give the start and end offsets instead`,
      { field: 'quote' },
    );
  return passageAt(text, at[0]!, at[0]! + codePointLength(wanted));
}

/** A turn of a transcript version, as stored: its number, speaker and where its words lie (code points). */
export interface AnchorTurn {
  seq: number;
  speaker: string;
  text_offset: number;
  end_offset: number;
}

/**
 * Where a passage's exact words lie in a corrected version of its transcript, or null if they
 * changed or cannot be placed without guessing: first the same turn (by number and speaker) at the
 * same place in it, then once anywhere in that turn, then once anywhere in the new text.
 */
export function relocatePassage(
  passage: { start: number; end: number; quote: string },
  old: { text: string; turns: readonly AnchorTurn[] },
  next: { text: string; turns: readonly AnchorTurn[] },
): { start: number; end: number } | null {
  const length = codePointLength(passage.quote);
  const at = (start: number) => (sliceCodePoints(next.text, start, start + length) === passage.quote ? { start, end: start + length } : null);
  const turn = old.turns.find((t) => t.text_offset <= passage.start && passage.end <= t.end_offset);
  const same = turn && next.turns.find((t) => t.seq === turn.seq && t.speaker === turn.speaker);
  if (turn && same) {
    const inPlace = at(same.text_offset + passage.start - turn.text_offset);
    if (inPlace && inPlace.end <= same.end_offset) return inPlace;
    const words = sliceCodePoints(next.text, same.text_offset, same.end_offset);
    const found = occurrences(words, passage.quote);
    if (found.length === 1) return at(same.text_offset + found[0]!);
  }
  const anywhere = occurrences(next.text, passage.quote);
  return anywhere.length === 1 ? at(anywhere[0]!) : null;
}
