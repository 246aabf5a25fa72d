import { codePointLength } from './text.js';

/** The kinds of district documents the team collects; free text is accepted beside them. */
export const ARTIFACT_KINDS = ['organization chart', 'PD schedule', 'curriculum framework', 'evaluation form', 'meeting agenda', 'other'] as const;

export interface ArtifactPassage {
  seq: number;
  /** Where the passage starts in the artifact's text (code points). */
  startOffset: number;
  text: string;
}

const MAX_PASSAGE = 2000;

/**
 * Divides an artifact's text into the passages search shows: its paragraphs (lines), long ones cut
 * at a word near 2,000 characters. Blank lines are skipped; offsets point into the whole text.
 */
export function artifactPassages(text: string): ArtifactPassage[] {
  const out: ArtifactPassage[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    let rest = line;
    let at = offset;
    while (rest.trim()) {
      let cut = rest.length;
      if (cut > MAX_PASSAGE) {
        const space = rest.lastIndexOf(' ', MAX_PASSAGE);
        cut = space > MAX_PASSAGE / 2 ? space : MAX_PASSAGE;
      }
      const piece = rest.slice(0, cut);
      if (piece.trim()) out.push({ seq: out.length, startOffset: at, text: piece });
      at += codePointLength(piece);
      rest = rest.slice(cut);
    }
    offset += codePointLength(line) + 1;
  }
  return out;
}
