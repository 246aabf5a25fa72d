import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, EVIDENCE_CITES, KIND_LABELS, RECORD_KINDS } from './record-kinds.js';

describe('kinds of record', () => {
  it('give each kind a table of its own', () => {
    const tables = ENTITY_KINDS.map((k) => RECORD_KINDS[k].table);
    expect(new Set(tables).size).toBe(tables.length);
  });

  it('find every partnership in the end in a record that holds it, without going round in circles', () => {
    for (const kind of ENTITY_KINDS) {
      const seen = new Set<string>([kind]);
      let owner = RECORD_KINDS[kind].owner;
      while (owner !== null && typeof owner === 'object') {
        expect(seen.has(owner.through), `${kind} belongs, in the end, to itself`).toBe(false);
        seen.add(owner.through);
        owner = RECORD_KINDS[owner.through].owner;
      }
      // A kind belonging to one never named by ID could not be found either.
      if (RECORD_KINDS[kind].owner !== null) expect(owner, kind).not.toBeNull();
    }
  });

  it('keep the labels messages have always used', () => {
    expect(KIND_LABELS.excerpt).toBe('excerpt');
    expect(KIND_LABELS.isf).toBe('interview summary form');
    expect(KIND_LABELS.strategyEvidence).toBe('evidence of a strategy');
    expect(KIND_LABELS.conjectureRevision).toBe('conjectureRevision');
    expect(Object.keys(EVIDENCE_CITES).sort()).toEqual(['conjectureRevision', 'explanation', 'implementation', 'recommendation', 'uptake']);
  });
});
