import { invalid, notFound, WarrantError } from '../domain/errors.js';
import { describeNaming, type IdentifyingDetails, identifyingDetails } from '../domain/identifying-detail.js';
import { oneLine } from '../domain/text.js';
import type { ExplanationRow, ImplementationRow, RecommendationRow } from '../storage/repositories/feedback.repository.js';
import type { FindingRow } from '../storage/repositories/finding.repository.js';
import type { StrategyElementRow, StrategyRow } from '../storage/repositories/strategy.repository.js';
import type { ServiceContext } from './context.js';

/**
 * What names the partnership's participants: their pseudonyms, participant and interview codes,
 * and the roles of a school that one of them held there, read from the roster and the interviews.
 */
export async function identifyingDetailsOf(ctx: ServiceContext, partnershipId: string): Promise<IdentifyingDetails> {
  const { store } = ctx;
  const schools = new Map((await store.organizations.list(partnershipId, 'school')).map((o) => [o.id, o.name]));
  const interviews = await store.interviews.listAll(partnershipId);
  const entries = new Map<string, { pseudonym: string; code: string; posts: { role: string; school: string }[] }>();
  for (const p of await store.participants.list(partnershipId)) {
    const school = schools.get(p.organization_id);
    entries.set(p.id, { pseudonym: p.pseudonym, code: p.code, posts: school ? [{ role: p.role, school }] : [] });
  }
  for (const i of interviews) {
    const school = schools.get(i.organization_id);
    const entry = entries.get(i.participant_id);
    if (school && entry && !entry.posts.some((x) => x.role === i.role && x.school === school)) entry.posts.push({ role: i.role, school });
  }
  return identifyingDetails({ participants: [...entries.values()], interviewCodes: interviews.map((i) => i.code) });
}

const excerptOf = (text: string) => {
  const line = oneLine(text);
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
};

const NAMES_A_PARTICIPANT = 'names a participant';

/**
 * A last guard on what partners read: none of `texts` may name a participant, whatever was typed.
 * The team is told what to reword; `what` says what was to be shared ("the partner version").
 */
export function refuseNaming(identifying: IdentifyingDetails, texts: Iterable<string>, what: string): void {
  for (const text of texts) {
    const n = identifying.find(text);
    if (n)
      throw invalid(`${what} would name a participant (${describeNaming(n)}) in: “${excerptOf(text)}”. Reword it before sharing.`, {
        refused: NAMES_A_PARTICIPANT,
      });
  }
}

/** Whether an error is refuseNaming's: partners are never told why (the message quotes the name). */
const isNamingRefusal = (e: unknown): boolean => e instanceof WarrantError && e.details?.refused === NAMES_A_PARTICIPANT;

/**
 * A document produced for a partner leader: refused for naming a participant, it is said only to be
 * unavailable for now (the team's message quotes the name). Other errors reach them as they are.
 */
export async function producedForPartners<T>(produce: Promise<T>, what: string): Promise<T> {
  try {
    return await produce;
  } catch (e) {
    if (isNamingRefusal(e)) throw invalid(`${what} cannot be produced at the moment; the research team is revising it`);
    throw e;
  }
}

/** What partners read of each record written for them (in the design document and the feedback report). */
export const partnerTexts = {
  finding: (r: FindingRow) => [r.text],
  strategy: (r: StrategyRow) => [r.name, r.goal],
  strategyElement: (r: StrategyElementRow) => [r.description, r.target, r.frequency, r.provider, r.holder, r.held],
  implementation: (r: ImplementationRow) => [r.text, r.frequency, r.focus],
  explanation: (r: ExplanationRow) => [r.text, r.learning_opportunities, r.press],
  recommendation: (r: RecommendationRow) => [r.text, r.rationale],
};

/**
 * Said when text meant for partners is saved: each participant it names. The text is kept (the
 * team may be mid-way), and the partner versions that would show it are refused until it is reworded.
 */
export async function namingWarnings(ctx: ServiceContext, recordId: string, texts: readonly (string | null | undefined)[]): Promise<string[]> {
  const partnershipId = await ctx.store.ownership.partnershipOf(recordId);
  if (!partnershipId) throw notFound('record', recordId);
  const identifying = await identifyingDetailsOf(ctx, partnershipId);
  const out: string[] = [];
  for (const text of texts) {
    for (const n of text ? identifying.findAll(text) : []) {
      out.push(
        `this names a participant (${describeNaming(n)}) in “${excerptOf(text!)}”: partners may not read it, and their version will be refused until it is reworded`,
      );
    }
  }
  return out;
}
