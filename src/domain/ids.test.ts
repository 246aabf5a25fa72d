import { describe, expect, it } from 'vitest';
import { type EntityKind, ID_PREFIXES, idFromBytes, kindOfId, seededIdSource } from './ids.js';

const KINDS = Object.keys(ID_PREFIXES) as EntityKind[];
const ID = /^[a-z]{3}_[0-9abcdefghjkmnpqrstvwxyz]{16}$/;

describe('kindOfId', () => {
  it('tells what an identifier names from its prefix', () => {
    expect(kindOfId('fnd_0123456789abcdef')).toBe('finding');
    expect(kindOfId('clm_x')).toBe('claim');
    expect(kindOfId('ent_x')).toBe('isfEntry');
    expect(kindOfId('exc_x')).toBe('excerpt');
    expect(kindOfId('int_x')).toBe('interview');
    expect(kindOfId('trn_x')).toBe('transcript');
  });

  it('knows every prefix', () => {
    for (const kind of KINDS) expect(kindOfId(`${ID_PREFIXES[kind]}_abc`)).toBe(kind);
  });

  it('gives undefined for an unknown or missing prefix', () => {
    for (const id of ['xyz_abc', 'fnd', 'fndabc', '_fnd', '', 'FND_abc', 'finding_abc']) expect(kindOfId(id)).toBeUndefined();
  });
});

describe('prefixes', () => {
  it('are distinct, so an id names one kind', () => {
    const prefixes = Object.values(ID_PREFIXES);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe('idFromBytes', () => {
  it('writes 16 Crockford base32 characters after the prefix', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 2 + 32);
    // bytes 32, 34, … 62 use their low five bits: 0, 2, … 30 (no i, l, o or u in the alphabet)
    expect(idFromBytes('finding', bytes)).toBe('fnd_02468acegjmprtwy');
    expect(idFromBytes('claim', new Uint8Array(16))).toBe('clm_0000000000000000');
    expect(idFromBytes('claim', new Uint8Array(16).fill(31))).toBe('clm_zzzzzzzzzzzzzzzz');
    expect(idFromBytes('claim', new Uint8Array(16).fill(255))).toBe('clm_zzzzzzzzzzzzzzzz');
  });
});

describe('seededIdSource', () => {
  const take = (seed: number, kinds: EntityKind[]) => {
    const source = seededIdSource(seed);
    return kinds.map((k) => source.next(k));
  };

  it('gives the same sequence for the same seed', () => {
    const kinds: EntityKind[] = ['partnership', 'interview', 'finding', 'finding', 'claim'];
    expect(take(42, kinds)).toEqual(take(42, kinds));
  });

  it('gives a different sequence for another seed', () => {
    expect(take(42, ['finding', 'finding'])).not.toEqual(take(43, ['finding', 'finding']));
  });

  it('gives each kind its prefix and well-formed ids that read back as that kind', () => {
    const source = seededIdSource(7);
    for (const kind of KINDS) {
      const id = source.next(kind);
      expect(id.startsWith(`${ID_PREFIXES[kind]}_`)).toBe(true);
      expect(id).toMatch(ID);
      expect(kindOfId(id)).toBe(kind);
    }
  });

  it('does not repeat ids within a long run', () => {
    const source = seededIdSource(1);
    const ids = Array.from({ length: 5000 }, () => source.next('excerpt'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
