import { describe, expect, it } from 'vitest';
import { WarrantError } from './errors.js';
import { matchesSearchQuery, parseSearchQuery, toFts5, toTsQuery } from './search-query.js';

const word = (w: string, prefix = false) => ({ words: [w], prefix });
const phrase = (...words: string[]) => ({ words, prefix: false });

function refusal(input: string): WarrantError {
  try {
    parseSearchQuery(input);
  } catch (e) {
    expect(e).toBeInstanceOf(WarrantError);
    return e as WarrantError;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
}

describe('parseSearchQuery', () => {
  it('makes each word its own required group, in lower case', () => {
    expect(parseSearchQuery('Coach  FEEDBACK')).toEqual({ groups: [[word('coach')], [word('feedback')]], excluded: [] });
  });

  it('reads a quoted phrase as one term of several words', () => {
    expect(parseSearchQuery('"Learning Walk" principal')).toEqual({
      groups: [[phrase('learning', 'walk')], [word('principal')]],
      excluded: [],
    });
  });

  it('accepts a phrase whose closing quote is missing', () => {
    expect(parseSearchQuery('"learning walk')).toEqual({ groups: [[phrase('learning', 'walk')]], excluded: [] });
  });

  it('reads a trailing * as a prefix search on one word', () => {
    expect(parseSearchQuery('observ*')).toEqual({ groups: [[word('observ', true)]], excluded: [] });
  });

  it('does not make a phrase a prefix search', () => {
    expect(parseSearchQuery('"learning walk"*').groups).toEqual([[phrase('learning', 'walk')]]);
  });

  it('joins terms around OR into one group', () => {
    expect(parseSearchQuery('coach OR principal feedback')).toEqual({
      groups: [[word('coach'), word('principal')], [word('feedback')]],
      excluded: [],
    });
    expect(parseSearchQuery('coach OR principal OR "assistant principal"').groups).toEqual([
      [word('coach'), word('principal'), phrase('assistant', 'principal')],
    ]);
  });

  it('treats lower-case "or" as a word, and ignores OR with nothing before or after it', () => {
    expect(parseSearchQuery('coach or principal').groups).toEqual([[word('coach')], [word('or')], [word('principal')]]);
    expect(parseSearchQuery('OR coach').groups).toEqual([[word('coach')]]);
    expect(parseSearchQuery('coach OR').groups).toEqual([[word('coach')]]);
  });

  it('reads -word and -"phrase" as exclusions', () => {
    expect(parseSearchQuery('coach -curriculum -"pacing guide"')).toEqual({
      groups: [[word('coach')]],
      excluded: [word('curriculum'), phrase('pacing', 'guide')],
    });
  });

  it('keeps a hyphen inside a word as part of the search, not an exclusion', () => {
    expect(parseSearchQuery('co-teaching')).toEqual({ groups: [[phrase('co', 'teaching')]], excluded: [] });
  });

  it('keeps only letters and digits of each word', () => {
    expect(parseSearchQuery('grade-5 math!').groups).toEqual([[phrase('grade', '5')], [word('math')]]);
    expect(parseSearchQuery('Núñez').groups).toEqual([[word('núñez')]]);
  });

  it('refuses a query of only exclusions with an invalid error', () => {
    const e = refusal('-curriculum -"pacing guide"');
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('a search needs at least one word to look for, not only words to leave out');
    expect(e.details).toEqual({ field: 'q' });
  });

  it.each(['', '   ', '!!! ... ?', '"', '""', "'", ':', '&', '* OR -'])('refuses %j as an empty search', (input) => {
    const e = refusal(input);
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('the search is empty: type a word or a "quoted phrase"');
  });
});

describe('toFts5', () => {
  const fts5 = (q: string) => toFts5(parseSearchQuery(q));

  it('quotes every word and joins groups with AND', () => {
    expect(fts5('coach feedback')).toBe('"coach" AND "feedback"');
  });

  it('renders phrases, prefixes, OR groups and exclusions', () => {
    expect(fts5('"learning walk"')).toBe('"learning walk"');
    expect(fts5('observ*')).toBe('"observ"*');
    expect(fts5('coach OR principal feedback')).toBe('("coach" OR "principal") AND "feedback"');
    expect(fts5('coach -curriculum -"pacing guide"')).toBe('"coach" NOT "curriculum" NOT "pacing guide"');
    expect(fts5('observ* OR "learning walk" -district')).toBe('("observ"* OR "learning walk") NOT "district"');
  });

  it('turns FTS5 operators typed by the user into quoted words', () => {
    expect(fts5('NEAR(coach principal)')).toBe('"near coach" AND "principal"');
    expect(fts5('coach AND NOT principal')).toBe('"coach" AND "and" AND "not" AND "principal"');
    expect(fts5('title:coach')).toBe('"title coach"');
    expect(fts5('coach ^first')).toBe('"coach" AND "first"');
  });

  it('never lets a double quote, apostrophe, colon or ampersand through', () => {
    expect(fts5(`coach"principal`)).toBe('"coach" AND "principal"');
    expect(fts5(`say "it's" & go:on`)).toBe('"say" AND "it s" AND "go on"');
    for (const q of ['NEAR(', `a"b"c`, `it's`, 'a:b', 'a&b', 'a|b', '(a)', '{a b}: c', 'a + b', '"a" OR "b" NOT c*']) {
      const out = fts5(q);
      const quoted = out.match(/"[^"]*"/g) ?? [];
      expect(quoted.length).toBeGreaterThan(0);
      // inside the quotes: only letters, digits and spaces; outside: only operators, parentheses and prefix stars
      for (const t of quoted) expect(t).toMatch(/^"[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*"$/u);
      expect(out.replace(/"[^"]*"/g, '')).toMatch(/^(?:[ ()*]|AND|OR|NOT)*$/);
    }
  });
});

describe('toTsQuery', () => {
  const ts = (q: string) => toTsQuery(parseSearchQuery(q));

  it('quotes every word as a lexeme and joins groups with &', () => {
    expect(ts('coach feedback')).toBe("'coach' & 'feedback'");
  });

  it('renders phrases with <->, prefixes with :*, OR groups with | and exclusions with !', () => {
    expect(ts('"learning walk"')).toBe("('learning' <-> 'walk')");
    expect(ts('observ*')).toBe("'observ':*");
    expect(ts('coach OR principal feedback')).toBe("('coach' | 'principal') & 'feedback'");
    expect(ts('coach -curriculum -"pacing guide"')).toBe("'coach' & !'curriculum' & !('pacing' <-> 'guide')");
    expect(ts('observ* OR "learning walk" -district')).toBe("('observ':* | ('learning' <-> 'walk')) & !'district'");
  });

  it('never lets tsquery syntax typed by the user through', () => {
    expect(ts("it's")).toBe("('it' <-> 's')");
    expect(ts("o'brien's coach")).toBe("('o' <-> 'brien' <-> 's') & 'coach'");
    expect(ts('coach:* & !principal')).toBe("'coach':* & 'principal'");
    expect(ts('a:b|c')).toBe("('a' <-> 'b' <-> 'c')");
    expect(ts("x' | 'y")).toBe("'x' & 'y'");
    expect(ts('NEAR(')).toBe("'near'");
    expect(ts('\\coach')).toBe("'coach'");
  });
});

describe('matchesSearchQuery', () => {
  const text = 'The coach co-taught the ratio unit; Learning Walks happen once a month. Élan and café.';
  const m = (q: string) => matchesSearchQuery(parseSearchQuery(q), text);
  it('reads words, prefixes, phrases, OR and excluded words as the engines do', () => {
    expect(m('coach ratio')).toBe(true);
    expect(m('coach principal')).toBe(false);
    expect(m('coach OR principal')).toBe(true);
    expect(m('"learning walks"')).toBe(true);
    expect(m('"walks learning"')).toBe(false);
    expect(m('learn*')).toBe(true);
    expect(m('learn')).toBe(false);
    expect(m('coach -ratio')).toBe(false);
    expect(m('coach -principal')).toBe(true);
    expect(m('cafe ELAN')).toBe(true);
  });
  it('searches several texts (a title and its text) as one', () => {
    expect(matchesSearchQuery(parseSearchQuery('pacing coach'), 'On pacing', text)).toBe(true);
  });
});
