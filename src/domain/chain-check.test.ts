import { describe, expect, it } from 'vitest';
import {
  type ChainItem,
  type ChainLink,
  type ChainSnapshot,
  type CitedEvidenceState,
  checkChains,
  lostSinceSent,
  type RestingOn,
  type SentReport,
  sentMoment,
  type WithdrawableRecord,
} from './chain-check.js';

const finding = (id: string): ChainItem => ({ id, kind: 'finding', label: `Finding ${id}` });
const claim = (id: string): ChainItem => ({ id, kind: 'claim', label: `Claim ${id}` });
const entry = (id: string): ChainItem => ({ id, kind: 'isfEntry', label: `Entry ${id}` });
const cites = (citingId: string, citedId: string): ChainLink => ({ citingId, citedId });
const live: CitedEvidenceState = { retired: false };

/** A healthy chain: finding → claim → ISF entry → excerpt. */
function healthy(): { items: ChainItem[]; links: ChainLink[]; evidence: Map<string, CitedEvidenceState> } {
  return {
    items: [finding('fnd_1'), claim('clm_1'), entry('ent_1')],
    links: [cites('fnd_1', 'clm_1'), cites('clm_1', 'ent_1'), cites('ent_1', 'exc_1')],
    evidence: new Map([
      ['clm_1', live],
      ['ent_1', live],
      ['exc_1', live],
    ]),
  };
}

const check = (s: ChainSnapshot) => checkChains(s);

describe('checkChains', () => {
  it('finds no issue in a chain that reaches a transcript passage', () => {
    expect(check(healthy())).toEqual([]);
  });

  it('finds no issue for several items sharing the same evidence', () => {
    const s = healthy();
    s.items.push(finding('fnd_2'), claim('clm_2'));
    s.links.push(cites('fnd_2', 'clm_1'), cites('fnd_2', 'clm_2'), cites('clm_2', 'ent_1'));
    s.evidence.set('clm_2', live);
    expect(check(s)).toEqual([]);
  });

  it('reports a finding that cites nothing as broken', () => {
    const s = healthy();
    s.items.push(finding('fnd_2'));
    expect(check(s)).toEqual([
      {
        ...finding('fnd_2'),
        severity: 'broken',
        reasons: ['cites no claim'],
        why: [{ text: 'cites no claim: cite what it rests on', mendAt: { kind: 'finding', id: 'fnd_2' } }],
      },
    ]);
  });

  it('names what is missing for each kind of item', () => {
    const issues = check({ items: [finding('fnd_1'), claim('clm_1'), entry('ent_1')], links: [], evidence: new Map() });
    expect(issues.map((i) => [i.id, i.reasons])).toEqual([
      ['fnd_1', ['cites no claim']],
      ['clm_1', ['cites no ISF entry']],
      ['ent_1', ['cites no excerpt']],
    ]);
  });

  it('reports a claim citing a retired ISF entry as broken, and the finding resting on it too, naming the claim', () => {
    const s = healthy();
    s.items = [finding('fnd_1'), claim('clm_1')]; // the entry was retired, so it is no longer live
    s.evidence.set('ent_1', { retired: true });
    expect(check(s)).toEqual([
      {
        ...finding('fnd_1'),
        severity: 'broken',
        reasons: ['rests on claim clm_1, whose chain is broken'],
        why: [{ text: 'rests on the claim “Claim clm_1”, whose chain is broken', mendAt: { kind: 'claim', id: 'clm_1' } }],
      },
      {
        ...claim('clm_1'),
        severity: 'broken',
        reasons: ['cites ISF entry ent_1, which was retired'],
        why: [{ text: 'cites an ISF entry, which was withdrawn: it needs a new source', mendAt: { kind: 'claim', id: 'clm_1' } }],
      },
    ]);
  });

  it('reports a citation of something that does not exist', () => {
    const s = healthy();
    s.links.push(cites('ent_1', 'exc_gone'));
    const issues = check(s);
    expect(issues.map((i) => i.id)).toEqual(['fnd_1', 'clm_1', 'ent_1']);
    expect(issues.every((i) => i.severity === 'broken')).toBe(true);
    expect(issues[2]!.reasons).toEqual(['cites excerpt exc_gone, which does not exist']);
    expect(issues[1]!.reasons).toEqual(['rests on ISF entry ent_1, whose chain is broken']);
  });

  it('flags an entry citing a passage of a corrected transcript for review, and everything above it for review, not broken', () => {
    const s = healthy();
    s.evidence.set('exc_1', { retired: false, superseded: true });
    const described = new Map([['exc_1', { words: 'a passage of Ms. Rivera’s interview (T-014)', interviewId: 'int_1' }]]);
    expect(check({ ...s, described })).toEqual([
      {
        ...finding('fnd_1'),
        severity: 'review',
        reasons: ['rests on claim clm_1, which needs review'],
        why: [{ text: 'rests on the claim “Claim clm_1”, which needs review', mendAt: { kind: 'claim', id: 'clm_1' } }],
      },
      {
        ...claim('clm_1'),
        severity: 'review',
        reasons: ['rests on ISF entry ent_1, which needs review'],
        why: [{ text: 'rests on the ISF entry “Entry ent_1”, which needs review', mendAt: { kind: 'isfEntry', id: 'ent_1' } }],
      },
      {
        ...entry('ent_1'),
        severity: 'review',
        reasons: ['cites excerpt exc_1, a passage of a transcript corrected since'],
        why: [
          {
            text: 'cites a passage of Ms. Rivera’s interview (T-014) whose transcript was corrected since: keep, re-anchor or withdraw the passage',
            mendAt: { kind: 'excerpt', id: 'exc_1', interviewId: 'int_1' },
          },
        ],
      },
    ]);
  });

  it('says broken rather than review when an item has both kinds of problem, keeping only the broken reasons', () => {
    const s = healthy();
    s.evidence.set('exc_1', { retired: false, superseded: true });
    s.links.push(cites('clm_1', 'ent_old'));
    s.evidence.set('ent_old', { retired: true });
    const issues = check(s);
    const byId = new Map(issues.map((i) => [i.id, i]));
    expect(byId.get('ent_1')?.severity).toBe('review');
    expect(byId.get('clm_1')).toMatchObject({ severity: 'broken', reasons: ['cites ISF entry ent_old, which was retired'] });
    expect(byId.get('fnd_1')).toMatchObject({ severity: 'broken', reasons: ['rests on claim clm_1, whose chain is broken'] });
  });

  it('lists every reason of an item', () => {
    const s = healthy();
    s.links.push(cites('fnd_1', 'clm_retired'), cites('fnd_1', 'clm_missing'));
    s.evidence.set('clm_retired', { retired: true });
    const [issue] = check(s);
    expect(issue).toMatchObject({
      id: 'fnd_1',
      severity: 'broken',
      reasons: ['cites claim clm_retired, which was retired', 'cites claim clm_missing, which does not exist'],
    });
  });

  it('lists findings first, then claims, then ISF entries, each by id', () => {
    const items = [entry('ent_b'), claim('clm_b'), finding('fnd_b'), entry('ent_a'), finding('fnd_a'), claim('clm_a')];
    const issues = check({ items, links: [], evidence: new Map() });
    expect(issues.map((i) => i.id)).toEqual(['fnd_a', 'fnd_b', 'clm_a', 'clm_b', 'ent_a', 'ent_b']);
  });

  it('reports a broken claim no finding rests on without touching the healthy chain beside it', () => {
    const s = healthy();
    s.items.push(claim('clm_orphan'));
    const issues = check(s);
    expect(issues).toMatchObject([{ ...claim('clm_orphan'), severity: 'broken', reasons: ['cites no ISF entry'] }]);
  });
});

describe('lostSinceSent', () => {
  const report = (statements: SentReport['statements']): SentReport => ({
    sentAt: '2011-05-20',
    sentOn: '2011-05-20',
    district: 'Lakeside',
    cycle: '2010-11',
    statements,
  });
  const rests = (citingId: string, citedId: string, retiredAt: string | null = null): RestingOn => ({ citingId, citedId, retiredAt });
  const records = (retired: Record<string, string | null>) =>
    new Map<string, WithdrawableRecord>(Object.entries(retired).map(([id, retiredAt]) => [id, { what: id.split('_')[0]!, retiredAt }]));
  const walks = { id: 'imp_1', kind: 'implementation' as const, label: 'Learning Walks' };
  const chain = [rests('imp_1', 'fnd_1'), rests('fnd_1', 'clm_1'), rests('clm_1', 'ent_1'), rests('ent_1', 'exc_1')];

  it('tells which statements rest, however far down, on something retired after the report was sent', () => {
    const issues = lostSinceSent(
      report([walks, { id: 'rec_1', kind: 'recommendation', label: 'Walk monthly' }]),
      [...chain, rests('rec_1', 'cnj_1')],
      records({ fnd_1: null, clm_1: null, ent_1: null, exc_1: '2011-06-02T10:00:00Z', cnj_1: null }),
    );
    expect(issues).toEqual([
      {
        ...walks,
        severity: 'review',
        district: 'Lakeside',
        cycle: '2010-11',
        reasons: ['rests on fnd fnd_1 › clm clm_1 › ent ent_1 › exc exc_1, retired on 2011-06-02, after the report was sent on 2011-05-20'],
        // In words, without IDs; mended from the trace of the record nearest the statement (here a record not named as a finding).
        why: [
          {
            text: 'rests on the fnd › the clm › the ent › the exc, withdrawn on 2011-06-02, after the report was sent on 2011-05-20: tell the district, and send a corrected report',
          },
        ],
      },
    ]);
  });

  it('names the retired record nearest the statement, once', () => {
    const issues = lostSinceSent(
      report([walks]),
      [...chain, rests('imp_1', 'fnd_2'), rests('fnd_2', 'clm_1')],
      records({ fnd_1: '2011-07-01', fnd_2: null, clm_1: null, ent_1: null, exc_1: '2011-07-02' }),
    );
    expect(issues[0]!.reasons).toEqual([
      'rests on fnd fnd_1, retired on 2011-07-01, after the report was sent on 2011-05-20',
      'rests on fnd fnd_2 › clm clm_1 › ent ent_1 › exc exc_1, retired on 2011-07-02, after the report was sent on 2011-05-20',
    ]);
  });

  it('leaves out what was retired, or unlinked, before the report was sent: the report did not rest on it', () => {
    expect(lostSinceSent(report([walks]), chain, records({ fnd_1: null, clm_1: null, ent_1: null, exc_1: '2011-05-01' }))).toEqual([]);
    expect(
      lostSinceSent(
        report([walks]),
        [rests('imp_1', 'fnd_1', '2011-05-02'), ...chain.slice(1)],
        records({ fnd_1: '2011-06-01', clm_1: null, ent_1: null, exc_1: null }),
      ),
    ).toEqual([]);
    // A link withdrawn after the sending was still in the report as sent.
    expect(
      lostSinceSent(
        report([walks]),
        [rests('imp_1', 'fnd_1', '2011-06-01'), ...chain.slice(1)],
        records({ fnd_1: '2011-06-02', clm_1: null, ent_1: null, exc_1: null }),
      ),
    ).toHaveLength(1);
  });

  it('tells which statements no longer rest on what they did when sent: a citation on the way withdrawn since', () => {
    const withdrawn = [rests('imp_1', 'fnd_1'), rests('fnd_1', 'clm_1', '2011-06-03T09:00:00.000Z'), ...chain.slice(2)];
    expect(lostSinceSent(report([walks]), withdrawn, records({ fnd_1: null, clm_1: null, ent_1: null, exc_1: null }))[0]!.reasons).toEqual([
      'no longer rests on fnd fnd_1 › clm clm_1: the link was withdrawn on 2011-06-03, after the report was sent on 2011-05-20',
    ]);
  });

  it('takes the moment the sending was recorded, when recorded on the day it was sent: what was retired earlier that day was not in the report', () => {
    const sameDay = { ...report([walks]), sentAt: sentMoment('2011-05-20', '2011-05-20T15:00:00.000Z') };
    expect(lostSinceSent(sameDay, chain, records({ fnd_1: null, clm_1: null, ent_1: null, exc_1: '2011-05-20T09:00:00.000Z' }))).toEqual([]);
    expect(lostSinceSent(sameDay, chain, records({ fnd_1: null, clm_1: null, ent_1: null, exc_1: '2011-05-20T16:00:00.000Z' }))).toHaveLength(1);
    // Recorded days later, the district had it from the start of the day it was sent.
    expect(sentMoment('2011-05-20', '2011-05-23T08:00:00.000Z')).toBe('2011-05-20');
    expect(sentMoment('2011-05-20', '2011-05-18T08:00:00.000Z')).toBe('2011-05-18');
    expect(
      lostSinceSent(
        { ...report([walks]), sentAt: sentMoment('2011-05-20', '2011-05-23T08:00:00.000Z') },
        chain,
        records({ fnd_1: null, clm_1: null, ent_1: null, exc_1: '2011-05-20T09:00:00.000Z' }),
      ),
    ).toHaveLength(1);
  });
});
