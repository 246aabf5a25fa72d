import type { Insertable } from 'kysely';
import { hashQuote } from '../domain/excerpt.js';
import { Random } from '../domain/random.js';
import { storeAccount } from '../services/accounts.js';
import type { ServiceContext } from '../services/context.js';
import type { CodingTable, ExcerptTable } from '../storage/schema.js';

/** What `seedCoding` made: the codebook, the two coders, and the interviews both of them coded. */
export interface CodingCorpus {
  codeIds: string[];
  coders: [string, string];
  doubleCoded: string[];
  codings: number;
}

export interface CodingCorpusOptions {
  codes: number;
  codings: number;
  /** Interviews coded by both coders; the rest of the codings are the first coder's alone. */
  doubleCoded: number;
}

const ROW_BATCH = 500;

/**
 * A codebook and codings on an imported benchmark corpus, written straight into storage (the
 * services would audit each of 20,000 codings one by one, which is not what is measured): codes in
 * ten groups of children, each coding a whole turn of a participant as an excerpt of its own, the
 * double-coded interviews coded by both coders with about four agreements in five.
 */
export async function seedCoding(ctx: ServiceContext, partnershipId: string, options: CodingCorpusOptions): Promise<CodingCorpus> {
  const random = new Random(13);
  const pick = <T>(items: readonly T[]): T => random.pick(items);
  const at = ctx.clock().toISOString();
  const version = { version: 1, created_by: 'bench', created_at: at, updated_by: 'bench', updated_at: at };
  const live = { retired_at: null, retired_by: null, retired_reason: null };
  const coders = (await Promise.all(
    ['first', 'second'].map(async (n) => (await storeAccount(ctx, { email: `${n}.coder@bench.example`, displayName: `${n} coder` }, 'x')).id),
  )) as [string, string];

  const codeIds: string[] = [];
  const groups = Math.max(1, Math.round(options.codes / 10));
  for (let i = 0; i < options.codes; i++) {
    const id = ctx.ids.next('code');
    const parent = i < groups ? null : codeIds[i % groups]!;
    await ctx.store.codes.insert({
      id,
      partnership_id: partnershipId,
      parent_id: parent,
      name: `code ${String(i + 1).padStart(2, '0')}`,
      definition: `What code ${i + 1} stands for.`,
      inclusion: '',
      exclusion: '',
      example: '',
      colour: `#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(-6)}`,
      position: i,
      merged_into_id: null,
      split_from_id: null,
      ...version,
      ...live,
    });
    codeIds.push(id);
  }

  const interviews = await ctx.store.db.selectFrom('interview').select('id').where('partnership_id', '=', partnershipId).orderBy('id').execute();
  const doubleCoded = interviews.slice(0, options.doubleCoded).map((i) => i.id);
  const perInterview = Math.ceil(options.codings / (interviews.length + doubleCoded.length));
  let written = 0;
  const excerpts: Insertable<ExcerptTable>[] = [];
  const codings: Insertable<CodingTable>[] = [];
  const flush = async () => {
    for (let i = 0; i < excerpts.length; i += ROW_BATCH)
      await ctx.store.db
        .insertInto('excerpt')
        .values(excerpts.slice(i, i + ROW_BATCH))
        .execute();
    for (let i = 0; i < codings.length; i += ROW_BATCH)
      await ctx.store.db
        .insertInto('coding')
        .values(codings.slice(i, i + ROW_BATCH))
        .execute();
    excerpts.length = 0;
    codings.length = 0;
  };
  for (const [n, interview] of interviews.entries()) {
    if (written >= options.codings) break;
    const transcript = (await ctx.store.transcripts.current(interview.id))!;
    const turns = (await ctx.store.transcripts.turns(transcript.id)).filter((t) => t.speaker_role === 'participant');
    const both = n < doubleCoded.length;
    for (let k = 0; k < perInterview && written < options.codings; k++) {
      const turn = pick(turns);
      const excerptId = ctx.ids.next('excerpt');
      excerpts.push({
        id: excerptId,
        transcript_id: transcript.id,
        interview_id: interview.id,
        start_offset: turn.text_offset,
        end_offset: turn.end_offset,
        quote: turn.text,
        quote_sha256: hashQuote(turn.text),
        note: '',
        created_by: coders[0],
        created_at: at,
        ...live,
        shareable_at: null,
        shareable_by: null,
      });
      const code = pick(codeIds);
      const coding = (coder: string, codeId: string) => ({
        id: ctx.ids.next('coding'),
        partnership_id: partnershipId,
        code_id: codeId,
        coder,
        excerpt_id: excerptId,
        interview_id: interview.id,
        transcript_id: transcript.id,
        artifact_id: null,
        start_offset: turn.text_offset,
        end_offset: turn.end_offset,
        ...version,
        ...live,
      });
      codings.push(coding(coders[0], code));
      written++;
      if (both && written < options.codings) {
        codings.push(coding(coders[1], random.chance(0.8) ? code : pick(codeIds)));
        written++;
      }
    }
    if (codings.length >= 5000) await flush();
  }
  await flush();
  for (const interviewId of doubleCoded)
    for (const coder of coders)
      await ctx.store.codingAssignments.insert({
        id: ctx.ids.next('codingAssignment'),
        partnership_id: partnershipId,
        interview_id: interviewId,
        coder,
        assigned_by: 'bench',
        assigned_at: at,
        done_at: at,
        ...live,
      });
  return { codeIds, coders, doubleCoded, codings: written };
}
