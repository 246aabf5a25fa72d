import { invalid, notFound } from '../domain/errors.js';
import { CITES, type CitingKind, isCitingKind, outOfFindingScope, outOfSummaryScope, type Stance, STANCES } from '../domain/evidence.js';
import { kindOfId } from '../domain/ids.js';
import { KIND_LABELS } from '../domain/record-kinds.js';
import type { CitationRow } from '../storage/repositories/citation.repository.js';
import { audit, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';

export interface NewCitation {
  /** The ISF entry, claim or finding that rests on the evidence. */
  citingId: string;
  /** The excerpt, ISF entry or claim it rests on. */
  citedId: string;
  stance?: Stance;
  note?: string;
}

interface Scoped {
  partnershipId: string;
  retired: boolean;
}

/** Where a citing item stands, to check what it may cite. */
async function citingItem(ctx: ServiceContext, kind: CitingKind, id: string): Promise<Scoped & { scopeError: (citedId: string) => Promise<string | null> }> {
  const { store } = ctx;
  if (kind === 'isfEntry') {
    const [entry] = await store.isfs.entriesInContext([id]);
    if (!entry) throw notFound('ISF entry', id);
    const partnershipId = (await store.interviews.byId(entry.interview_id))!.partnership_id;
    return {
      partnershipId,
      retired: entry.retired_at !== null,
      scopeError: async (excerptId) => {
        const excerpt = await store.excerpts.byId(excerptId);
        return excerpt && excerpt.interview_id !== entry.interview_id
          ? `an ISF entry cites passages of its own interview (${entry.interview_code}); the excerpt is from another interview`
          : null;
      },
    };
  }
  if (kind === 'claim') {
    const [claim] = await store.summaries.claimsInContext([id]);
    if (!claim) throw notFound('claim', id);
    const summary = (await store.summaries.byId(claim.summary_id))!;
    return {
      partnershipId: summary.partnership_id,
      retired: claim.retired_at !== null,
      scopeError: async (entryId) => {
        const [entry] = await store.isfs.entriesInContext([entryId]);
        if (!entry) return null;
        const why = outOfSummaryScope(
          { kind: summary.kind, districtId: summary.district_id, cycleId: summary.cycle_id, schoolId: summary.school_id, role: summary.role },
          { districtId: entry.district_id, organizationId: entry.organization_id, cycleId: entry.cycle_id, role: entry.role },
        );
        return why && `the ISF entry does not belong to "${summary.title}": ${why}`;
      },
    };
  }
  const finding = await store.findings.byId(id);
  if (!finding) throw notFound('finding', id);
  return {
    partnershipId: finding.partnership_id,
    retired: finding.retired_at !== null,
    scopeError: async (claimId) => {
      const [claim] = await store.summaries.claimsInContext([claimId]);
      if (!claim) return null;
      return outOfFindingScope({ districtId: finding.district_id, cycleId: finding.cycle_id }, { districtId: claim.district_id, cycleId: claim.cycle_id });
    },
  };
}

/** The cited item's partnership and whether it was retired, or undefined if it does not exist. */
async function citedItem(ctx: ServiceContext, id: string): Promise<Scoped | undefined> {
  const { store } = ctx;
  switch (kindOfId(id)) {
    case 'excerpt': {
      const [e] = await store.excerpts.inContext([id]);
      return e && { partnershipId: (await store.interviews.byId(e.interview_id))!.partnership_id, retired: e.retired_at !== null };
    }
    case 'isfEntry': {
      const [e] = await store.isfs.entriesInContext([id]);
      return e && { partnershipId: (await store.interviews.byId(e.interview_id))!.partnership_id, retired: e.retired_at !== null };
    }
    case 'claim': {
      const c = await store.summaries.claimById(id);
      const s = c && (await store.summaries.byId(c.summary_id));
      return c && s && { partnershipId: s.partnership_id, retired: c.retired_at !== null };
    }
    default:
      return undefined;
  }
}

/** Records that an ISF entry, claim or finding rests on (or is contradicted by) a piece of evidence. */
export function cite(ctx: ServiceContext, input: NewCitation): Promise<CitationRow> {
  return inTransaction(ctx, (tx) => citeIn(tx, input));
}

async function citeIn(ctx: ServiceContext, input: NewCitation): Promise<CitationRow> {
  const citingKind = kindOfId(input.citingId);
  if (!isCitingKind(citingKind)) throw invalid(`${input.citingId} is not an ISF entry, claim or finding, so it cannot cite evidence`, { field: 'citingId' });
  const expected = CITES[citingKind];
  const what = KIND_LABELS[expected];
  if (kindOfId(input.citedId) !== expected) {
    throw invalid(`a ${KIND_LABELS[citingKind]} cites ${what}s; ${input.citedId} is not one`, { field: 'citedId' });
  }
  const stance = input.stance ?? 'supports';
  if (!STANCES.includes(stance)) throw invalid(`stance is "supports" or "contradicts", not "${stance}"`, { field: 'stance' });

  const citing = await citingItem(ctx, citingKind, input.citingId);
  if (citing.retired) throw invalid(`${input.citingId} was retired; it cannot cite new evidence`, { field: 'citingId' });
  const cited = await citedItem(ctx, input.citedId);
  if (!cited || cited.partnershipId !== citing.partnershipId) throw notFound(what, input.citedId);
  if (cited.retired) throw invalid(`${what} ${input.citedId} was retired; it cannot be cited`, { field: 'citedId' });
  const why = await citing.scopeError(input.citedId);
  if (why) throw invalid(why, { field: 'citedId' });
  const existing = (await ctx.store.citations.from([input.citingId])).find((c) => c.cited_id === input.citedId);
  if (existing) throw invalid(`${input.citingId} already cites ${input.citedId} (citation ${existing.id})`, { field: 'citedId' });

  const row: CitationRow = {
    id: ctx.ids.next('citation'),
    partnership_id: citing.partnershipId,
    citing_kind: citingKind,
    citing_id: input.citingId,
    cited_kind: expected,
    cited_id: input.citedId,
    ordinal: (await ctx.store.citations.countFrom(input.citingId)) + 1,
    stance,
    note: input.note?.trim() ?? '',
    created_by: ctx.actor,
    created_at: now(ctx),
    ...NOT_RETIRED,
  };
  await ctx.store.citations.insert(row);
  await audit(ctx, { action: 'citation.create', entityKind: 'citation', entityId: row.id, at: row.created_at, data: row });
  return row;
}
