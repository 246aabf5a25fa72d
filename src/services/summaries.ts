import { invalid, notFound } from '../domain/errors.js';
import { type Stance, type SummaryKind, type Triangulation, triangulate } from '../domain/evidence.js';
import { ROLE_GROUP_LABELS, isRoleGroup, type RoleGroup } from '../domain/roles.js';
import type { CitationRow } from '../storage/repositories/citation.repository.js';
import type { IsfEntryInContext } from '../storage/repositories/isf.repository.js';
import type { ClaimRow, SummaryRow } from '../storage/repositories/summary.repository.js';
import { cite } from './citations.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { cycleOf, districtOf, organizationOf, resolveFilters } from './lookup.js';
import { saveNextVersion } from './versioned-edit.js';

export interface NewSummary {
  partnershipId: string;
  kind: SummaryKind;
  district: string;
  cycle: string;
  /** For a school summary. */
  school?: string;
  /** For a role-group summary. */
  role?: string;
  title?: string;
}

/** Starts a mid-level summary: of one school, or of one role group in a district. */
export function createSummary(ctx: ServiceContext, input: NewSummary): Promise<SummaryRow> {
  return inTransaction(ctx, (tx) => createSummaryIn(tx, input));
}

async function createSummaryIn(ctx: ServiceContext, input: NewSummary): Promise<SummaryRow> {
  const district = await districtOf(ctx, input.partnershipId, input.district);
  const cycle = await cycleOf(ctx, input.partnershipId, input.cycle);
  let schoolId: string | null = null;
  let role: RoleGroup | null = null;
  let subject: string;
  if (input.kind === 'school') {
    if (!input.school) throw invalid('a school summary needs its school', { field: 'school' });
    const school = await organizationOf(ctx, input.partnershipId, 'school', input.school, district.id);
    schoolId = school.id;
    subject = school.name;
  } else if (input.kind === 'role_group') {
    if (!input.role || !isRoleGroup(input.role))
      throw invalid(`a role-group summary needs a role group (teacher, coach, school_leader, district_leader)`, { field: 'role' });
    role = input.role;
    subject = `${ROLE_GROUP_LABELS[input.role]}s, ${district.name}`;
  } else {
    throw invalid(`a summary is of a "school" or a "role_group", not "${String(input.kind)}"`, { field: 'kind' });
  }
  const at = now(ctx);
  const row: SummaryRow = {
    id: ctx.ids.next('summary'),
    partnership_id: input.partnershipId,
    kind: input.kind,
    cycle_id: cycle.id,
    district_id: district.id,
    school_id: schoolId,
    role,
    title: input.title?.trim() || `${input.kind === 'school' ? 'School summary' : 'Role-group summary'}: ${subject}, ${cycle.label}`,
    ...firstVersion(ctx, at),
  };
  await ctx.store.summaries.insert(row);
  await audit(ctx, { action: 'summary.create', entityKind: 'summary', entityId: row.id, version: 1, at, data: row });
  return row;
}

export interface ClaimEvidence {
  citation: CitationRow;
  entry: IsfEntryInContext;
}

export interface ClaimView {
  claim: ClaimRow;
  evidence: ClaimEvidence[];
  triangulation: Triangulation;
}

export async function claimViews(ctx: ServiceContext, claims: readonly ClaimRow[]): Promise<ClaimView[]> {
  const citations = await ctx.store.citations.from(claims.map((c) => c.id));
  const entries = new Map((await ctx.store.isfs.entriesInContext([...new Set(citations.map((c) => c.cited_id))])).map((e) => [e.id, e]));
  return claims.map((claim) => {
    const evidence = citations.filter((c) => c.citing_id === claim.id).map((citation) => ({ citation, entry: entries.get(citation.cited_id)! }));
    return {
      claim,
      evidence,
      // Retired entries stay listed (the chain check reports them) but no longer count as accounts.
      triangulation: triangulate(
        evidence
          .filter(({ entry }) => entry.retired_at === null)
          .map(({ citation, entry }) => ({ participantId: entry.participant_id, pseudonym: entry.pseudonym, role: entry.role, stance: citation.stance })),
      ),
    };
  });
}

export async function getSummary(ctx: ServiceContext, id: string): Promise<{ summary: SummaryRow; claims: ClaimView[] }> {
  const summary = await ctx.store.summaries.byId(id);
  if (!summary) throw notFound('summary', id);
  const claims = (await ctx.store.summaries.claims(id)).filter((c) => c.retired_at === null);
  return { summary, claims: await claimViews(ctx, claims) };
}

export async function getClaim(ctx: ServiceContext, id: string): Promise<ClaimView> {
  const claim = await ctx.store.summaries.claimById(id);
  if (!claim) throw notFound('claim', id);
  return (await claimViews(ctx, [claim]))[0]!;
}

export interface NewClaim {
  summaryId: string;
  text: string;
  triangulationNote?: string;
  cite?: { entryId: string; stance?: Stance }[];
}

/** Adds a claim to a summary, with the ISF entries it rests on, in one step. */
export async function addClaim(ctx: ServiceContext, input: NewClaim): Promise<ClaimView> {
  return inTransaction(ctx, async (tx) => {
    const summary = await tx.store.summaries.byId(input.summaryId);
    if (!summary) throw notFound('summary', input.summaryId);
    const text = input.text.trim();
    if (!text) throw invalid('a claim needs text', { field: 'text' });
    const at = now(tx);
    const claim: ClaimRow = {
      id: tx.ids.next('claim'),
      summary_id: summary.id,
      text,
      triangulation_note: input.triangulationNote?.trim() ?? '',
      ...firstVersion(tx, at),
      ...NOT_RETIRED,
    };
    await tx.store.summaries.insertClaim(claim);
    await audit(tx, { action: 'claim.create', entityKind: 'claim', entityId: claim.id, version: 1, at, data: claim });
    for (const c of input.cite ?? []) await cite(tx, { citingId: claim.id, citedId: c.entryId, stance: c.stance ?? 'supports' });
    return getClaim(tx, claim.id);
  });
}

export interface ClaimEdit {
  claimId: string;
  text?: string;
  triangulationNote?: string;
  expectedVersion?: number;
  reason?: string;
}

export async function editClaim(ctx: ServiceContext, edit: ClaimEdit): Promise<ClaimView> {
  return inTransaction(ctx, async (tx) => {
    const claim = await tx.store.summaries.claimById(edit.claimId);
    if (!claim) throw notFound('claim', edit.claimId);
    if (claim.retired_at) throw invalid(`claim ${claim.id} was retired`);
    const text = edit.text?.trim() ?? claim.text;
    if (!text) throw invalid('a claim needs text', { field: 'text' });
    const note = edit.triangulationNote?.trim() ?? claim.triangulation_note;
    if (text === claim.text && note === claim.triangulation_note) return getClaim(tx, claim.id);
    const shown = { text: claim.text, triangulationNote: claim.triangulation_note };
    await saveNextVersion(tx, {
      what: 'claim',
      current: claim,
      shown,
      expectedVersion: edit.expectedVersion,
      write: (from, at) => tx.store.summaries.updateClaim(claim.id, { text, triangulation_note: note }, from, tx.actor, at),
      audit: {
        action: 'claim.update',
        entityKind: 'claim',
        reason: edit.reason ?? null,
        data: { from: { text: claim.text, triangulationNote: claim.triangulation_note }, to: { text, triangulationNote: note } },
      },
    });
    return getClaim(tx, claim.id);
  });
}

/** The ISF entries a summary's claims may cite: those of the interviews in its scope. */
export async function evidenceCandidates(ctx: ServiceContext, summaryId: string): Promise<IsfEntryInContext[]> {
  const summary = await ctx.store.summaries.byId(summaryId);
  if (!summary) throw notFound('summary', summaryId);
  const isfs = await ctx.store.isfs.list(summary.partnership_id, {
    districtId: summary.district_id,
    cycleId: summary.cycle_id,
    ...(summary.school_id && { organizationId: summary.school_id }),
    ...(summary.role && { role: summary.role }),
  });
  const entryIds: string[] = [];
  for (const isf of isfs) for (const e of await ctx.store.isfs.entries(isf.id)) if (e.retired_at === null) entryIds.push(e.id);
  return ctx.store.isfs.entriesInContext(entryIds);
}

/** Mid-level summaries, each with its claims, narrowed by district, cycle (by name or ID) and kind. */
export async function listSummaries(
  ctx: ServiceContext,
  partnershipId: string,
  f: { district?: string; cycle?: string; kind?: SummaryKind },
): Promise<{ summary: SummaryRow; claims: ClaimView[] }[]> {
  const { kind, ...filters } = f;
  const rows = await ctx.store.summaries.list(partnershipId, { ...(await resolveFilters(ctx, partnershipId, filters)), ...(kind && { kind }) });
  const out = [];
  for (const s of rows) out.push(await getSummary(ctx, s.id));
  return out;
}
