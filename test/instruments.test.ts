import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../src/services/import-bundle.js';
import { importInstrumentResponses, type InstrumentImport } from '../src/services/instrument-import.js';
import { partnershipStats } from '../src/services/stats.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

const SURVEY = 'participant_id,years,plan_together,comment\nT01,12,3,"We plan, then teach"\nT02,4,,\nC01,20,4,Coaching cycles\n';

const REDCAP_DICTIONARY = `"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max"
record_id,survey,,text,Record ID,,,,,
plan,survey,,radio,How often do you plan lessons together?,"1, Never | 2, Monthly | 3, Weekly | 4, Daily",,,,
years,survey,,text,Years teaching,,,integer,0,50
`;

describe.each(DIALECTS)('responses to instruments imported (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'ana@example.org');
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
  });
  afterEach(() => t.close());

  const csvImport = (bytes: string, more: Partial<InstrumentImport> = {}) =>
    importInstrumentResponses(t.ctx, { partnershipId: pid, instrument: 'Teacher survey', format: 'csv', file: 'survey.csv', bytes, cycle: '2009-10', ...more });
  const stored = async () => {
    const instrument = (await t.store.instruments.byName(pid, 'teacher survey'))!;
    const cycle = (await t.store.cycles.byLabel(pid, '2009-10'))!;
    const participants = new Map((await t.store.participants.list(pid)).map((p) => [p.id, p.code]));
    return (await t.store.instruments.responses(instrument.id, cycle.id))
      .map((r) => [participants.get(r.participant_id), r.version, JSON.parse(r.answers)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  };

  it("defines a new instrument from a CSV, stores each participant's answers, and changes nothing when the same file comes again", async () => {
    const first = await csvImport(SURVEY);
    expect(first).toMatchObject({
      written: true,
      instrument: { name: 'Teacher survey', created: true },
      cycle: '2009-10',
      items: { total: 3, added: ['years', 'plan_together', 'comment'] },
      responses: { read: 3, added: 3, corrected: 0, unchanged: 0, skipped: 0 },
      unanswered: 2,
    });
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const items = await t.store.instruments.items(first.instrument.id!);
    expect(items.map((i) => [i.key, i.type, i.position])).toEqual([
      ['years', 'number', 1],
      ['plan_together', 'number', 2],
      ['comment', 'text', 3],
    ]);
    expect(await stored()).toEqual([
      ['C01', 1, { years: 20, plan_together: 4, comment: 'Coaching cycles' }],
      ['T01', 1, { years: 12, plan_together: 3, comment: 'We plan, then teach' }],
      ['T02', 1, { years: 4, plan_together: null, comment: null }],
    ]);
    expect((await partnershipStats(t.ctx, pid)).measures).toEqual({ instruments: 1, responses: 3 });

    const again = await csvImport(SURVEY);
    expect(again).toMatchObject({ written: true, instrument: { created: false }, items: { added: [] }, responses: { added: 0, corrected: 0, unchanged: 3 } });

    // A corrected file: T02's answers become the response's second version, with its history in the audit trail.
    const corrected = await csvImport(SURVEY.replace('T02,4,,', 'T02,5,2,'));
    expect(corrected.responses).toMatchObject({ added: 0, corrected: 1, unchanged: 2 });
    expect((await stored()).find((r) => r[0] === 'T02')).toEqual(['T02', 2, { years: 5, plan_together: 2, comment: null }]);
    const history = await t.store.db.selectFrom('audit_log').select(['action', 'data']).where('action', '=', 'instrument_response.correct').execute();
    expect(history.map((h) => JSON.parse(h.data as string))).toEqual([
      { file: 'survey.csv', line: 3, from: { years: 4, plan_together: null, comment: null }, to: { years: 5, plan_together: 2, comment: null } },
    ]);
  });

  it('stores nothing when a line is wrong, naming each one, unless the invalid responses are to be skipped', async () => {
    await csvImport(SURVEY);
    const bad = 'participant_id,years,plan_together,comment\nT01,13,3,x\nT99,1,1,\nT02,many,1,\nT03,7,2,late\n';
    const refused = await csvImport(bad);
    expect(refused.written).toBe(false);
    expect(refused.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'participant_id', 'T99 is not a participant of the roster (nor mapped to one)'],
      [4, 'years', 'column years: "many" is not a number'],
    ]);
    expect((await stored()).map((r) => r[1])).toEqual([1, 1, 1]);

    const skipped = await csvImport(bad, { skipInvalid: true });
    expect(skipped).toMatchObject({ written: true, responses: { read: 4, added: 1, corrected: 1, skipped: 2 } });
    expect((await stored()).map((r) => r[0])).toEqual(['C01', 'T01', 'T02', 'T03']);
  });

  it('adds an item a later cycle asks, and reads a REDCap export with its dictionary, choices as a scale', async () => {
    await csvImport(SURVEY);
    const later = await csvImport('participant_id,years,plan_together,comment,coach_visits\nT01,13,3,,4\n', { cycle: '2010-11' });
    expect(later).toMatchObject({ written: true, items: { total: 4, added: ['coach_visits'] } });
    const item = (await t.store.instruments.items(later.instrument.id!)).find((i) => i.key === 'coach_visits')!;
    expect(item.first_cycle_id).toBe((await t.store.cycles.byLabel(pid, '2010-11'))!.id);

    const redcap = await importInstrumentResponses(t.ctx, {
      partnershipId: pid,
      instrument: 'Coaching survey',
      format: 'redcap',
      file: 'export.csv',
      bytes: 'record_id,plan,years,survey_complete\nT01,3,12,2\nC01,5,20,2\n',
      dictionary: { file: 'dictionary.csv', bytes: REDCAP_DICTIONARY },
      cycle: '2009-10',
    });
    expect(redcap.written).toBe(false);
    expect(redcap.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'plan', "column plan: 5 is not a value of the item's scale (1 Never, 2 Monthly, 3 Weekly, 4 Daily)"],
    ]);
    expect(
      await importInstrumentResponses(t.ctx, {
        partnershipId: pid,
        instrument: 'Coaching survey',
        format: 'redcap',
        file: 'export.csv',
        bytes: 'record_id,plan,years\nT01,3,12\n',
        cycle: '2009-10',
      }),
    ).toMatchObject({
      written: false,
      problems: [{ message: "a REDCap export is read with its data dictionary: name the dictionary's CSV with --dictionary FILE" }],
    });
  });

  it("types a new instrument's items by most of their answers, and names the answers that do not fit", async () => {
    const refused = await csvImport('participant_id,years,comment\nT01,12,fine\nT02,x,ok\nC01,20,3\n');
    expect(refused.written).toBe(false);
    expect(refused.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'years', 'column years: "x" is not a number'],
    ]);
    expect(await t.store.instruments.byName(pid, 'teacher survey')).toBeUndefined();
  });

  it('refuses an unknown cycle, and reads a file in Windows-1252', async () => {
    await expect(csvImport(SURVEY, { cycle: '1999-00' })).rejects.toThrow('cycle "1999-00" does not exist');
    const latin = Buffer.from('participant_id,comment\nT01,très bien\n', 'latin1');
    const read = await csvImport(latin as unknown as string, { instrument: 'Comments' });
    expect(read.written).toBe(true);
    const instrument = (await t.store.instruments.byName(pid, 'comments'))!;
    const cycle = (await t.store.cycles.byLabel(pid, '2009-10'))!;
    expect(JSON.parse((await t.store.instruments.responses(instrument.id, cycle.id))[0]!.answers)).toEqual({ comment: 'très bien' });
  });

  it('matches respondents through a mapping table of e-mails, keeps the participant and not the e-mail, and names every bad mapping line', async () => {
    const survey = 'email,years\nRivera@Maple.example ,12\nosei@maple.example,4\nC01,20\nnobody@maple.example,3\n';
    const mapping = 'email,participant_id\nrivera@maple.example,T01\nosei@maple.example,T02\n';
    const unmatched = await csvImport(survey, { idColumn: 'email', mapping: { file: 'emails.csv', bytes: mapping } });
    expect(unmatched.written).toBe(false);
    expect(unmatched.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.message])).toEqual([
      [5, 'nobody@maple.example is not a participant of the roster (nor mapped to one)'],
    ]);
    const badMapping = await csvImport(survey, {
      idColumn: 'email',
      mapping: { file: 'emails.csv', bytes: `${mapping}rivera@maple.example,T03\nlund@oak.example,T77\nblank@x.example,\n` },
    });
    expect(badMapping.problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      ['emails.csv', 4, 'email', 'rivera@maple.example is mapped to T01 on line 2 and to T03 here'],
      ['emails.csv', 5, 'participant_id', 'T77 is not a participant of the roster'],
      ['emails.csv', 6, 'participant_id', 'blank@x.example is mapped to no participant'],
    ]);
    expect((await partnershipStats(t.ctx, pid)).measures.responses).toBe(0);
    const wrongColumns = await csvImport(survey, { idColumn: 'email', mapping: { file: 'emails.csv', bytes: 'email,staff_id,participant_id\na,b,T01\n' } });
    expect(wrongColumns.problems[0]!.message).toMatch(/a mapping table has two columns: participant_id and the identifier/);

    const stored = await csvImport(survey.replace('nobody@maple.example,3\n', ''), { idColumn: 'email', mapping: { file: 'emails.csv', bytes: mapping } });
    expect(stored).toMatchObject({ written: true, responses: { added: 3 } });
    const responses = await t.store.db.selectFrom('instrument_response').select(['respondent']).execute();
    expect(responses.map((r) => r.respondent).sort()).toEqual(['C01', 'T01', 'T02']);
  });
});
