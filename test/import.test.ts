import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toDocx } from '../src/demo/transcript-files.js';
import { sliceCodePoints } from '../src/domain/text.js';
import { transcriptText } from '../src/domain/transcript.js';
import { checkPartnership } from '../src/services/check.js';
import { createExcerpt } from '../src/services/excerpts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { history } from '../src/services/history.js';
import { createIsf, writeEntry } from '../src/services/isfs.js';
import { searchTranscripts } from '../src/services/search.js';
import { partnershipStats } from '../src/services/stats.js';
import { T01, VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { F4_TXT, OTTER_TXT, REV_TXT_UNNAMED } from './support/service-transcripts.js';

describe.each(DIALECTS)('importing a partnership bundle (%s)', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
  });
  afterEach(() => t.close());

  const textOf = async (transcriptId: string) => transcriptText(await t.store.transcripts.turns(transcriptId));

  it('stores a real-looking bundle with the right counts, in all its formats', async () => {
    const dir = writeBundleFiles(VALID_BUNDLE);
    const report = await importBundle(t.ctx, dir, { partnership: 'Northfield RPP' });
    expect(report.imported).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.participants.added).toBe(6);
    expect(report.interviews.added).toBe(7);
    const stats = await partnershipStats(t.ctx, report.partnership!.id);
    expect(stats).toMatchObject({
      districts: 1,
      schools: 2,
      units: 1,
      participants: { total: 6, byRole: { teacher: 3, coach: 1, school_leader: 1, district_leader: 1 } },
      interviews: { total: 7, byCycle: { '2009-10': 6, '2010-11': 1 } },
      transcripts: 7,
      // t01 4 turns; t02's two cues by Mr. Osei are one turn; the others 2 each.
      turns: 16,
    });

    const p01 = await t.store.interviews.byCode(report.partnership!.id, 'P01-0910');
    const transcript = (await t.store.transcripts.current(p01!.id))!;
    expect(transcript.word_count).toBe(7 + 11);
    const turns = await t.store.transcripts.turns(transcript.id);
    expect(turns.map((u) => [u.speaker, u.speaker_role])).toEqual([
      ['Interviewer', 'interviewer'],
      ['Principal Gray', 'participant'],
    ]);

    const t02 = await t.store.interviews.byCode(report.partnership!.id, 'T02-0910');
    const vtt = await t.store.transcripts.turns((await t.store.transcripts.current(t02!.id))!.id);
    expect(vtt[0]).toMatchObject({ speaker: 'Ana Morales', speaker_role: 'interviewer', start_ms: 1000 });
    expect(vtt[1]).toMatchObject({
      speaker: 'Mr. Osei',
      text: 'Coach Patel co-taught the ratio unit with me, and we planned every launch together.',
      start_ms: 4500,
      end_ms: 12000,
    });

    const d01 = (await t.store.participants.byCode(report.partnership!.id, 'D01'))!;
    const unit = await t.store.organizations.byId(d01.unit_id!);
    expect(unit).toMatchObject({ kind: 'unit', name: 'Curriculum & Instruction' });
  });

  it('finds planted phrases in the right interviews, with offsets into the transcript', async () => {
    const report = await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE));
    const pid = report.partnership!.id;
    const giraffe = await searchTranscripts(t.ctx, pid, '"purple giraffe"');
    expect(giraffe.hits).toHaveLength(1);
    const hit = giraffe.hits[0]!;
    expect(hit).toMatchObject({
      interviewCode: 'T01-0910',
      role: 'teacher',
      pseudonym: 'Ms. Rivera',
      school: 'Maple Middle School',
      cycle: '2009-10',
      turn: 3,
    });
    const text = await textOf(hit.transcriptId);
    expect(hit.matches.map((m) => sliceCodePoints(text, m.start, m.end).toLowerCase())).toEqual(['purple giraffe']);

    expect((await searchTranscripts(t.ctx, pid, 'tangerine')).hits.map((h) => h.interviewCode)).toEqual(['T03-0910']);
    expect((await searchTranscripts(t.ctx, pid, 'tangerine', { school: 'Maple Middle School' })).hits).toEqual([]);
    expect((await searchTranscripts(t.ctx, pid, 'pacing', { role: 'coach' })).hits.map((h) => h.interviewCode)).toEqual(['C01-0910']);
    // Stemming: "visits" finds "visit"; the phrase must be contiguous.
    expect((await searchTranscripts(t.ctx, pid, 'visit')).hits.map((h) => h.interviewCode)).toEqual(['P01-0910']);
    expect((await searchTranscripts(t.ctx, pid, '"giraffe purple"')).hits).toEqual([]);
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const dir = writeBundleFiles(VALID_BUNDLE);
    const first = await importBundle(t.ctx, dir);
    const audit = await t.store.audit.count();
    const transcripts = await t.store.transcripts.currentByInterview(first.partnership!.id);
    const again = await importBundle(t.ctx, dir);
    expect(again.imported).toBe(true);
    expect(again.participants).toEqual({ added: 0, updated: 0, unchanged: 6 });
    expect(again.interviews).toEqual({ added: 0, updated: 0, unchanged: 7 });
    expect(again.transcripts).toEqual({ added: 0, newVersions: 0, unchanged: 7 });
    expect(await t.store.audit.count()).toBe(audit);
    expect([...(await t.store.transcripts.currentByInterview(first.partnership!.id)).values()].map((r) => r.id).sort()).toEqual(
      [...transcripts.values()].map((r) => r.id).sort(),
    );
  });

  it('keeps a corrected transcript as a new version; citations keep the words they cited and are flagged for review', async () => {
    const dir = writeBundleFiles(VALID_BUNDLE);
    const report = await importBundle(t.ctx, dir);
    const pid = report.partnership!.id;
    const excerpt = await createExcerpt(t.ctx, { partnershipId: pid, interview: 'T01-0910', quote: 'the purple giraffe lesson' });
    const isf = await createIsf(t.ctx, pid, 'T01-0910');
    await writeEntry(t.ctx, { isfId: isf.isf.id, field: 'work_with_school_leaders', text: 'Observed twice; no feedback.', cite: [{ excerptId: excerpt.id }] });
    expect(await checkPartnership(t.ctx, pid)).toEqual([]);

    writeFileSync(join(dir, 't01.txt'), T01.replace('purple giraffe', 'fractions'));
    const again = await importBundle(t.ctx, dir);
    expect(again.transcripts).toEqual({ added: 0, newVersions: 1, unchanged: 6 });

    const interview = (await t.store.interviews.byCode(pid, 'T01-0910'))!;
    const versions = await t.store.transcripts.versions(interview.id);
    expect(versions.map((v) => [v.version, v.superseded_at === null])).toEqual([
      [1, false],
      [2, true],
    ]);
    const [cited] = await t.store.excerpts.inContext([excerpt.id]);
    expect(cited).toMatchObject({ quote: 'the purple giraffe lesson', transcript_version: 1 });
    expect(sliceCodePoints(await textOf(cited!.transcript_id), cited!.start_offset, cited!.end_offset)).toBe('the purple giraffe lesson');
    const issues = await checkPartnership(t.ctx, pid);
    expect(issues.map((i) => [i.kind, i.severity])).toEqual([['isfEntry', 'review']]);
    expect((await searchTranscripts(t.ctx, pid, 'giraffe')).hits).toEqual([]);
    expect((await searchTranscripts(t.ctx, pid, 'fractions')).hits).toHaveLength(1);
  });

  it('refuses a bad bundle, naming every problem with its file and line, and writes nothing', async () => {
    const brokenVtt = 'WEBVTT\n\n00:00:05.000 --> 00:00:02.000\n<v Interviewer>Backwards.\n';
    const dir = writeBundleFiles({
      'roster.csv': [
        'participant_id,pseudonym,role,organization,district,unit',
        'T01,Ms. Rivera,teacher,Maple Middle School,Northfield District,',
        'T01,Ms. Again,teacher,Maple Middle School,Northfield District,',
        'X01,Mr. Who,janitor,Maple Middle School,Northfield District,',
      ].join('\n'),
      'interviews.csv': [
        'interview_id,participant_id,cycle,date,interviewer,protocol,file',
        'I1,T01,2009-10,2010-01-12,Ana Morales,teacher,t01.txt',
        'I1,T01,2009-10,2010-01-12,Ana Morales,teacher,t01b.txt',
        'I2,T99,2009-10,2010-01-12,Ana Morales,teacher,t01c.txt',
        'I3,T01,2009-11,2010-02-30,Ana Morales,teacher,missing.txt',
        'I4,T01,2009-10,2010-01-12,Ana Morales,teacher,broken.docx',
        'I5,T01,2009-10,2010-01-12,Ana Morales,teacher,broken.vtt',
        'I6,T01,2009-10,2010-01-12,Ana Morales,teacher,empty.txt',
        'I7,T01,2009-10,2010-01-12,Ana Morales,teacher,../outside.txt',
      ].join('\n'),
      't01.txt': T01,
      't01b.txt': T01,
      't01c.txt': T01,
      'broken.docx': 'this is not a zip archive',
      'broken.vtt': brokenVtt,
      'empty.txt': '\n\n',
    });
    const report = await importBundle(t.ctx, dir);
    expect(report.imported).toBe(false);
    const seen = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line ?? '-'}:${p.field ?? ''}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'roster.csv:3:participant_id', // duplicate participant
        'roster.csv:4:role', // not a role group
        'interviews.csv:3:interview_id', // duplicate interview
        'interviews.csv:4:participant_id', // unknown participant
        'interviews.csv:5:cycle',
        'interviews.csv:5:date',
        'interviews.csv:5:file', // missing file
        'broken.docx:-:', // unreadable docx
        'broken.vtt:3:', // bad cue timing
        'empty.txt:-:', // empty transcript
        'interviews.csv:9:file', // outside the bundle
      ]),
    );
    for (const p of report.problems) expect(p.message.length).toBeGreaterThan(5);
    expect(await t.store.partnerships.list()).toEqual([]);
    expect(await t.store.audit.count()).toBe(0);
  });

  it('imports the valid interviews with --skip-invalid and lists the rest', async () => {
    const dir = writeBundleFiles({ ...VALID_BUNDLE, 't03.txt': '', 'c01.srt': '1\n00:00:09,000 --> 00:00:01,000\nCoach Patel: Backwards.\n' });
    const report = await importBundle(t.ctx, dir, { skipInvalid: true });
    expect(report.imported).toBe(true);
    expect(report.skipped.interviews.sort()).toEqual(['C01-0910', 'T03-0910']);
    expect(report.interviews.added).toBe(5);
    const stats = await partnershipStats(t.ctx, report.partnership!.id);
    expect(stats.interviews.total).toBe(5);
  });

  it('reads DOCX with the speaker in its own bold run, and decodes a windows-1252 transcript correctly, saying so', async () => {
    const docx = await toDocx(
      [
        { speaker: 'Interviewer', text: 'How do you plan?', startMs: 0, endMs: 1000 },
        { speaker: 'Ms. Rivera', text: 'With the café crew, every Friday.', startMs: 1000, endMs: 3000 },
      ],
      'T01',
    );
    const cp1252 = Buffer.from('Interviewer: And the coach?\nMs. Rivera: She said \x93try it\x94 \x96 and the caf\xe9 crew agreed.\n', 'latin1');
    const dir = writeBundleFiles({
      ...VALID_BUNDLE,
      'interviews.csv': VALID_BUNDLE['interviews.csv']!.replace('t01.txt', 't01.docx').replace('t03.txt', 't03-1252.txt'),
      't01.docx': docx,
      't03-1252.txt': cp1252,
    });
    const report = await importBundle(t.ctx, dir);
    expect(report.imported).toBe(true);
    expect(report.problems).toEqual([expect.objectContaining({ severity: 'warning', file: 't03-1252.txt', message: expect.stringMatching(/windows-1252/) })]);
    const pid = report.partnership!.id;
    const t03 = (await t.store.interviews.byCode(pid, 'T03-0910'))!;
    const turns = await t.store.transcripts.turns((await t.store.transcripts.current(t03.id))!.id);
    expect(turns[1]!.text).toBe('She said “try it” – and the café crew agreed.');
    const t01 = (await t.store.interviews.byCode(pid, 'T01-0910'))!;
    const docxTurns = await t.store.transcripts.turns((await t.store.transcripts.current(t01.id))!.id);
    expect(docxTurns.map((u) => [u.speaker, u.text])).toEqual([
      ['Interviewer', 'How do you plan?'],
      ['Ms. Rivera', 'With the café crew, every Friday.'],
    ]);
    expect((await searchTranscripts(t.ctx, pid, 'cafe')).hits.map((h) => h.interviewCode).sort()).toEqual(['T01-0910', 'T03-0910']);
  });
});

describe.each(DIALECTS)('a roster that changes between imports (%s)', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
  });
  afterEach(() => t.close());

  it('moves a participant to another school without moving the interviews they gave before', async () => {
    const dir = writeBundleFiles(VALID_BUNDLE);
    const pid = (await importBundle(t.ctx, dir)).partnership!.id;
    const before = (await t.store.interviews.byCode(pid, 'T01-0910'))!;
    writeFileSync(
      join(dir, 'roster.csv'),
      VALID_BUNDLE['roster.csv']!.replace('T01,Ms. Rivera,teacher,Maple Middle School', 'T01,Ms. Rivera,teacher,Oak Middle School'),
    );
    const again = await importBundle(t.ctx, dir);
    expect(again.participants).toEqual({ added: 0, updated: 1, unchanged: 5 });
    expect(again.interviews.updated).toBe(0);
    const after = (await t.store.interviews.byCode(pid, 'T01-0910'))!;
    expect(after.organization_id).toBe(before.organization_id);
    const participant = (await t.store.participants.byCode(pid, 'T01'))!;
    expect((await t.store.organizations.byId(participant.organization_id))!.name).toBe('Oak Middle School');
    expect((await history(t.ctx, participant.id)).at(-1)).toMatchObject({ action: 'participant.update', version: 2 });
  });
});

describe('bundle files that are not what they seem', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
  });
  afterEach(() => t.close());

  it('skips one malformed row with --skip-invalid, naming the line where the row starts', async () => {
    const rows = VALID_BUNDLE['interviews.csv']!.split('\n');
    rows[2] = `${rows[2]},surplus`; // T02-0910, on line 3
    rows.push('"T99-0910",T01,2009-10,2010-01-12,"Ana\nMorales",teacher,t99.txt,surplus'); // starts on line 9
    const dir = writeBundleFiles({ ...VALID_BUNDLE, 'interviews.csv': rows.join('\n') });
    const refused = await importBundle(t.ctx, dir);
    expect(refused.imported).toBe(false);
    const report = await importBundle(t.ctx, dir, { skipInvalid: true });
    expect(report.imported).toBe(true);
    expect(report.skipped.interviews.sort()).toEqual(['T02-0910', 'T99-0910']);
    expect(report.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'has 8 fields, the header has 7'],
      [9, 'has 8 fields, the header has 7'],
    ]);
    expect(report.interviews.added).toBe(6);
  });

  it('refuses a roster that is a link out of the bundle, or not a regular file, without reading it', async () => {
    const dir = writeBundleFiles(VALID_BUNDLE);
    rmSync(join(dir, 'roster.csv'));
    symlinkSync('/dev/zero', join(dir, 'roster.csv'));
    const report = await importBundle(t.ctx, dir);
    expect(report.imported).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ file: 'roster.csv', message: 'is a link to a file outside the bundle folder' }));
    expect(await t.store.partnerships.list()).toEqual([]);
  });
});

describe.each(DIALECTS)('transcripts as transcription services export them (%s)', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
  });
  afterEach(() => t.close());

  const docxOfLines = async (lines: string[]) =>
    new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })));

  /** A bundle whose interviews.csv is semicolon-separated, as Excel writes it in many locales. */
  const servicesBundle = async () => ({
    'roster.csv': VALID_BUNDLE['roster.csv']!,
    'interviews.csv': [
      'interview_id;participant_id;cycle;date;interviewer;protocol;file',
      'T01-0910;T01;2009-10;2010-01-12;Jane Smith;teacher;otter.txt',
      'T02-0910;T02;2009-10;2010-01-12;Ana Morales;teacher;rev.docx',
      'C01-0910;C01;2009-10;2010-01-13;Anna Weber;coach;f4.txt',
      'P01-0910;P01;2009-10;2010-01-13;Ben Okafor;principal;plain.txt',
    ].join('\r\n'),
    'otter.txt': OTTER_TXT,
    'rev.docx': await docxOfLines(REV_TXT_UNNAMED.split('\n')),
    'f4.txt': F4_TXT,
    'plain.txt': 'We walk the building every morning.\n\nThen I meet the coach.\n',
    'speakers.csv': 'file,speaker,role\nrev.docx,Speaker 1,interviewer\nrev.docx,Speaker 2,participant\n',
  });

  const turnsOf = async (pid: string, code: string) => {
    const interview = (await t.store.interviews.byCode(pid, code))!;
    return t.store.transcripts.turns((await t.store.transcripts.current(interview.id))!.id);
  };

  it('asks whose "Speaker 1" and "Speaker 2" are, takes them from speakers.csv, and remembers them for a corrected file', async () => {
    const files = { ...(await servicesBundle()), 'plain.txt': 'P: We walk the building every morning.\n' };
    const { 'speakers.csv': speakers, ...withoutSpeakers } = files;
    const refused = await importBundle(t.ctx, writeBundleFiles(withoutSpeakers));
    expect(refused.imported).toBe(false);
    expect(refused.problems).toEqual([
      {
        severity: 'error',
        file: 'rev.docx',
        message:
          'the speaker labels do not say which is the interviewer and which the participant: "Speaker 1" (1 turn: "So tell me about the coaching."), ' +
          '"Speaker 2" (1 turn: "It started in October."); say whose each label is in speakers.csv, one line "file,speaker,role" for each label (role: interviewer, participant, other)',
      },
    ]);

    const wrong = await importBundle(t.ctx, writeBundleFiles({ ...files, 'speakers.csv': `${speakers}rev.docx,Speaker 3,coach\n` }));
    expect(wrong.imported).toBe(false);
    expect(wrong.problems).toContainEqual({
      severity: 'error',
      file: 'speakers.csv',
      line: 4,
      field: 'role',
      message: '"coach" is not one of interviewer, participant, other',
    });

    const report = await importBundle(t.ctx, writeBundleFiles(files));
    expect(report.imported).toBe(true);
    const pid = report.partnership!.id;
    const interview = (await t.store.interviews.byCode(pid, 'T02-0910'))!;
    expect(await t.store.transcripts.speakerMapping(interview.id, 'rev.docx')).toEqual({ 'Speaker 1': 'interviewer', 'Speaker 2': 'participant' });

    // A corrected rev.docx, imported without speakers.csv: the mapping said before is used, not asked for again.
    const corrected = await docxOfLines(REV_TXT_UNNAMED.replace('October', 'November').split('\n'));
    const again = await importBundle(t.ctx, writeBundleFiles({ ...withoutSpeakers, 'rev.docx': corrected }));
    expect(again.problems).toEqual([]);
    expect(again.transcripts.newVersions).toBe(1);
    expect(again.interviewers).toContainEqual({ interview: 'T02-0910', file: 'rev.docx', labels: ['Speaker 1'], by: 'mapping' });
    expect((await turnsOf(pid, 'T02-0910')).map((u) => [u.speaker, u.speaker_role, u.text])).toEqual([
      ['Speaker 1', 'interviewer', 'So tell me about the coaching.'],
      ['Speaker 2', 'participant', 'It started in November.'],
    ]);
    const rows = await t.store.db.selectFrom('speaker_mapping').select(['interview_id', 'speaker', 'role']).orderBy('speaker').execute();
    expect(rows).toEqual([
      { interview_id: interview.id, speaker: 'Speaker 1', role: 'interviewer' },
      { interview_id: interview.id, speaker: 'Speaker 2', role: 'participant' },
    ]);

    // A database from before speakers were asked for holds no mapping: the same file, imported again,
    // keeps the roles its current transcript was stored with, and nothing changes.
    await t.store.db.deleteFrom('speaker_mapping').execute();
    const same = await importBundle(t.ctx, writeBundleFiles({ ...withoutSpeakers, 'rev.docx': corrected }));
    expect(same.problems).toEqual([]);
    expect(same.transcripts).toEqual({ added: 0, newVersions: 0, unchanged: 4 });
  });

  it('refuses a transcript without speaker labels, naming its line, unless asked to read it as one speaker', async () => {
    const dir = writeBundleFiles(await servicesBundle());
    const refused = await importBundle(t.ctx, dir);
    expect(refused.imported).toBe(false);
    expect(refused.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'plain.txt', line: 1, message: expect.stringContaining('no speaker label before this text') }),
    );

    const report = await importBundle(t.ctx, dir, { unlabelledSpeaker: 'Unlabelled' });
    expect(report.imported).toBe(true);
    expect(report.problems).toEqual([
      {
        severity: 'warning',
        file: 'plain.txt',
        line: 1,
        message: 'no speaker label before this text; it was imported as spoken by "Unlabelled", to be labelled later',
      },
    ]);
    expect(report.interviewers).toEqual([
      { interview: 'T01-0910', file: 'otter.txt', labels: ['Jane Smith'], by: 'label' },
      { interview: 'T02-0910', file: 'rev.docx', labels: ['Speaker 1'], by: 'mapping' },
      { interview: 'C01-0910', file: 'f4.txt', labels: ['I'], by: 'label' },
      { interview: 'P01-0910', file: 'plain.txt', labels: [], by: 'none' },
    ]);
    const pid = report.partnership!.id;

    const otter = await turnsOf(pid, 'T01-0910');
    expect(otter.map((u) => [u.speaker, u.speaker_role, u.start_ms, u.end_ms])).toEqual([
      ['Jane Smith', 'interviewer', 5_000, null],
      ['Speaker 2', 'participant', 12_000, null],
      ['Jane Smith', 'interviewer', 3_723_000, null],
      ['Speaker 2', 'participant', 3_730_000, null],
    ]);
    expect(otter.at(-1)!.text).toBe('We planned together.\nEvery Friday, in the café.');

    const rev = await turnsOf(pid, 'T02-0910');
    expect(rev.map((u) => [u.speaker, u.speaker_role, u.text, u.start_ms])).toEqual([
      ['Speaker 1', 'interviewer', 'So tell me about the coaching.', 5_000],
      ['Speaker 2', 'participant', 'It started in October.', 12_000],
    ]);

    const f4 = await turnsOf(pid, 'C01-0910');
    expect(f4.map((u) => [u.speaker, u.speaker_role, u.start_ms, u.end_ms])).toEqual([
      ['I', 'interviewer', null, 5_300],
      ['B', 'participant', 5_300, 12_800],
      ['I', 'interviewer', 12_800, 14_000],
      ['B', 'participant', 14_000, 20_500],
    ]);
    // Offsets point at the words, and the time marks are not among them, nor found by search.
    const text = transcriptText(f4);
    for (const u of f4) expect(sliceCodePoints(text, u.text_offset, u.end_offset)).toBe(u.text);
    expect(text).not.toContain('#');
    expect((await searchTranscripts(t.ctx, pid, 'Oktober')).hits.map((h) => h.interviewCode)).toEqual(['C01-0910']);

    expect((await turnsOf(pid, 'P01-0910')).map((u) => [u.speaker, u.speaker_role, u.text])).toEqual([
      ['Unlabelled', 'participant', 'We walk the building every morning.\nThen I meet the coach.'],
    ]);
  });

  it('refuses an unusable speaker for unlabelled text before reading anything', async () => {
    const dir = writeBundleFiles(await servicesBundle());
    await expect(importBundle(t.ctx, dir, { unlabelledSpeaker: ' ' })).rejects.toThrow(/speaker to read unlabelled text as is empty/);
    expect(await t.store.partnerships.list()).toEqual([]);
  });
});
