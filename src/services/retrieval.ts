import { meets, parseCodeQuery, type CodeQueryStep, type QueryPassage, turnAt } from '../domain/code-query.js';
import { plainColumnName, SEGMENT_COLUMNS } from '../domain/coded-segments.js';
import { invalid, notFound } from '../domain/errors.js';
import { formatAttributeValue } from '../domain/participant-attributes.js';
import { isRoleGroup, ROLE_GROUPS, type RoleGroup } from '../domain/roles.js';
import type { CodeRow } from '../storage/repositories/code.repository.js';
import type { CodedArtifactPassageRow, CodedPassageRow, CodingFilter, MatrixDimension } from '../storage/repositories/retrieval.repository.js';
import { actorNames } from './accounts.js';
import type { ServiceContext } from './context.js';
import { resolveFilters } from './lookup.js';
import { attributesOf, attributeValuesOf } from './participant-attributes.js';

/**
 * Retrieval over codings of transcript passages: a code's passages with filters, code queries,
 * matrices of codes × role group, school, district or cycle, the co-occurrence of codes, and the
 * coded segments as a table for R, Stata and SPSS. Every read follows the blind rule of double
 * coding for the person reading (`domain/coding` seesOthersWork).
 */

/** The filters a user gives, by name or ID. */
export interface RetrievalFilters {
  district?: string;
  school?: string;
  role?: string;
  cycle?: string;
  protocol?: string;
  /** The coder's account: an ID or an email address. */
  coder?: string;
}

export const MATRIX_DIMENSIONS: readonly MatrixDimension[] = ['role', 'school', 'district', 'cycle'];

/** A coded passage, with the code, the coder and where the words come from. */
export interface CodedPassage {
  codingId: string;
  code: { id: string; name: string; colour: string };
  coder: { id: string; name: string };
  passageId: string;
  interview: { id: string; code: string; date: string; protocol: string };
  participant: { id: string; code: string; pseudonym: string };
  role: RoleGroup;
  district: { id: string; name: string };
  school: { id: string; name: string };
  cycle: { id: string; label: string };
  transcriptId: string;
  start: number;
  end: number;
  quote: string;
}

/** The filters, resolved: what the query sends, and their IDs as a link to the same passages names them. */
interface Resolved {
  filter: CodingFilter;
  /** The same filters by ID, for links (a matrix cell's passages). */
  given: Record<string, string>;
}

async function resolve(ctx: ServiceContext, partnershipId: string, f: RetrievalFilters): Promise<Resolved> {
  if (f.role !== undefined && f.role !== '' && !isRoleGroup(f.role))
    throw invalid(`role: "${f.role}" is not a role group (one of ${ROLE_GROUPS.join(', ')})`, { field: 'role' });
  const ids = await resolveFilters(ctx, partnershipId, withValues({ district: f.district, school: f.school, cycle: f.cycle, role: f.role }));
  let coder: string | undefined;
  if (f.coder !== undefined && f.coder.trim() !== '') {
    const typed = f.coder.trim();
    const account = (await ctx.store.accounts.byId(typed)) ?? (await ctx.store.accounts.byEmail(typed.toLowerCase()));
    coder = account?.id ?? typed;
    if (!account && !(await ctx.store.retrieval.hasCoder(partnershipId, typed))) throw notFound('coder', JSON.stringify(typed));
  }
  const protocol = f.protocol?.trim() || undefined;
  const filter: CodingFilter = {
    partnershipId,
    viewer: ctx.actor,
    blindOn: await ctx.store.retrieval.openAssignments(partnershipId, ctx.actor),
    ...(ids.districtId && { districtId: ids.districtId }),
    ...(ids.organizationId && { organizationId: ids.organizationId }),
    ...(ids.cycleId && { cycleId: ids.cycleId }),
    ...(ids.role && { role: ids.role as RoleGroup }),
    ...(protocol && { protocol }),
    ...(coder && { coder }),
  };
  const given = withValues({
    district: ids.districtId,
    school: ids.organizationId,
    cycle: ids.cycleId,
    role: ids.role,
    protocol,
    coder,
  });
  return { filter, given };
}

const withValues = <T extends Record<string, string | undefined>>(o: T): Record<string, string> =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));

/** A code of the partnership by its ID or name (any case); a merged or retired code by its ID only. */
export async function codeNamed(ctx: ServiceContext, partnershipId: string, idOrName: string): Promise<CodeRow> {
  const typed = idOrName.trim();
  const codes = await ctx.store.codes.list(partnershipId);
  const found = codes.find((c) => c.id === typed) ?? codes.find((c) => !c.retired_at && c.name.toLowerCase() === typed.toLowerCase());
  if (!found) throw notFound('code', JSON.stringify(typed));
  return found;
}

async function present(ctx: ServiceContext, partnershipId: string, rows: CodedPassageRow[]): Promise<CodedPassage[]> {
  const codes = new Map((await ctx.store.codes.list(partnershipId)).map((c) => [c.id, c]));
  const names = await coderNames(ctx, rows);
  return rows.map((r) => {
    const code = codes.get(r.code_id);
    return {
      codingId: r.coding_id,
      code: { id: r.code_id, name: code?.name ?? r.code_id, colour: code?.colour ?? '#888888' },
      coder: { id: r.coder, name: names.get(r.coder) ?? r.coder },
      passageId: r.excerpt_id,
      interview: { id: r.interview_id, code: r.interview_code, date: r.date, protocol: r.protocol },
      participant: { id: r.participant_id, code: r.participant_code, pseudonym: r.pseudonym },
      role: r.role,
      district: { id: r.district_id, name: r.district },
      school: { id: r.organization_id, name: r.school },
      cycle: { id: r.cycle_id, label: r.cycle },
      transcriptId: r.transcript_id,
      start: r.start_offset,
      end: r.end_offset,
      quote: r.quote,
    };
  });
}

const coderNames = (ctx: ServiceContext, rows: { coder: string }[]) =>
  actorNames(
    ctx,
    rows.map((r) => r.coder),
  );

/** A coded stretch of a district artifact's text, with the code, the coder and the artifact. */
export interface CodedArtifactPassage {
  codingId: string;
  code: { id: string; name: string; colour: string };
  coder: { id: string; name: string };
  artifact: { id: string; title: string; kind: string };
  district: { id: string; name: string };
  cycle: { id: string; label: string };
  start: number;
  end: number;
  quote: string;
}

async function presentArtifactPassages(ctx: ServiceContext, codes: readonly CodeRow[], rows: CodedArtifactPassageRow[]): Promise<CodedArtifactPassage[]> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const names = await coderNames(ctx, rows);
  return rows.map((r) => ({
    codingId: r.coding_id,
    code: { id: r.code_id, name: byId.get(r.code_id)?.name ?? r.code_id, colour: byId.get(r.code_id)?.colour ?? '#888888' },
    coder: { id: r.coder, name: names.get(r.coder) ?? r.coder },
    artifact: { id: r.artifact_id, title: r.title, kind: r.kind },
    district: { id: r.district_id, name: r.district },
    cycle: { id: r.cycle_id, label: r.cycle },
    start: r.start_offset,
    end: r.end_offset,
    quote: r.quote,
  }));
}

/** A code and the codes under it, at any depth. */
function withDescendants(codes: readonly CodeRow[], id: string): string[] {
  const found = [id];
  for (let i = 0; i < found.length; i++) for (const c of codes) if (c.parent_id === found[i] && !found.includes(c.id)) found.push(c.id);
  return found;
}

/**
 * A code's passages (its live codings of transcript passages), filtered by district, school, role
 * group, cycle, protocol and coder; with `withChildren`, those of the codes under it too (each
 * passage names its own code). Its codings of district artifacts' text come apart, filtered by
 * district, cycle and coder (a filter by school, role group or protocol leaves them out: an
 * artifact has none).
 */
export async function codedPassages(
  ctx: ServiceContext,
  partnershipId: string,
  code: string,
  filters: RetrievalFilters = {},
  options: { withChildren?: boolean } = {},
): Promise<{ code: CodeRow; filter: Record<string, string>; passages: CodedPassage[]; artifactPassages: CodedArtifactPassage[] }> {
  const found = await codeNamed(ctx, partnershipId, code);
  const { filter, given } = await resolve(ctx, partnershipId, filters);
  const codes = options.withChildren ? await ctx.store.codes.list(partnershipId) : [found];
  const codeIds = options.withChildren ? withDescendants(codes, found.id) : [found.id];
  const onArtifacts = !filter.organizationId && !filter.role && !filter.protocol;
  const [rows, artifactRows] = await Promise.all([
    ctx.store.retrieval.passages({ ...filter, codeIds }),
    onArtifacts
      ? ctx.store.retrieval.artifactPassages({
          partnershipId,
          codeIds,
          ...(filter.districtId && { districtId: filter.districtId }),
          ...(filter.cycleId && { cycleId: filter.cycleId }),
          ...(filter.coder && { coder: filter.coder }),
        })
      : Promise.resolve([]),
  ]);
  return {
    code: found,
    filter: { code: found.id, ...given, ...(options.withChildren && { withChildren: 'true' }) },
    passages: await present(ctx, partnershipId, rows),
    artifactPassages: await presentArtifactPassages(ctx, codes, artifactRows),
  };
}

/** A passage an answer to a code query keeps, with the passages of the other codes that made it so. */
export interface QueryHit {
  passage: CodedPassage;
  /** For each AND or NEAR step, the passages of its code that the passage overlaps or lies near. */
  with: CodedPassage[][];
}

/**
 * Answers a code query (`domain/code-query`): the first code's passages that overlap a passage of
 * another code (AND), lie within n turns of one (NEAR/n) or overlap none (NOT), step by step.
 */
export async function codeQuery(
  ctx: ServiceContext,
  partnershipId: string,
  q: string,
  filters: RetrievalFilters = {},
): Promise<{ query: string; codes: CodeRow[]; steps: CodeQueryStep[]; hits: QueryHit[] }> {
  const parsed = parseCodeQuery(q);
  const first = await codeNamed(ctx, partnershipId, parsed.code);
  const others = await Promise.all(parsed.steps.map((s) => codeNamed(ctx, partnershipId, s.code)));
  const { filter } = await resolve(ctx, partnershipId, filters);
  const ids = [first.id, ...others.map((c) => c.id)];
  const rows = await ctx.store.retrieval.passages({ ...filter, codeIds: [...new Set(ids)] });
  const needsTurns = parsed.steps.some((s) => s.op === 'NEAR');
  const starts = needsTurns ? await ctx.store.retrieval.turnStarts([...new Set(rows.map((r) => r.transcript_id))]) : new Map<string, number[]>();
  const presented = await present(ctx, partnershipId, rows);
  type P = QueryPassage & { shown: CodedPassage };
  const asQuery = (p: CodedPassage): P => {
    const s = starts.get(p.transcriptId) ?? [0];
    return {
      transcriptId: p.transcriptId,
      start: p.start,
      end: p.end,
      firstTurn: turnAt(s, p.start),
      lastTurn: turnAt(s, Math.max(p.start, p.end - 1)),
      shown: p,
    };
  };
  const byCode = new Map<string, P[]>();
  for (const p of presented) byCode.set(p.code.id, [...(byCode.get(p.code.id) ?? []), asQuery(p)]);
  const hits: QueryHit[] = [];
  for (const p of byCode.get(first.id) ?? []) {
    const found: CodedPassage[][] = [];
    let ok = true;
    for (const [i, step] of parsed.steps.entries()) {
      const against = (byCode.get(others[i]!.id) ?? []).filter((o) => o.shown.codingId !== p.shown.codingId);
      const m = meets(p, step, against);
      if (!m.ok) {
        ok = false;
        break;
      }
      if (step.op !== 'NOT') found.push(m.with.map((w) => w.shown));
    }
    if (ok) hits.push({ passage: p.shown, with: found });
  }
  return { query: q, codes: [first, ...others], steps: parsed.steps, hits };
}

export interface MatrixColumn {
  key: string;
  label: string;
}

export interface MatrixCell {
  codeId: string;
  key: string;
  passages: number;
  participants: number;
  /** The filters that open the cell's passages (a code's passages with these filters). */
  filter: Record<string, string>;
}

/** What a matrix is drawn by, in words, for messages and help. */
export const MATRIX_BY = `${MATRIX_DIMENSIONS.join(', ')}, or two of them joined by a comma (role,cycle)`;

/** The dimensions `by` names: one, or two different ones joined by a comma. */
function matrixDimensions(by: string): MatrixDimension[] {
  const named = by.split(',').map((d) => d.trim());
  if (named.length > 2 || !named.every((d) => (MATRIX_DIMENSIONS as readonly string[]).includes(d)))
    throw invalid(`by: "${by}" is not what a matrix is drawn by (${MATRIX_BY})`, { field: 'by' });
  if (named.length === 2 && named[0] === named[1]) throw invalid(`by: "${by}" names ${named[0]} twice; name two different dimensions`, { field: 'by' });
  return named as MatrixDimension[];
}

/**
 * Codes × role group, school, district or cycle, or two of them in one table (role group × cycle):
 * in each cell the passages and participants coded, in one grouped query. With two dimensions, a
 * column is each pair of the first's and the second's (the first's in its order, each with every one
 * of the second's), keyed by their keys joined by a comma.
 */
export async function codeMatrix(
  ctx: ServiceContext,
  partnershipId: string,
  by: string,
  filters: RetrievalFilters = {},
): Promise<{ by: string; codes: CodeRow[]; columns: MatrixColumn[]; cells: MatrixCell[] }> {
  const dimensions = matrixDimensions(by);
  const { filter, given } = await resolve(ctx, partnershipId, filters);
  const counts = await ctx.store.retrieval.matrix(filter, dimensions);
  const codes = (await ctx.store.codes.list(partnershipId)).filter((c) => !c.retired_at || counts.some((n) => n.code_id === c.id));
  const present = dimensions.map((_, k) => new Set(counts.map((c) => c.key.split(',')[k]!)));
  const [first, second] = await Promise.all(dimensions.map((d, k) => columnsOf(ctx, partnershipId, d, present[k]!)));
  const columns = second ? first!.flatMap((a) => second.map((b) => ({ key: `${a.key},${b.key}`, label: `${a.label}, ${b.label}` }))) : first!;
  const cells = counts.map((n) => {
    const keys = n.key.split(',');
    return {
      codeId: n.code_id,
      key: n.key,
      passages: n.passages,
      participants: n.participants,
      filter: { code: n.code_id, ...given, ...Object.fromEntries(dimensions.map((d, k) => [d, keys[k]!])) },
    };
  });
  return { by: dimensions.join(','), codes, columns, cells };
}

async function columnsOf(ctx: ServiceContext, partnershipId: string, by: MatrixDimension, present: Set<string>): Promise<MatrixColumn[]> {
  if (by === 'role') return ROLE_GROUPS.map((r) => ({ key: r, label: r.replace('_', ' ') }));
  if (by === 'cycle') return (await ctx.store.cycles.list(partnershipId)).map((c) => ({ key: c.id, label: c.label }));
  const orgs = await ctx.store.organizations.list(partnershipId);
  const districts = new Map(orgs.filter((o) => o.kind === 'district').map((o) => [o.id, o.name]));
  return orgs
    .filter((o) => (by === 'district' ? o.kind === 'district' : o.kind === 'school' || present.has(o.id)))
    .map((o) => ({
      key: o.id,
      label: by === 'school' && o.district_id && districts.has(o.district_id) ? `${o.name} (${districts.get(o.district_id)})` : o.name,
    }));
}

export interface CooccurrenceCell {
  a: string;
  b: string;
  /** Pairs of overlapping passages coded a and b (the same passage coded with both counts once); on the diagonal, the code's passages. */
  passages: number;
}

/** Codes × codes: how often passages coded with one overlap passages coded with the other. */
export async function cooccurrence(
  ctx: ServiceContext,
  partnershipId: string,
  filters: RetrievalFilters = {},
): Promise<{ codes: CodeRow[]; cells: CooccurrenceCell[] }> {
  const { filter } = await resolve(ctx, partnershipId, filters);
  const upper = await ctx.store.retrieval.cooccurrence(filter);
  const cells = upper.flatMap((c) => (c.a === c.b ? [c] : [c, { a: c.b, b: c.a, passages: c.passages }]));
  const used = new Set(cells.map((c) => c.a));
  const codes = (await ctx.store.codes.list(partnershipId)).filter((c) => !c.retired_at || used.has(c.id));
  return { codes, cells };
}

/** The coded segments as one table: the fixed columns (`domain/coded-segments`), then one per participant attribute. */
export async function codedSegments(
  ctx: ServiceContext,
  partnershipId: string,
  filters: RetrievalFilters & { code?: string } = {},
): Promise<{ columns: string[]; rows: Record<string, string | number>[] }> {
  const { filter } = await resolve(ctx, partnershipId, filters);
  const code = filters.code ? await codeNamed(ctx, partnershipId, filters.code) : undefined;
  const passages = await present(ctx, partnershipId, await ctx.store.retrieval.passages({ ...filter, ...(code && { codeIds: [code.id] }) }));
  const attributes = await attributesOf(ctx, partnershipId);
  const values = await attributeValuesOf(ctx, partnershipId);
  const taken = new Set<string>(SEGMENT_COLUMNS);
  const attributeColumns = attributes.map((a) => ({ attribute: a, column: plainColumnName(a.name, taken) }));
  const columns = [...SEGMENT_COLUMNS, ...attributeColumns.map((a) => a.column)];
  const rows = passages.map((p) => {
    const own = values.get(p.participant.id) ?? {};
    const row: Record<string, string | number> = {
      coding_id: p.codingId,
      code: p.code.name,
      code_id: p.code.id,
      coder: p.coder.name,
      interview: p.interview.code,
      interview_id: p.interview.id,
      date: p.interview.date,
      protocol: p.interview.protocol,
      cycle: p.cycle.label,
      participant: p.participant.code,
      role_group: p.role,
      district: p.district.name,
      school: p.school.name,
      passage_id: p.passageId,
      start_offset: p.start,
      end_offset: p.end,
      text: p.quote,
    };
    for (const { attribute, column } of attributeColumns) {
      const v = own[attribute.id];
      row[column] = attribute.kind === 'number' && typeof v === 'number' ? v : formatAttributeValue(v);
    }
    return row;
  });
  return { columns, rows };
}
