import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { WarrantError } from '../src/domain/errors.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { addInterview, uploadTranscript } from '../src/services/transcripts.js';
import type { InterviewRow } from '../src/storage/repositories/interview.repository.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

const NUMBERED = 'Speaker 1: How often does the coach visit?\nSpeaker 2: Twice a month, we co-plan.\nSpeaker 1: And the principal?\n';
const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(DIALECTS)('adding one transcript file to an interview (%s)', (dialect) => {
  let t: TestDatabase;
  let interview: InterviewRow;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
    const pid = (await resolvePartnership(t.ctx)).id;
    interview = (await t.store.interviews.listAll(pid))[0]!;
  });
  afterAll(() => t?.close());

  it('refuses "Speaker 1"/"Speaker 2" with each label, its turns and first words, storing nothing', async () => {
    const before = await t.store.transcripts.current(interview.id);
    const refusal = await uploadTranscript(t.ctx, interview.id, { file: 'otter.txt', bytes: bytes(NUMBERED) }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(WarrantError);
    expect((refusal as WarrantError).details).toEqual({
      field: 'speakers',
      speakers: [
        { speaker: 'Speaker 1', turns: 2, firstWords: 'How often does the coach visit?' },
        { speaker: 'Speaker 2', turns: 1, firstWords: 'Twice a month, we co-plan.' },
      ],
    });
    expect((await t.store.transcripts.current(interview.id))!.id).toBe(before!.id);
  });

  it('stores it as the next version with the roles given, remembers them for the file, and uses them for its corrected version', async () => {
    const before = (await t.store.transcripts.current(interview.id))!;
    const speakers = { 'Speaker 1': 'interviewer', 'Speaker 2': 'participant' } as const;
    const added = await uploadTranscript(t.ctx, interview.id, { file: 'otter.txt', bytes: bytes(NUMBERED), speakers });
    expect(added).toMatchObject({ stored: true, interviewer: { labels: ['Speaker 1'], by: 'mapping' } });
    expect(added.transcript.version).toBe(before.version + 1);
    expect((await t.store.transcripts.byId(before.id))!.superseded_at).not.toBeNull();
    const roles = (await t.store.transcripts.turns(added.transcript.id)).map((u) => u.speaker_role);
    expect(roles).toEqual(['interviewer', 'participant', 'interviewer']);
    expect(await t.store.transcripts.speakerMapping(interview.id, 'otter.txt')).toEqual(speakers);

    const same = await uploadTranscript(t.ctx, interview.id, { file: 'otter.txt', bytes: bytes(NUMBERED) });
    expect(same.stored).toBe(false);
    const corrected = await uploadTranscript(t.ctx, interview.id, { file: 'otter.txt', bytes: bytes(NUMBERED.replace('Twice', 'Three times')) });
    expect(corrected).toMatchObject({ stored: true, interviewer: { by: 'mapping' } });
    expect(corrected.transcript.version).toBe(before.version + 2);
    // Another file of the same interview has its own labels: asked again.
    await expect(uploadTranscript(t.ctx, interview.id, { file: 'rev.txt', bytes: bytes(NUMBERED) })).rejects.toThrow(/rev\.txt: the speaker labels do not say/);
    // A mapping that names a label the file lacks is refused, naming it.
    await expect(
      uploadTranscript(t.ctx, interview.id, { file: 'otter.txt', bytes: bytes(NUMBERED), speakers: { ...speakers, 'Speaker 3': 'other' } }),
    ).rejects.toThrow(/the transcript has no speaker "Speaker 3"/);

    const trail = await t.store.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'speakers.map').execute();
    expect(trail).toEqual([{ action: 'speakers.map', entity_id: interview.id }]);
  });
});

describe('POST /api/interviews/{id}/transcript', () => {
  let t: TestDatabase;
  let api: Api;
  let interview: InterviewRow;
  let analyst: ApiClient;
  let observer: ApiClient;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    interview = (await t.store.interviews.listAll((await resolvePartnership(t.ctx)).id))[0]!;
    api = createApi({ store: t.store, demoMode: true });
    analyst = await signedIn(api, 'analyst@demo.warrant.test', 'demo-analyst-password');
    observer = await signedIn(api, 'observer@demo.warrant.test', 'demo-observer-password');
  });
  afterAll(() => t?.close());

  it('asks for the speakers in details.speakers, then takes them as a field, and lets no observer upload', async () => {
    const url = `/api/interviews/${interview.id}/transcript?fileName=otter.txt`;
    const asked = await analyst.send('POST', url, bytes(NUMBERED));
    expect(asked.status).toBe(400);
    expect(asked.body.error.details.speakers.map((s: { speaker: string }) => s.speaker)).toEqual(['Speaker 1', 'Speaker 2']);
    expect(asked.body.error.message).toMatch(/^otter\.txt: the speaker labels do not say which is the interviewer and which the participant/);

    const speakers = encodeURIComponent(JSON.stringify({ 'Speaker 1': 'interviewer', 'Speaker 2': 'participant' }));
    expect((await observer.send('POST', `${url}&speakers=${speakers}`, bytes(NUMBERED))).status).toBe(403);
    const stored = await analyst.send('POST', `${url}&speakers=${speakers}`, bytes(NUMBERED));
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ stored: true, interviewer: { labels: ['Speaker 1'], by: 'mapping' } });
    const read = await analyst.get(`/api/interviews/${interview.id}/transcript`);
    expect(read.body.turns.map((u: { speakerRole: string }) => u.speakerRole)).toEqual(['interviewer', 'participant', 'interviewer']);

    const bad = await analyst.send('POST', `${url}&speakers=${encodeURIComponent('{"Speaker 1": 3}')}`, bytes(NUMBERED));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^speakers must name each speaker label with its role/);
  });
});

describe.each(DIALECTS)('adding an interview with its transcript, without a bundle (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  const LABELLED = 'Interviewer: How often does the coach visit?\nMs. Alvarez: Twice a month, we co-plan.\n';
  const spec = () => ({ partnershipId: pid, participant: 'LPS-T01', cycle: '2010-11', date: '2011-03-02', interviewer: 'Ana Morales' });

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
  });
  afterAll(() => t?.close());

  it("stores the interview with the participant's role group and school, and its transcript, numbering the code when taken", async () => {
    const participant = (await t.store.participants.byCode(pid, 'LPS-T01'))!;
    const before = await t.store.audit.count();
    const added = await addInterview(t.ctx, spec(), { file: 'follow-up.txt', bytes: bytes(LABELLED) });
    // The demo interviewed LPS-T01 in 2010-11 already: the code is numbered.
    expect(added.interview).toMatchObject({
      code: 'LPS-T01-1011-2',
      date: '2011-03-02',
      interviewer: 'Ana Morales',
      role: participant.role,
      organization_id: participant.organization_id,
      version: 1,
    });
    expect(added.transcript).toMatchObject({ version: 1, turn_count: 2 });
    expect((await t.store.transcripts.turns(added.transcript.id)).map((u) => u.speaker_role)).toEqual(['interviewer', 'participant']);
    const actions = (await t.store.db.selectFrom('audit_log').select('action').where('seq', '>', before).orderBy('seq').execute()).map((r) => r.action);
    expect(actions).toEqual(['interview.create', 'transcript.import']);
  });

  it('stores nothing when the transcript, the date or the participant is refused', async () => {
    const count = async () => (await t.store.interviews.listAll(pid)).length;
    const before = await count();
    await expect(addInterview(t.ctx, spec(), { file: 'numbered.txt', bytes: bytes(NUMBERED) })).rejects.toThrow(/numbered\.txt: the speaker labels do not say/);
    await expect(addInterview(t.ctx, { ...spec(), date: '2011-09-02' }, { file: 'a.txt', bytes: bytes(LABELLED) })).rejects.toThrow(
      /^2011-09-02 is outside the 2010-11 school year \(July to June\)$/,
    );
    await expect(addInterview(t.ctx, { ...spec(), participant: 'LPS-X99' }, { file: 'a.txt', bytes: bytes(LABELLED) })).rejects.toThrow(
      /^participant "LPS-X99" does not exist$/,
    );
    await expect(addInterview(t.ctx, { ...spec(), code: 'LPS-T01-1011' }, { file: 'a.txt', bytes: bytes(LABELLED) })).rejects.toThrow(
      /^an interview with the code LPS-T01-1011 exists already$/,
    );
    expect(await count()).toBe(before);
  });
});
