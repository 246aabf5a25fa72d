import { invalid } from './errors.js';

/**
 * The search language researchers type, as in web search engines:
 *   coach feedback          both words (in either order, in the same turn)
 *   "learning walk"         the exact phrase
 *   observ*                 words starting with "observ"
 *   coach OR principal      either
 *   -curriculum             not this word
 * One parsed form is rendered for SQLite FTS5 and for PostgreSQL tsquery, so both engines answer
 * the same question.
 */
export interface SearchTerm {
  /** One word, or several for a phrase. */
  words: string[];
  prefix: boolean;
}

export interface SearchQuery {
  /** Conjunction of disjunctions: every group must match; within a group any term may. */
  groups: SearchTerm[][];
  excluded: SearchTerm[];
}

const TOKEN = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
const WORD_CHARS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

function wordsOf(s: string): string[] {
  return (s.normalize('NFC').match(WORD_CHARS) ?? []).map((w) => w.toLowerCase());
}

export function parseSearchQuery(input: string): SearchQuery {
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinWithPrevious = false;
  for (const m of input.matchAll(TOKEN)) {
    const negated = (m[1] ?? m[3]) === '-';
    const quoted = m[2] !== undefined;
    const raw = quoted ? m[2]! : m[4]!;
    if (!quoted && raw === 'OR') {
      joinWithPrevious = groups.length > 0;
      continue;
    }
    const prefix = !quoted && raw.endsWith('*');
    const words = wordsOf(raw);
    if (words.length === 0) continue;
    const term: SearchTerm = { words, prefix: prefix && words.length === 1 };
    if (negated) {
      excluded.push(term);
    } else if (joinWithPrevious) {
      groups[groups.length - 1]!.push(term);
    } else {
      groups.push([term]);
    }
    joinWithPrevious = false;
  }
  if (groups.length === 0) {
    throw invalid(
      excluded.length ? 'a search needs at least one word to look for, not only words to leave out' : 'the search is empty: type a word or a "quoted phrase"',
      { field: 'q' },
    );
  }
  return { groups, excluded };
}

const fts5Term = (t: SearchTerm): string => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`;

export function toFts5(q: SearchQuery): string {
  const positive = q.groups.map((g) => (g.length === 1 ? fts5Term(g[0]!) : `(${g.map(fts5Term).join(' OR ')})`)).join(' AND ');
  return q.excluded.reduce((s, t) => `${s} NOT ${fts5Term(t)}`, positive);
}

const tsLexeme = (w: string, prefix: boolean): string => `'${w}'${prefix ? ':*' : ''}`;
const tsTerm = (t: SearchTerm): string =>
  t.words.length === 1 ? tsLexeme(t.words[0]!, t.prefix) : `(${t.words.map((w) => tsLexeme(w, false)).join(' <-> ')})`;

/** For PostgreSQL `to_tsquery('english', …)`; words are letters and digits only, so nothing needs escaping. */
export function toTsQuery(q: SearchQuery): string {
  const positive = q.groups.map((g) => (g.length === 1 ? tsTerm(g[0]!) : `(${g.map(tsTerm).join(' | ')})`)).join(' & ');
  return q.excluded.reduce((s, t) => `${s} & !${tsTerm(t)}`, positive);
}

/** Letters without their accents, as both engines' search reads them (unaccent, FTS5's remove_diacritics). */
const folded = (w: string): string =>
  w
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

function termAt(t: SearchTerm, words: readonly string[], i: number): boolean {
  for (let k = 0; k < t.words.length; k++) {
    const want = folded(t.words[k]!);
    const have = words[i + k];
    if (have === undefined) return false;
    const last = k === t.words.length - 1;
    if (!(have === want || (last && t.prefix && have.startsWith(want)))) return false;
  }
  return true;
}

const hasTerm = (t: SearchTerm, words: readonly string[]): boolean => words.some((_, i) => termAt(t, words, i));

/**
 * Whether a text answers the query, read in memory the way the engines read a turn: every group has
 * a term in it (a word, a prefix* or a "phrase" of consecutive words), and no excluded term is.
 * Words are compared whole, in lower case and without accents; there is no stemming here, so
 * "observe" does not find "observed" (write observ*).
 */
export function matchesSearchQuery(q: SearchQuery, ...texts: string[]): boolean {
  const words = texts.flatMap((t) => wordsOf(t).map(folded));
  return q.groups.every((g) => g.some((t) => hasTerm(t, words))) && !q.excluded.some((t) => hasTerm(t, words));
}
