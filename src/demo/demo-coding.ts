import { Random } from '../domain/random.js';
import { codePassage } from '../services/codings.js';
import type { ServiceContext } from '../services/context.js';
import { assignInterviews, setAssignmentDone } from '../services/coding-assignments.js';
import { codingDisagreements, reconcile } from '../services/reliability.js';
import { demoCode } from './demo-codebook.js';
import type { WrittenInterview } from './bundle-writer.js';
import { DEMO_CYCLES } from './cast.js';

/** A code of the demo codebook the demo's coders apply, with how they recognise it in a participant's words. */
interface DemoCode {
  /** Its path in the demo codebook (demo-codebook.ts). */
  path: string;
  /** Words that make a coder apply it to a turn (the demo's stand-in for reading). */
  cue: RegExp;
}

/** The codes the demo's codings use. */
export const DEMO_CODING_CODES: readonly DemoCode[] = [
  { path: 'Supports > Professional learning communities', cue: /\bteam\b|next door|colleague|help each other|together/i },
  { path: 'Tensions > Pacing versus depth', cue: /pacing|benchmark|fall behind|calendar/i },
  { path: 'Supports > School leaders as instructional leaders', cue: /in my room|observ|walkthrough|feedback|note afterwards/i },
  { path: 'Supports > Coaching', cue: /\bcoach\b|co-taught|modell?ed/i },
  { path: 'Vision of high-quality instruction > Classroom discourse', cue: /talking to each other|justify|more than one way|explained their thinking/i },
  { path: 'Vision of high-quality instruction > Role of the teacher', cue: /quiet and working|explain each step/i },
  { path: 'Supports > Pull-out professional development', cue: /\bPD\b|institute|professional development|early-release/i },
  { path: 'Struggling students', cue: /struggl|intervention|small group|reteach/i },
  { path: 'Accountability > Assessment data', cue: /accountable|benchmark scores|state test/i },
];

/** The demo codes by path, as the demo codebook made them. */
async function demoCodes(ctx: ServiceContext, partnershipId: string): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  for (const { path } of DEMO_CODING_CODES) codes.set(path, (await demoCode(ctx, partnershipId, path)).id);
  return codes;
}

/** How a coder reads: the codes whose cues the words carry; a second coder misses some and adds others. */
function codesFor(text: string, r: Random | null): string[] {
  const cued = DEMO_CODING_CODES.filter((c) => c.cue.test(text)).map((c) => c.path);
  if (!r) return cued;
  const kept = cued.filter(() => !r.chance(0.15));
  if (r.chance(0.08)) {
    const extra = r.pick(DEMO_CODING_CODES).path;
    if (!kept.includes(extra)) kept.push(extra);
  }
  return kept;
}

/** One coder codes an interview: each participant turn with the codes it carries, and its cited passages likewise. */
async function codeInterview(ctx: ServiceContext, partnershipId: string, code: string, codes: Map<string, string>, r: Random | null): Promise<void> {
  const interview = (await ctx.store.interviews.byCode(partnershipId, code))!;
  const transcript = (await ctx.store.transcripts.current(interview.id))!;
  const turns = await ctx.store.transcripts.turns(transcript.id);
  for (const turn of turns) {
    if (turn.speaker_role !== 'participant') continue;
    const names = codesFor(turn.text, r);
    // Now and then the second coder marks only the sentence that carries the code, not the whole turn.
    const sentence = r?.chance(0.2) ? turn.text.split(/(?<=[.!?])\s+/)[0] : undefined;
    if (names.length === 0) continue;
    const where = sentence && sentence !== turn.text ? { quote: sentence } : { turn: turn.seq };
    try {
      await codePassage(ctx, { partnershipId, interview: interview.id, ...where, codes: names.map((n) => codes.get(n)!) });
    } catch {
      // A sentence said twice in the interview cannot be placed by its words: the whole turn is coded.
      await codePassage(ctx, { partnershipId, interview: interview.id, turn: turn.seq, codes: names.map((n) => codes.get(n)!) });
    }
  }
  // The passages cited in ISF entries: coded as they were cited, so the trace shows their codes.
  for (const excerpt of await ctx.store.excerpts.liveOn(transcript.id)) {
    const names = codesFor(excerpt.quote, r);
    if (names.length === 0) continue;
    const fresh = [];
    for (const n of names) if (!(await ctx.store.codings.live({ excerptId: excerpt.id }, codes.get(n)!, ctx.actor))) fresh.push(codes.get(n)!);
    if (fresh.length) await codePassage(ctx, { partnershipId, interview: interview.id, start: excerpt.start_offset, end: excerpt.end_offset, codes: fresh });
  }
}

/**
 * The demo's coding: the lead and the analyst both code the same eight teacher interviews of the
 * latest cycle, blind (assigned to both, each marking it done), with the imperfect agreement of two
 * real readers; the analyst alone codes six more interviews.
 */
export async function codingDemo(ctx: ServiceContext, partnershipId: string, interviews: readonly WrittenInterview[]): Promise<{ codes: string[] }> {
  const lead = (await ctx.store.accounts.byEmail('lead@demo.warrant.test'))!.id;
  const analyst = (await ctx.store.accounts.byEmail('analyst@demo.warrant.test'))!.id;
  const codes = await demoCodes({ ...ctx, actor: lead }, partnershipId);
  const latest = interviews.filter((i) => i.cycle === DEMO_CYCLES[DEMO_CYCLES.length - 1]).sort((a, b) => a.interviewId.localeCompare(b.interviewId));
  const teachers = latest.filter((i) => i.participant.role === 'teacher');
  const double = teachers.filter((_, n) => n % 2 === 0).slice(0, 8);
  const single = latest.filter((i) => !double.includes(i) && i.participant.role !== 'district_leader').slice(0, 6);
  const r = new Random(2010);
  const byLead = { ...ctx, actor: lead };
  const byAnalyst = { ...ctx, actor: analyst };
  const idOf = async (i: WrittenInterview) => (await ctx.store.interviews.byCode(partnershipId, i.interviewId))!.id;
  const done = async (coderCtx: ServiceContext, interviewId: string, coder: string) => {
    for (const a of await assignInterviews(byLead, { partnershipId, interviews: [interviewId], coders: [coder] }))
      if (a.coder === coder) await setAssignmentDone(coderCtx, { partnershipId, assignmentId: a.id, accountId: coder, done: true });
  };
  for (const i of double) {
    const id = await idOf(i);
    await assignInterviews(byLead, { partnershipId, interviews: [id], coders: [lead, analyst] });
    await codeInterview(byLead, partnershipId, i.interviewId, codes, null);
    await done(byLead, id, lead);
    await codeInterview(byAnalyst, partnershipId, i.interviewId, codes, r);
    await done(byAnalyst, id, analyst);
  }
  for (const i of single) {
    const id = await idOf(i);
    await codeInterview(byAnalyst, partnershipId, i.interviewId, codes, r);
    await done(byAnalyst, id, analyst);
  }
  // The lead settles the first disagreement of the double coding, as the team does when it meets.
  const [first] = (await codingDisagreements(byLead, partnershipId, { viewer: lead, limit: 1 })).disagreements;
  if (first)
    await reconcile(byLead, {
      partnershipId,
      interview: first.interviewId,
      codeId: first.codeId,
      turnSeq: first.turnSeq,
      decision: 'applied',
      reason: 'Read together: the turn describes the practice the code defines, though only one of us marked it.',
      decidedBy: lead,
    });
  return { codes: DEMO_CODING_CODES.map((c) => c.path) };
}
