import { Random } from './random.js';
import { ENTITY_KINDS, type EntityKind, RECORD_KINDS } from './record-kinds.js';

/**
 * Every record has a prefixed identifier, so an ID read in a report or typed at the command line
 * says what it names (`warrant trace fnd_…` knows it is a finding).
 */
export const ID_PREFIXES = Object.fromEntries(ENTITY_KINDS.map((k) => [k, RECORD_KINDS[k].prefix])) as {
  readonly [K in EntityKind]: (typeof RECORD_KINDS)[K]['prefix'];
};

export type { EntityKind };

const KIND_BY_PREFIX = new Map<string, EntityKind>(Object.entries(ID_PREFIXES).map(([kind, prefix]) => [prefix, kind as EntityKind]));

export function kindOfId(id: string): EntityKind | undefined {
  const underscore = id.indexOf('_');
  return underscore > 0 ? KIND_BY_PREFIX.get(id.slice(0, underscore)) : undefined;
}

/** Produces new identifiers. Random in normal use; seeded for the demo so it is the same every time. */
export interface IdSource {
  next(kind: EntityKind): string;
}

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case
const ID_LENGTH = 16;

export function idFromBytes(kind: EntityKind, bytes: Uint8Array): string {
  let body = '';
  for (let i = 0; i < ID_LENGTH; i++) body += ALPHABET[(bytes[i] ?? 0) & 31];
  return `${ID_PREFIXES[kind]}_${body}`;
}

/** A deterministic source, for reproducible demo data and tests. */
export function seededIdSource(seed: number): IdSource {
  const random = new Random(seed);
  return {
    next(kind) {
      const bytes = new Uint8Array(ID_LENGTH);
      for (let i = 0; i < ID_LENGTH; i++) bytes[i] = Math.floor(random.next() * 256);
      return idFromBytes(kind, bytes);
    },
  };
}
