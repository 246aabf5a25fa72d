import { ROLE_GROUP_LABELS, type RoleGroup, isRoleGroup } from './roles.js';

/**
 * Whether a text meant for partners names a participant. Texts are compared word by word, a word
 * being a run of letters and digits, after Unicode normalisation: compatibility forms (NFKC/NFKD)
 * and case folded, diacritics and invisible characters (zero-width spaces and joiners, word
 * joiners, byte-order marks, soft hyphens…) removed, Cyrillic and Greek letters that look Latin
 * read as the Latin letter ("Аlvarez" with a Cyrillic А is "alvarez"), every dash a hyphen and
 * every apostrophe a straight one. An invisible character inside a word joins its two halves.
 *
 * What names someone, matched on whole words only (so "employee" does not name Mr. Lee, nor
 * "Wuhan" Ms. Wu):
 * - a pseudonym, on its words alone, whatever punctuation or spacing stands between them: "Ms Wu",
 *   "Ms. Wu", "Ms.Wu" and "ms, wu" all name Ms. Wu;
 * - its surname (its last word once titles are left out) after a title ("Dr. Wu", "Mrs Alvarez",
 *   "Vice Principal Wu"; up to three titles, each with or without a dot), for surnames of two
 *   letters or more;
 * - its surname alone, for surnames of three letters or more ("Alvarez"; "Wu" alone could be
 *   another word, and names no one);
 * - a participant code or an interview code, compared on its letters and digits alone: the words of
 *   the text may stand apart by spaces, hyphens, underscores, dots, slashes and pluses, or be
 *   joined ("LPS T01", "LPS_T01", "LPST01" name LPS-T01), but the code must begin and end a word
 *   ("LPS-T012" and "XLPST01" do not);
 * - a role of a named school that one person holds there ("the principal at Adams", "the Jefferson
 *   coach").
 */
export interface RosterEntry {
  pseudonym: string;
  code: string;
  /** The roles the participant held in schools: their role group and the school's name, as interviewed or as on the roster. */
  posts: readonly { role: string; school: string }[];
}

export interface Roster {
  participants: readonly RosterEntry[];
  interviewCodes: readonly string[];
}

export type NamingKind = 'pseudonym' | 'surname' | 'participant code' | 'interview code' | 'role at a school';

export interface Naming {
  kind: NamingKind;
  /** The words of the text that name someone, as written (invisible characters left out). */
  words: string;
  /** Whom or what they point to, for the team: "Ms. Alvarez's participant code". */
  pointsTo: string;
}

export interface IdentifyingDetails {
  /** The first place the text names someone, or undefined. */
  find(text: string): Naming | undefined;
  /** Every place the text names someone, in the order they come. */
  findAll(text: string): Naming[];
}

// ----- normalisation -----

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const INVISIBLE_ALL = /\p{Default_Ignorable_Code_Point}/gu;
const MARK = /\p{M}/gu;
const DASH = /[\p{Pd}\u2212\u2043]/gu;
const APOSTROPHE = /[\u2018\u2019\u02bc\u02b9\u2032\u0060\u00b4]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** Letters of other scripts that look like a Latin letter, and that letter (by case: Greek Μ looks like M, μ like u). */
const LOOK_ALIKES = new Map(
  [
    ['АВЕКМНОРСТУХЅІЈҮҺԚԜӀ', 'ABEKMHOPCTYXSIJYHQWI'], // Cyrillic capitals
    ['авекмнорстухѕіјүһԁԛԝӏ', 'abekmhopctyxsijyhdqwl'], // Cyrillic small letters
    ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹ', 'ABEZHIKMNOPTYXC'], // Greek capitals
    ['αικνορτυχγηωμϲϳ', 'aikvoptuxynwucj'], // Greek small letters
    ['ıȷɑɡ', 'ijag'], // Latin letters without their dot or in another shape
  ].flatMap(([from, to]) => [...from!].map((c, i) => [c, [...to!][i]!] as const)),
);

const withoutMarks = (s: string) => s.normalize('NFKD').replace(MARK, '');
const asLatin = (s: string) => (/[^\0-\x7f]/.test(s) ? [...s].map((c) => LOOK_ALIKES.get(c) ?? c).join('') : s);

const folded = new Map<string, string>();
/** One code point as it is compared: decomposed, without marks, look-alikes read as Latin, case folded, dashes and apostrophes unified. */
function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = INVISIBLE.test(ch)
      ? ''
      : asLatin(withoutMarks(asLatin(withoutMarks(ch)).toUpperCase().toLowerCase()))
          .replace(DASH, '-')
          .replace(APOSTROPHE, "'");
    if (folded.size < 10_000) folded.set(ch, f);
  }
  return f;
}

interface Token {
  text: string;
  /** Whether it is a word (letters and digits) rather than a punctuation mark. */
  word: boolean;
  /** UTF-16 offsets of the token in the original text. */
  start: number;
  end: number;
}

/** What a folded character is: part of a word, a space (dropped), or punctuation (a token of its own). */
const classOf = (c: string): 'word' | 'space' | 'mark' => {
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiWordChar(code) ? 'word' : code <= 32 ? 'space' : 'mark';
  return WORD_CHAR.test(c) ? 'word' : SPACE.test(c) ? 'space' : 'mark';
};
const isAsciiWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** The words (runs of letters and digits) and punctuation of a text, folded; spaces separate and are dropped. */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  let word: Token | null = null;
  // Plain ASCII letters and digits, the bulk of any report, need no normalisation: a run of them is
  // added to the word at once, lowercased, where the run ends.
  let run = -1;
  const endRun = (at: number) => {
    if (run >= 0) word!.text += text.slice(run, at).toLowerCase();
    run = -1;
  };
  const endWord = (at: number) => {
    endRun(at);
    if (word) out.push(word);
    word = null;
  };
  for (let i = 0; i < text.length;) {
    const start = i;
    const code = text.charCodeAt(i);
    if (code < 128) {
      i++;
      if (isAsciiWordChar(code)) {
        word ??= { text: '', word: true, start, end: i };
        if (run < 0) run = start;
        word.end = i;
      } else {
        endWord(start);
        if (code > 32) out.push({ text: code === 96 ? "'" : text[start]!, word: false, start, end: i });
      }
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    i += ch.length;
    endRun(start);
    for (const c of foldChar(ch)) {
      const kind = classOf(c);
      if (kind === 'word') {
        word ??= { text: '', word: true, start, end: i };
        word.text += c;
        word.end = i;
        continue;
      }
      endWord(start);
      if (kind === 'mark') out.push({ text: c === '`' ? "'" : c, word: false, start, end: i });
    }
  }
  endWord(text.length);
  return out;
}

/** What may stand between the parts of a code (spaces are dropped before). */
const CODE_SEPARATORS = new Set(['-', '_', '.', '/', '+']);

/** A text as it is checked: its tokens, and where its words are among them. */
interface CheckedText {
  text: string;
  tokens: Token[];
  /** The folded text of each token. */
  tokenTexts: string[];
  /** The index in `tokens` of each word. */
  words: number[];
  /** The folded text of each word. */
  wordTexts: string[];
  /** Whether word k and word k + 1 stand apart by code separators only. */
  joined: boolean[];
}

function checkedText(text: string): CheckedText {
  const tokens = tokensOf(text);
  const tokenTexts: string[] = [];
  const words: number[] = [];
  const wordTexts: string[] = [];
  const joined: boolean[] = [];
  let separatorsOnly = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    tokenTexts.push(token.text);
    if (token.word) {
      if (words.length) joined.push(separatorsOnly);
      words.push(i);
      wordTexts.push(token.text);
      separatorsOnly = true;
    } else if (!CODE_SEPARATORS.has(token.text)) separatorsOnly = false;
  }
  return { text, tokens, tokenTexts, words, wordTexts, joined };
}

/** The words of a name or code (its punctuation left out). */
const wordsOf = (text: string) =>
  tokensOf(text)
    .filter((t) => t.word)
    .map((t) => t.text);
/** The tokens of a school's name or a role's phrase, punctuation included ("st . mary ' s"). */
const phraseOf = (text: string) => tokensOf(text).map((t) => t.text);
const letters = (words: readonly string[]) => words.join('').length;

// ----- sequences of words -----

interface Trie<T> {
  next: Map<string, Trie<T>>;
  values: T[];
}

function trieOf<T>(entries: Iterable<readonly [readonly string[], T]>): Trie<T> {
  const root: Trie<T> = { next: new Map(), values: [] };
  for (const [words, value] of entries) {
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), values: [] }));
      node = child;
    }
    node.values.push(value);
  }
  return root;
}

const NONE: readonly never[] = [];

/** Every entry of the trie that `seq` begins with at `from`, longest first: its values and where it ends in `seq`. */
function entriesFrom<T>(trie: Trie<T>, seq: readonly string[], from: number): readonly { values: readonly T[]; end: number }[] {
  let node = from < seq.length ? trie.next.get(seq[from]!) : undefined;
  if (!node) return NONE;
  const out: { values: readonly T[]; end: number }[] = [];
  for (let k = from + 1; node; k++) {
    if (node.values.length) out.push({ values: node.values, end: k });
    node = k < seq.length ? node.next.get(seq[k]!) : undefined;
  }
  return out.reverse();
}

// ----- what names someone -----

/** A naming found at a word: what it is, whom it points to, and the token after it. */
interface Match {
  kind: NamingKind;
  pointsTo: string;
  end: number;
}

/** Words that stand before a surname. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'mister',
  'madam',
  'dr',
  'doctor',
  'prof',
  'professor',
  'principal',
  'coach',
  'teacher',
  'superintendent',
  'dean',
  'assistant',
  'vice',
  'deputy',
  'director',
  'sr',
  'sra',
  'srta',
  'dra',
  'mme',
  'mlle',
]);
const MOST_TITLES = 3;
const TITLED_SURNAME_MIN_LETTERS = 2;
const SURNAME_MIN_LETTERS = 3;

interface NameIndex {
  /** The words of each pseudonym → whose it is. */
  pseudonyms: Trie<string>;
  /** Each surname → whose it is, and whether it names them without a title. */
  surnames: Map<string, { person: string; alone: boolean }>;
}

/** The surname of a pseudonym: its last word once titles are left out ("reyes" of "Principal Reyes"), or its one word. */
function surnameOf(pseudonym: string): string | undefined {
  const words = wordsOf(pseudonym);
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  return words.at(-1);
}

function nameIndexOf(participants: readonly RosterEntry[]): NameIndex {
  const surnames = new Map<string, { person: string; alone: boolean }>();
  for (const { pseudonym } of participants) {
    const surname = surnameOf(pseudonym);
    if (surname && surname.length >= TITLED_SURNAME_MIN_LETTERS && !surnames.has(surname))
      surnames.set(surname, { person: pseudonym, alone: surname.length >= SURNAME_MIN_LETTERS });
  }
  const named = participants.map((p) => [wordsOf(p.pseudonym), p.pseudonym] as const).filter(([words]) => letters(words) >= 2);
  return { pseudonyms: trieOf(named), surnames };
}

/** The longest pseudonym whose words begin at word `w`. */
function pseudonymAt(names: NameIndex, t: CheckedText, w: number): Match | undefined {
  const [longest] = entriesFrom(names.pseudonyms, t.wordTexts, w);
  return longest && { kind: 'pseudonym', pointsTo: longest.values[0]!, end: t.words[longest.end - 1]! + 1 };
}

/** A surname after one to three titles at word `w` ("Dr. Wu", "Vice Principal Reyes"). */
function titledSurnameAt(names: NameIndex, t: CheckedText, w: number): Match | undefined {
  let found: Match | undefined;
  for (let k = w; k < w + MOST_TITLES && TITLES.has(t.wordTexts[k] ?? ''); k++) {
    const surname = names.surnames.get(t.wordTexts[k + 1] ?? '');
    if (surname) found = { kind: 'surname', pointsTo: surname.person, end: t.words[k + 1]! + 1 };
  }
  return found;
}

/** A surname at word `w` that names its holder alone. */
function surnameAt(names: NameIndex, t: CheckedText, w: number): Match | undefined {
  const surname = names.surnames.get(t.wordTexts[w]!);
  return surname?.alone ? { kind: 'surname', pointsTo: surname.person, end: t.words[w]! + 1 } : undefined;
}

interface CodeIndex {
  /** Each code's letters and digits → what it is and whose. */
  byKey: Map<string, { kind: NamingKind; pointsTo: string }>;
  /** Every beginning of a key, to stop reading a text's words as a code as soon as they cannot be one. */
  prefixes: Set<string>;
}

function codeIndexOf(roster: Roster): CodeIndex {
  const byKey = new Map<string, { kind: NamingKind; pointsTo: string }>();
  const add = (code: string, kind: NamingKind, pointsTo: string) => {
    const key = wordsOf(code).join('');
    if (key.length >= 2 && !byKey.has(key)) byKey.set(key, { kind, pointsTo });
  };
  for (const p of roster.participants) add(p.code, 'participant code', `the participant code of ${p.pseudonym}`);
  for (const code of roster.interviewCodes) add(code, 'interview code', 'an interview code');
  return { byKey, prefixes: new Set([...byKey.keys()].flatMap((k) => Array.from({ length: k.length }, (_, i) => k.slice(0, i + 1)))) };
}

/** The longest code spelled by the words from word `w` on, joined across separators (an interview code before the participant code it starts with). */
function codeAt(codes: CodeIndex, t: CheckedText, w: number): Match | undefined {
  let key = '';
  let found: Match | undefined;
  for (let k = w; k < t.words.length && (k === w || t.joined[k - 1]); k++) {
    key += t.wordTexts[k]!;
    if (!codes.prefixes.has(key)) break;
    const code = codes.byKey.get(key);
    if (code) found = { ...code, end: t.words[k]! + 1 };
  }
  return found;
}

/** How each school-based role group is spoken of. */
const ROLE_PHRASES: Partial<Record<RoleGroup, string[]>> = {
  school_leader: ['principal', 'assistant principal', 'vice principal', 'school leader', 'head teacher', 'headteacher', 'head of school'],
  coach: ['coach', 'math coach', 'maths coach', 'mathematics coach', 'instructional coach'],
  teacher: ['teacher', 'math teacher', 'maths teacher', 'mathematics teacher'],
};
/** Words a school's name may end with, left out of its short name ("Adams" for Adams Middle School). */
const SCHOOL_WORDS = new Set(['middle', 'elementary', 'high', 'junior', 'senior', 'primary', 'secondary', 'intermediate', 'school', 'academy', 'campus']);
const MOST_SCHOOL_WORDS = 3;
const PREPOSITIONS = new Set(['at', 'of', 'from', 'in', 'for']);

interface RoleIndex {
  /** The phrases of each role → its role group. */
  roles: Trie<RoleGroup>;
  /** The full and short names of each school where someone alone held a role → the school. */
  schools: Trie<string>;
  /** Who alone held a role in a school, by `school\0role`. */
  soleHolders: Map<string, string>;
}

const postKey = (school: string, role: RoleGroup) => `${school}\u0000${role}`;

/** A school's full name and its short name ("adams middle school", "adams"), as token lists. */
function schoolNamesOf(name: string): string[][] {
  const full = phraseOf(name);
  let end = full.length;
  while (end > 0 && SCHOOL_WORDS.has(full[end - 1]!)) end--;
  return end > 0 && end < full.length ? [full, full.slice(0, end)] : [full];
}

function roleIndexOf(participants: readonly RosterEntry[]): RoleIndex {
  const holders = new Map<string, Set<string>>();
  const pseudonyms = new Map<string, string>();
  for (const p of participants) {
    pseudonyms.set(p.code, p.pseudonym);
    for (const { role, school } of p.posts) {
      if (!isRoleGroup(role) || !ROLE_PHRASES[role]) continue;
      const key = postKey(school, role);
      holders.set(key, (holders.get(key) ?? new Set()).add(p.code));
    }
  }
  const soleHolders = new Map([...holders].filter(([, people]) => people.size === 1).map(([key, people]) => [key, pseudonyms.get([...people][0]!)!]));
  const schools = new Set([...soleHolders.keys()].map((key) => key.split('\u0000')[0]!));
  const phrases = Object.entries(ROLE_PHRASES).flatMap(([role, list]) => list.map((p) => [phraseOf(p), role as RoleGroup] as const));
  return { roles: trieOf(phrases), schools: trieOf([...schools].flatMap((s) => schoolNamesOf(s).map((n) => [n, s] as const))), soleHolders };
}

/** The one holder of one of `roles` in one of `schools`, as a match ending at `end`. */
function soleHolderOf(index: RoleIndex, schools: readonly string[], roles: readonly RoleGroup[], end: number): Match | undefined {
  for (const school of schools) {
    for (const role of roles) {
      const person = index.soleHolders.get(postKey(school, role));
      if (person) return { kind: 'role at a school', pointsTo: `${person}, the one ${ROLE_GROUP_LABELS[role].toLowerCase()} interviewed at ${school}`, end };
    }
  }
  return undefined;
}

/** "Adams Middle School's principal", "the Jefferson coach" at token `at`: the school's name, maybe "Middle School", maybe "'s", then the role. */
function schoolThenRoleAt(index: RoleIndex, t: CheckedText, at: number): Match | undefined {
  for (const school of entriesFrom(index.schools, t.tokenTexts, at)) {
    let k = school.end;
    for (let n = 0; n < MOST_SCHOOL_WORDS && SCHOOL_WORDS.has(t.tokenTexts[k] ?? ''); n++) k++;
    if (t.tokenTexts[k] === "'") k += t.tokenTexts[k + 1] === 's' ? 2 : 1;
    for (const role of entriesFrom(index.roles, t.tokenTexts, k)) {
      const found = soleHolderOf(index, school.values, role.values, role.end);
      if (found) return found;
    }
  }
  return undefined;
}

/** "the principal at Adams", "the coach of the Jefferson Middle School" at token `at`: the role, a preposition, maybe "the", then the school. */
function roleThenSchoolAt(index: RoleIndex, t: CheckedText, at: number): Match | undefined {
  for (const role of entriesFrom(index.roles, t.tokenTexts, at)) {
    if (!PREPOSITIONS.has(t.tokenTexts[role.end] ?? '')) continue;
    const k = role.end + (t.tokenTexts[role.end + 1] === 'the' ? 2 : 1);
    for (const school of entriesFrom(index.schools, t.tokenTexts, k)) {
      const found = soleHolderOf(index, school.values, role.values, school.end);
      if (found) return found;
    }
  }
  return undefined;
}

/** A role of a named school that one person held there, at word `w`. */
function roleAtSchoolAt(index: RoleIndex, t: CheckedText, w: number): Match | undefined {
  const at = t.words[w]!;
  return schoolThenRoleAt(index, t, at) ?? roleThenSchoolAt(index, t, at);
}

// ----- the check -----

interface Index {
  names: NameIndex;
  codes: CodeIndex;
  roles: RoleIndex;
  /** Every word a naming may begin with: the other words of a text are passed over at once. */
  firstWords: Set<string>;
}

function indexOf(roster: Roster): Index {
  const names = nameIndexOf(roster.participants);
  const codes = codeIndexOf(roster);
  const roles = roleIndexOf(roster.participants);
  const firstWords = new Set([
    ...names.pseudonyms.next.keys(),
    ...TITLES,
    ...names.surnames.keys(),
    ...codes.prefixes,
    ...roles.roles.next.keys(),
    ...roles.schools.next.keys(),
  ]);
  return { names, codes, roles, firstWords };
}

const MATCHERS: readonly ((index: Index, t: CheckedText, w: number) => Match | undefined)[] = [
  (index, t, w) => pseudonymAt(index.names, t, w),
  (index, t, w) => titledSurnameAt(index.names, t, w),
  (index, t, w) => surnameAt(index.names, t, w),
  (index, t, w) => codeAt(index.codes, t, w),
  (index, t, w) => roleAtSchoolAt(index.roles, t, w),
];

/** What names someone from word `w`: the longest of what matches there, a pseudonym before a surname before a code before a role. */
function matchAt(index: Index, t: CheckedText, w: number): Match | undefined {
  let best: Match | undefined;
  for (const matcher of MATCHERS) {
    const m = matcher(index, t, w);
    if (m && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/** The words of the text from word `w` to a match's end, as written (invisible characters left out). */
const spanOf = (t: CheckedText, w: number, end: number) => t.text.slice(t.tokens[t.words[w]!]!.start, t.tokens[end - 1]!.end).replace(INVISIBLE_ALL, '');

/** The namings of the text from its start, as many as `limit`. */
function namingsIn(index: Index, text: string, limit: number): Naming[] {
  const t = checkedText(text);
  const found: Naming[] = [];
  for (let w = 0; w < t.words.length && found.length < limit;) {
    const m = index.firstWords.has(t.wordTexts[w]!) ? matchAt(index, t, w) : undefined;
    if (!m) {
      w++;
      continue;
    }
    found.push({ kind: m.kind, words: spanOf(t, w, m.end), pointsTo: m.pointsTo });
    while (w < t.words.length && t.words[w]! < m.end) w++;
  }
  return found;
}

/** Compiles what names the participants of a roster, once, to check many texts against it. */
export function identifyingDetails(roster: Roster): IdentifyingDetails {
  const index = indexOf(roster);
  return { find: (text) => namingsIn(index, text, 1)[0], findAll: (text) => namingsIn(index, text, Infinity) };
}

/** How a naming is put to the team: the words, and whom they point to when the words do not say it as written. */
export const describeNaming = (n: Naming): string => (n.words === n.pointsTo ? `“${n.words}”` : `“${n.words}”: ${n.pointsTo}`);
