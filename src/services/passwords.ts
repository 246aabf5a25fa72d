import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { invalid } from '../domain/errors.js';
import { unwritableCharacter } from '../domain/text.js';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt with 16 MB of memory per hash: slow to guess at, quick enough to sign in. */
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** What makes a password hard to guess, said where one is chosen. */
export const PASSWORD_ADVICE = `at least ${MIN_PASSWORD_LENGTH} characters and hard to guess: a few unrelated words will do`;

/**
 * zxcvbn's estimate: 3 means about 10^8 guesses or more, out of reach of guessing through the
 * sign-in limiter and slow against the scrypt hashes of a stolen database.
 */
const MIN_SCORE = 3;
/** The estimate looks at this many characters: its work grows faster than the length (about 0.1 s at 64, 2 s at 200). */
const ESTIMATED_LENGTH = 64;

let estimator: ZxcvbnFactory | undefined;
const strength = () => (estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs, maxLength: ESTIMATED_LENGTH }));

/** Why zxcvbn finds a password easy to guess, by its warning. */
const WEAKNESS: Record<string, string> = {
  straightRow: 'it is a row of keys on the keyboard',
  keyPattern: 'it is a pattern of keys on the keyboard',
  simpleRepeat: 'it repeats one character',
  extendedRepeat: 'it repeats a group of characters',
  sequences: 'it is a sequence such as "abcdef" or "654321"',
  recentYears: 'it is made of recent years',
  dates: 'it is made of a date',
  topTen: 'it is one of the ten most common passwords',
  topHundred: 'it is one of the hundred most common passwords',
  common: 'it is a commonly used password',
  similarToCommon: 'it is a commonly used password with small changes',
  wordByItself: 'a single word is easy to guess',
  namesByThemselves: 'names and surnames by themselves are easy to guess',
  commonNames: 'common names and surnames are easy to guess',
  userInputs: 'it is made of the email address or the name of the account',
};

// Tab and line breaks, which text may hold, nobody types into a password field.
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/**
 * Refuses a password that is too short or too long, holds control characters or only spaces, or
 * is easy to guess (zxcvbn, with the account's email and name as words an attacker would try).
 */
export function validatePassword(password: string, account: { email?: string; displayName?: string } = {}): void {
  const refuse = (why: string) => invalid(why, { field: 'password' });
  if (password.length < MIN_PASSWORD_LENGTH) throw refuse(`a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH) throw refuse(`a password has at most ${MAX_PASSWORD_LENGTH} characters`);
  if (unwritableCharacter(password) || LINE_BREAK_OR_TAB.test(password)) {
    throw refuse('a password cannot hold control characters (such as NUL, tab or a line break) or half of a surrogate pair');
  }
  if (!password.trim()) throw refuse('a password cannot be only spaces');
  const inputs = [account.email, ...(account.email?.split(/[@.+_-]/) ?? []), account.displayName, ...(account.displayName?.split(/\s+/) ?? [])].filter(
    (w): w is string => Boolean(w && w.length > 2),
  );
  const result = strength().check(password, inputs);
  if (result.score < MIN_SCORE) {
    const why = (result.feedback.warning && WEAKNESS[result.feedback.warning]) ?? 'it would be guessed quickly';
    throw refuse(`this password is too easy to guess: ${why}. Choose a longer one, e.g. a few unrelated words, or a phrase only you would think of`);
  }
}

/** The stored form: `scrypt$N$r$p$salt$hash` (base64), so parameters can change without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: MAX_MEMORY });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash that matches no password, to spend the same time when an email is unknown. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword(randomBytes(16).toString('hex')));
