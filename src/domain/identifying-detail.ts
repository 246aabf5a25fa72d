import { ROLE_GROUP_LABELS, type RoleGroup, isRoleGroup } from './roles.js';

/**
 * Whether a text meant for partners names a participant. Texts are compared word by word after
 * Unicode normalisation: compatibility forms (NFKC/NFKD) and case folded, diacritics and invisible
 * characters (zero-width spaces and joiners, word joiners, byte-order marks, soft hyphens…)
 * removed, every dash a hyphen and every apostrophe a straight one. So "ms. alvarez", "MS.
 * ALVAREZ", "Ms. Al\u200bvarez", "Alvarez" and "lps‑t01" (a non-breaking hyphen) all name Ms. Alvarez,
 * LPS-T01; and "employee" does not name Mr. Lee: a name matches whole words only.
 *
 * What names someone: a pseudonym, its surname alone (three letters or more, with or without a
 * title), a participant code, an interview code, and a role of a named school that one person
 * holds there ("the principal at Adams", "the Jefferson coach").
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

const folded = new Map<string, string>();
/** One code point as it is compared: decomposed, without marks, case folded, dashes and apostrophes unified. */
function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = INVISIBLE.test(ch) ? '' : ch.normalize('NFKD').replace(MARK, '').toUpperCase().toLowerCase().normalize('NFKD').replace(MARK, '').replace(DASH, '-').replace(APOSTROPHE, "'");
    if (folded.size < 10_000) folded.set(ch, f);
  }
  return f;
}

interface Token {
  text: string;
  /** UTF-16 offsets of the token in the original text. */
  start: number;
  end: number;
}

/** What a folded character is: part of a word, a space (dropped), or punctuation (a token of its own). */
const classOf = (c: string): 'word' | 'space' | 'mark' => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) ? 'word' : code <= 32 ? 'space' : 'mark';
  return WORD_CHAR.test(c) ? 'word' : SPACE.test(c) ? 'space' : 'mark';
};

/** The words (runs of letters and digits) and punctuation of a text, folded; spaces separate and are dropped. */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  let word: Token | null = null;
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    const code = ch.charCodeAt(0);
    // Plain ASCII letters, digits and spaces, the bulk of any report, need no normalisation.
    const f = code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch) : foldChar(ch);
    for (const c of f) {
      const kind = classOf(c);
      if (kind === 'word') {
        if (word) {
          word.text += c;
          word.end = i;
        } else word = { text: c, start, end: i };
        continue;
      }
      if (word) out.push(word);
      word = null;
      if (kind === 'mark') out.push({ text: c === '`' ? "'" : c, start, end: i });
    }
  }
  if (word) out.push(word);
  return out;
}

// ----- what names someone -----

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'principal', 'coach', 'teacher', 'superintendent', 'assistant', 'vice', 'deputy', 'director', 'sr', 'sra', 'srta']);
const SURNAME_MIN_LETTERS = 3;

/** How each school-based role group is spoken of. */
const ROLE_PHRASES: Partial<Record<RoleGroup, string[]>> = {
  school_leader: ['principal', 'assistant principal', 'vice principal', 'school leader', 'head teacher', 'headteacher', 'head of school'],
  coach: ['coach', 'math coach', 'maths coach', 'mathematics coach', 'instructional coach'],
  teacher: ['teacher', 'math teacher', 'maths teacher', 'mathematics teacher'],
};
/** Words a school's name may end with, left out of its short name ("Adams" for Adams Middle School). */
const SCHOOL_WORDS = new Set(['middle', 'elementary', 'high', 'junior', 'senior', 'primary', 'secondary', 'intermediate', 'school', 'academy', 'campus']);
const PREPOSITIONS = new Set(['at', 'of', 'from', 'in', 'for']);

interface Needle {
  words: string[];
  kind: NamingKind;
  pointsTo: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  needle?: Needle;
}

const wordsOf = (text: string) => tokensOf(text).map((t) => t.text);
const letters = (words: readonly string[]) => words.filter((w) => WORD_CHAR.test(w)).join('').length;

/** The surname of a pseudonym: its last word once titles are left out ("Reyes" of "Principal Reyes"); none for a one-word pseudonym. */
function surnameOf(pseudonym: string): string[] | undefined {
  const words = wordsOf(pseudonym).filter((w) => WORD_CHAR.test(w));
  if (words.length < 2) return undefined;
  const rest = [...words];
  while (rest.length > 1 && TITLES.has(rest[0]!)) rest.shift();
  return [rest.at(-1)!];
}

interface School {
  name: string;
  /** Its full name and its short name, as word lists. */
  names: string[][];
}

function schoolOf(name: string): School {
  const full = wordsOf(name);
  let end = full.length;
  while (end > 0 && SCHOOL_WORDS.has(full[end - 1]!)) end--;
  const short = full.slice(0, end);
  return { name, names: end > 0 && end < full.length ? [full, short] : [full] };
}

const startsAt = (tokens: readonly Token[], at: number, words: readonly string[]) => words.every((w, k) => tokens[at + k]?.text === w);

/** The longest of `phrases` at `at`, as its length in tokens. */
function longestAt(tokens: readonly Token[], at: number, phrases: readonly string[][]): number {
  let best = 0;
  for (const p of phrases) if (p.length > best && startsAt(tokens, at, p)) best = p.length;
  return best;
}

/** Compiles what names the participants of a roster, once, to check many texts against it. */
export function identifyingDetails(roster: Roster): IdentifyingDetails {
  const needles: Needle[] = [];
  const add = (text: string, kind: NamingKind, pointsTo: string) => {
    const words = wordsOf(text);
    if (letters(words) >= 2) needles.push({ words, kind, pointsTo });
  };
  // One school role held by one person: (school, role group) → the people who held it.
  const holders = new Map<string, { school: string; role: RoleGroup; people: Set<string> }>();
  for (const p of roster.participants) {
    add(p.pseudonym, 'pseudonym', p.pseudonym);
    add(p.code, 'participant code', `the participant code of ${p.pseudonym}`);
    const surname = surnameOf(p.pseudonym);
    if (surname && letters(surname) >= SURNAME_MIN_LETTERS) needles.push({ words: surname, kind: 'surname', pointsTo: p.pseudonym });
    for (const { role, school } of p.posts) {
      if (!isRoleGroup(role) || !ROLE_PHRASES[role]) continue;
      const key = `${school}\u0000${role}`;
      const entry = holders.get(key) ?? { school, role, people: new Set<string>() };
      entry.people.add(p.code);
      holders.set(key, entry);
    }
  }
  for (const code of roster.interviewCodes) add(code, 'interview code', `an interview code`);
  // The needles as a trie of words: at each word of a text, the longest needle starting there is
  // found in as many steps as it has words (an interview code before the participant code it starts with).
  const trie: TrieNode = { next: new Map() };
  for (const n of needles) {
    let node = trie;
    for (const w of n.words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    node.needle ??= n;
  }
  const longestNeedle = (tokens: readonly Token[], at: number): Needle | undefined => {
    let node: TrieNode | undefined = trie;
    let found: Needle | undefined;
    for (let k = at; node && k < tokens.length; k++) {
      node = node.next.get(tokens[k]!.text);
      if (node?.needle) found = node.needle;
    }
    return found;
  };

  const pseudonyms = new Map(roster.participants.map((p) => [p.code, p.pseudonym]));
  const soleHolders = [...holders.values()].filter((h) => h.people.size === 1).map((h) => ({
    role: h.role,
    school: schoolOf(h.school),
    phrases: ROLE_PHRASES[h.role]!.map(wordsOf),
    person: pseudonyms.get([...h.people][0]!)!,
  }));

  // Where a role or a school's name may start: the holders to try at a word.
  const holdersAt = new Map<string, (typeof soleHolders)[number][]>();
  for (const h of soleHolders) {
    for (const first of new Set([...h.school.names, ...h.phrases].map((w) => w[0]!))) {
      const list = holdersAt.get(first);
      if (list) list.push(h);
      else holdersAt.set(first, [h]);
    }
  }

  const span = (text: string, tokens: readonly Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(INVISIBLE_ALL, '');

  /** "the Adams principal", "Adams Middle School's coach", "the principal at Adams" at `at`: how many tokens it covers, and whom it points to. */
  const roleAtSchool = (tokens: readonly Token[], at: number): { length: number; holder: (typeof soleHolders)[number] } | undefined => {
    for (const h of holdersAt.get(tokens[at]!.text) ?? []) {
      // The school first: its name, maybe "Middle School", maybe "'s", then the role.
      const name = longestAt(tokens, at, h.school.names);
      if (name) {
        let k = at + name;
        while (tokens[k] && SCHOOL_WORDS.has(tokens[k]!.text)) k++;
        if (tokens[k]?.text === "'") k += tokens[k + 1]?.text === 's' ? 2 : 1;
        const role = longestAt(tokens, k, h.phrases);
        if (role) return { length: k + role - at, holder: h };
      }
      // The role first: the role, a preposition, maybe "the", then the school.
      const role = longestAt(tokens, at, h.phrases);
      if (role && PREPOSITIONS.has(tokens[at + role]?.text ?? '')) {
        let k = at + role + 1;
        if (tokens[k]?.text === 'the') k++;
        const school = longestAt(tokens, k, h.school.names);
        if (school) return { length: k + school - at, holder: h };
      }
    }
    return undefined;
  };

  /** The namings of the text from its start, as many as `limit`. */
  const scan = (text: string, limit: number): Naming[] => {
    const tokens = tokensOf(text);
    const found: Naming[] = [];
    for (let at = 0; at < tokens.length && found.length < limit; at++) {
      const needle = longestNeedle(tokens, at);
      if (needle) {
        found.push({ kind: needle.kind, words: span(text, tokens, at, at + needle.words.length), pointsTo: needle.pointsTo });
        at += needle.words.length - 1;
        continue;
      }
      const r = roleAtSchool(tokens, at);
      if (r) {
        found.push({
          kind: 'role at a school',
          words: span(text, tokens, at, at + r.length),
          pointsTo: `${r.holder.person}, the one ${ROLE_GROUP_LABELS[r.holder.role].toLowerCase()} interviewed at ${r.holder.school.name}`,
        });
        at += r.length - 1;
      }
    }
    return found;
  };

  return { find: (text) => scan(text, 1)[0], findAll: (text) => scan(text, Infinity) };
}

/** How a naming is put to the team: the words, and whom they point to when the words do not say it as written. */
export const describeNaming = (n: Naming): string => (n.words === n.pointsTo ? `“${n.words}”` : `“${n.words}”: ${n.pointsTo}`);
