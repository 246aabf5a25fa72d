import { Random } from '../domain/random.js';
import { codePassage } from '../services/codings.js';
import { audit, firstVersion, NOT_RETIRED, now, type ServiceContext } from '../services/context.js';
import type { WrittenInterview } from './bundle-writer.js';
import { DEMO_CYCLES } from './cast.js';

/** A code the demo's coders apply, with how they recognise it in a participant's words. */
interface DemoCode {
  name: string;
  colour: string;
  definition: string;
  /** Words that make a coder apply it to a turn (the demo's stand-in for reading). */
  cue: RegExp;
}

/**
 * The codes the demo's codings use, by name. The demo codebook is the codebook's own; these are
 * created only when it lacks one of these names.
 */
export const DEMO_CODING_CODES: readonly DemoCode[] = [
  {
    name: 'Collaboration with colleagues',
    colour: '#1f77b4',
    definition: 'Teachers working together on mathematics teaching: meetings, planning, looking at student work.',
    cue: /\bteam\b|next door|colleague|help each other|together/i,
  },
  {
    name: 'Pacing and coverage',
    colour: '#ff7f0e',
    definition: 'Keeping to the pacing calendar, benchmark dates and coverage of units.',
    cue: /pacing|benchmark|fall behind|calendar/i,
  },
  {
    name: 'Observation and feedback',
    colour: '#2ca02c',
    definition: 'School leaders observing mathematics lessons and what they say afterwards.',
    cue: /in my room|observ|walkthrough|feedback|note afterwards/i,
  },
  {
    name: 'Work with the coach',
    colour: '#d62728',
    definition: "The mathematics coach's work with teachers: co-teaching, modelling, planning, materials.",
    cue: /\bcoach\b|co-taught|modell?ed/i,
  },
  {
    name: 'Vision: student discourse',
    colour: '#9467bd',
    definition: 'A vision of high-quality instruction in which students explain, justify and discuss the mathematics.',
    cue: /talking to each other|justify|more than one way|explained their thinking/i,
  },
  {
    name: 'Vision: teacher explains',
    colour: '#8c564b',
    definition: 'A vision of high-quality instruction centred on the teacher explaining steps; students quiet and working.',
    cue: /quiet and working|explain each step/i,
  },
  {
    name: 'Professional development',
    colour: '#e377c2',
    definition: 'Pull-out PD: institutes, PD days, early-release sessions.',
    cue: /\bPD\b|institute|professional development|early-release/i,
  },
  {
    name: 'Struggling students',
    colour: '#7f7f7f',
    definition: 'What teachers do for students who struggle: intervention, small groups, simpler tasks.',
    cue: /struggl|intervention|small group|reteach/i,
  },
  {
    name: 'Accountability',
    colour: '#bcbd22',
    definition: 'To whom participants feel accountable, and for what.',
    cue: /accountable|benchmark scores|state test/i,
  },
];

/** The demo codes by name: the codebook's where it has them, else created here. */
async function demoCodes(ctx: ServiceContext, partnershipId: string): Promise<Map<string, string>> {
  const existing = new Map((await ctx.store.codes.list(partnershipId)).filter((c) => c.retired_at === null).map((c) => [c.name, c.id]));
  let position = existing.size;
  for (const code of DEMO_CODING_CODES) {
    if (existing.has(code.name)) continue;
    const row = {
      id: ctx.ids.next('code'),
      partnership_id: partnershipId,
      parent_id: null,
      name: code.name,
      definition: code.definition,
      inclusion: '',
      exclusion: '',
      example: '',
      colour: code.colour,
      position: position++,
      merged_into_id: null,
      split_from_id: null,
      ...firstVersion(ctx),
      ...NOT_RETIRED,
    };
    await ctx.store.codes.insert(row);
    await audit(ctx, { action: 'code.create', entityKind: 'code', entityId: row.id, version: 1, at: row.created_at, data: row });
    existing.set(code.name, row.id);
  }
  return existing;
}

async function assign(ctx: ServiceContext, partnershipId: string, interviewId: string, coder: string, lead: string): Promise<void> {
  const at = now(ctx);
  const row = {
    id: ctx.ids.next('codingAssignment'),
    partnership_id: partnershipId,
    interview_id: interviewId,
    coder,
    assigned_by: lead,
    assigned_at: at,
    done_at: null as string | null,
    ...NOT_RETIRED,
  };
  await ctx.store.codingAssignments.insert(row);
  await audit(ctx, { action: 'codingAssignment.create', entityKind: 'codingAssignment', entityId: row.id, at, data: row });
}

async function markDone(ctx: ServiceContext, interviewId: string, coder: string): Promise<void> {
  const at = now(ctx);
  for (const a of await ctx.store.codingAssignments.ofInterview(interviewId)) {
    if (a.coder !== coder) continue;
    await ctx.store.db.updateTable('coding_assignment').set({ done_at: at }).where('id', '=', a.id).execute();
    await audit(ctx, { action: 'codingAssignment.done', entityKind: 'codingAssignment', entityId: a.id, at, data: { done_at: at } });
  }
}

/** How a coder reads: the codes whose cues the words carry; a second coder misses some and adds others. */
function codesFor(text: string, r: Random | null): string[] {
  const cued = DEMO_CODING_CODES.filter((c) => c.cue.test(text)).map((c) => c.name);
  if (!r) return cued;
  const kept = cued.filter(() => !r.chance(0.15));
  if (r.chance(0.08)) {
    const extra = r.pick(DEMO_CODING_CODES).name;
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
  for (const i of double) {
    const id = (await ctx.store.interviews.byCode(partnershipId, i.interviewId))!.id;
    await assign(byLead, partnershipId, id, lead, lead);
    await assign(byLead, partnershipId, id, analyst, lead);
    await codeInterview(byLead, partnershipId, i.interviewId, codes, null);
    await markDone(byLead, id, lead);
    await codeInterview(byAnalyst, partnershipId, i.interviewId, codes, r);
    await markDone(byAnalyst, id, analyst);
  }
  for (const i of single) {
    const id = (await ctx.store.interviews.byCode(partnershipId, i.interviewId))!.id;
    await assign(byLead, partnershipId, id, analyst, lead);
    await codeInterview(byAnalyst, partnershipId, i.interviewId, codes, r);
    await markDone(byAnalyst, id, analyst);
  }
  return { codes: DEMO_CODING_CODES.map((c) => c.name) };
}
