import { createHash } from 'node:crypto';
import type { RefiCase, RefiSet, RefiUser, RefiVariable } from '../domain/refi-qda.js';
import type { CodeRow } from '../exporters/refi-qda/codes.js';
import { codeGuid } from '../exporters/refi-qda/codebook.js';
import { describeCode } from '../domain/codebook.js';
import { type QdpxWritten, type WritableNote, type WritableSelection, type WritableSource, writeQdpx } from '../exporters/refi-qda/qdpx-writer.js';
import type { ExchangeScope } from '../storage/repositories/exchange.repository.js';
import { notFound } from '../domain/errors.js';
import { type ServiceContext, now } from './context.js';
import { cycleOf, districtOf } from './lookup.js';

/**
 * The REFI-QDA GUID of a Warrant record: a name-based UUID (version 5 layout) of its ID, so the same
 * record has the same GUID in every export and another tool's re-import matches it.
 */
export function guidOf(id: string): string {
  const h = createHash('sha1').update(`warrant:${id}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The variables every case (participant) carries. */
export const CASE_VARIABLES = ['role group', 'school', 'district', 'unit', 'pseudonym'] as const;
/** The variables every source (interview) carries, so that another Warrant reads back when and by whom it was held. */
export const SOURCE_VARIABLES = ['cycle', 'date', 'interviewer', 'protocol'] as const;
const variable = (name: string): RefiVariable => ({ guid: guidOf(`variable:${name}`), name, typeOfVariable: 'Text' });
const VARIABLES: RefiVariable[] = [...CASE_VARIABLES, ...SOURCE_VARIABLES].map(variable);
const SOURCE_VARIABLE_GUIDS = SOURCE_VARIABLES.map((name) => variable(name).guid);

export interface QdpxExportOptions {
  partnershipId: string;
  /** A district's ID or name: only its participants, interviews and summaries. */
  district?: string;
  /** A cycle's ID or label: only its interviews (and the participants interviewed in it) and summaries. */
  cycle?: string;
}

export interface QdpxExportReport extends QdpxWritten {
  file: string;
  memos: number;
  isfEntries: number;
  claims: number;
}

/** Interviews read from the store at a time: their turns, excerpts and codings are read together. */
const PAGE = 50;

/**
 * Writes a partnership (or one district, or one cycle) as a REFI-QDA project at `path`: the coders
 * as users, the codebook, the participants as cases (role group, school, district, unit), each
 * interview's current transcript as a text source with its excerpts and codings as selections,
 * memos as notes attached where they belong, ISF entries and claims as notes linked to what they
 * cite, and sets per district and per school. Interviews are read a page at a time and written as
 * they come, so the corpus is never held in memory. Reads only: nothing is written to the store.
 */
export async function exportQdpx(ctx: ServiceContext, options: QdpxExportOptions, path: string): Promise<QdpxExportReport> {
  const { store } = ctx;
  const partnership = await store.partnerships.byId(options.partnershipId);
  if (!partnership) throw notFound('partnership', options.partnershipId);
  const scope: ExchangeScope = { partnershipId: partnership.id };
  if (options.district) scope.districtId = (await districtOf(ctx, partnership.id, options.district)).id;
  if (options.cycle) scope.cycleId = (await cycleOf(ctx, partnership.id, options.cycle)).id;
  const ex = store.exchange;

  const people = await ex.people(partnership.id);
  const users: RefiUser[] = people.map((p) => ({ guid: guidOf(p.id), name: p.display_name, id: p.email || p.id }));
  const userGuids = new Map<string, string>();
  const userGuid = (id: string) => userGuids.get(id) ?? userGuids.set(id, guidOf(id)).get(id)!;

  const memos = await ex.memos(partnership.id);
  const memosOf = new Map<string, string[]>();
  for (const m of memos) if (m.subject_id) memosOf.set(m.subject_id, [...(memosOf.get(m.subject_id) ?? []), guidOf(m.id)]);

  // A code keeps the GUID it is exchanged under (another tool's, if it came from one), as in a .qdc.
  const codeRows = await ex.codes(partnership.id);
  const codeGuids = new Map(codeRows.map((c) => [c.id, codeGuid(c)]));
  const guidOfCode = (id: string) => codeGuids.get(id) ?? guidOf(id);
  const codes: CodeRow[] = codeRows.map((c) => ({
    guid: guidOfCode(c.id),
    name: c.name,
    ...(c.parent_id ? { parentGuid: guidOfCode(c.parent_id) } : {}),
    ...(c.colour ? { colour: c.colour } : {}),
    ...(describeCode(c) ? { description: describeCode(c) } : {}),
    noteRefs: memosOf.get(c.id) ?? [],
  }));

  const organizations = new Map((await ex.organizations(partnership.id)).map((o) => [o.id, o]));
  const orgName = (id: string | null) => (id ? (organizations.get(id)?.name ?? '') : '');
  const participants = await ex.participants(scope);
  const sourcesOf = new Map<string, string[]>();
  const schoolSources = new Map<string, string[]>();
  const districtSources = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };

  const citations = await ex.citations(partnership.id);
  /** Which ISF entries cite each excerpt, and what each entry and claim cites. */
  const citedBy = new Map<string, { citing: string; stance: string }[]>();
  const cites = new Map<string, { cited: string; stance: string }[]>();
  for (const c of citations) {
    if (c.cited_kind === 'excerpt') citedBy.set(c.cited_id, [...(citedBy.get(c.cited_id) ?? []), { citing: c.citing_id, stance: c.stance }]);
    cites.set(c.citing_id, [...(cites.get(c.citing_id) ?? []), { cited: c.cited_id, stance: c.stance }]);
  }
  const exported = new Set<string>();

  async function* sources(): AsyncIterable<WritableSource> {
    let after: string | undefined;
    for (;;) {
      const page = await ex.interviews(scope, after, PAGE);
      if (!page.length) return;
      after = page.at(-1)!.code;
      const ids = page.map((i) => i.transcript_id);
      const [texts, excerpts, codings] = await Promise.all([ex.texts(ids), ex.excerpts(ids), ex.codings(ids)]);
      const excerptsOf = groupBy(excerpts, (e) => e.transcript_id);
      const codingsOf = groupBy(codings, (c) => c.transcript_id ?? '');
      for (const i of page) {
        const guid = guidOf(i.id);
        push(schoolSources, i.organization_id, guid);
        push(districtSources, i.district_id, guid);
        const selections = new Map<string, WritableSelection & { codings: WritableSelection['codings'][number][] }>();
        for (const e of excerptsOf.get(i.transcript_id) ?? []) {
          exported.add(e.id);
          selections.set(e.id, {
            guid: guidOf(e.id),
            start: e.start_offset,
            end: e.end_offset,
            creatingUser: userGuid(e.created_by),
            creationDateTime: e.created_at,
            codings: [],
            noteRefs: memosOf.get(e.id) ?? [],
          });
        }
        for (const c of codingsOf.get(i.transcript_id) ?? []) {
          const key = c.excerpt_id ?? `coding:${c.id}`;
          let sel = selections.get(key);
          if (!sel || sel.start !== c.start_offset || sel.end !== c.end_offset) {
            // A coding of its own stretch (no excerpt, or one whose bounds differ) is a selection of its own.
            sel = { guid: guidOf(`selection:${c.id}`), start: c.start_offset, end: c.end_offset, creatingUser: userGuid(c.coder), codings: [], noteRefs: [] };
            selections.set(`coding:${c.id}`, sel);
          }
          sel.codings.push({
            guid: guidOf(c.id),
            codeGuid: guidOfCode(c.code_id),
            creatingUser: userGuid(c.coder),
            creationDateTime: c.created_at,
            noteRefs: memosOf.get(c.id) ?? [],
          });
        }
        yield {
          guid,
          name: i.code,
          text: texts.get(i.transcript_id) ?? '',
          creatingUser: userGuid(i.imported_by),
          creationDateTime: i.imported_at,
          selections: [...selections.values()].sort((a, b) => a.start - b.start || a.end - b.end),
          noteRefs: memosOf.get(i.id) ?? [],
          variables: [i.cycle_label, i.date, i.interviewer, i.protocol]
            .map((value, k) => ({ variableGuid: SOURCE_VARIABLE_GUIDS[k]!, name: SOURCE_VARIABLES[k], value }))
            .filter((v) => v.value !== ''),
        };
      }
    }
  }

  let isfCount = 0;
  let claimCount = 0;
  async function* notes(): AsyncIterable<WritableNote> {
    for (const m of memos) {
      const links = m.subject_kind === 'participant' && m.subject_id ? [{ target: guidOf(m.subject_id), name: 'about' }] : [];
      yield { guid: guidOf(m.id), name: m.title || 'Memo', text: m.text, creatingUser: userGuid(m.created_by), creationDateTime: m.created_at, links };
    }
    for (const e of await ex.isfEntries(scope)) {
      isfCount++;
      const links = (cites.get(e.id) ?? []).filter((c) => exported.has(c.cited)).map((c) => ({ target: guidOf(c.cited), name: c.stance }));
      yield {
        guid: guidOf(e.id),
        name: `ISF ${e.interview_code}: ${e.label}`,
        text: e.text,
        creatingUser: userGuid(e.created_by),
        creationDateTime: e.created_at,
        links,
      };
    }
    for (const c of await ex.claims(scope)) {
      claimCount++;
      const links = (cites.get(c.id) ?? []).map((x) => ({ target: guidOf(x.cited), name: x.stance }));
      yield { guid: guidOf(c.id), name: `Claim: ${c.title}`, text: c.text, creatingUser: userGuid(c.created_by), creationDateTime: c.created_at, links };
    }
  }

  function* cases(): Iterable<RefiCase> {
    for (const p of participants) {
      const school = organizations.get(p.organization_id);
      const values = [p.role, school?.kind === 'school' ? school.name : orgName(p.organization_id), orgName(p.district_id), orgName(p.unit_id), p.pseudonym];
      yield {
        guid: guidOf(p.id),
        name: p.code,
        variables: VARIABLES.slice(0, CASE_VARIABLES.length)
          .map((v, k) => ({ variableGuid: v.guid, name: v.name, value: values[k] ?? '' }))
          .filter((v) => v.value !== ''),
        sourceRefs: sourcesOf.get(p.id) ?? [],
        selectionRefs: [],
        codeRefs: [],
      };
    }
  }

  function* sets(): Iterable<RefiSet> {
    for (const [id, list] of districtSources) yield { guid: guidOf(`set:${id}`), name: `District: ${orgName(id)}`, codes: [], sources: list, notes: [] };
    for (const [id, list] of schoolSources) yield { guid: guidOf(`set:${id}`), name: `School: ${orgName(id)}`, codes: [], sources: list, notes: [] };
  }

  // Cases come before sources in project.qde but name the sources of each participant: the
  // interviews' GUIDs are known from their IDs, so the cases are written from one light query.
  const light = await interviewsOf(ctx, scope);
  for (const i of light) push(sourcesOf, i.participant_id, guidOf(i.id));
  const casesList = [...cases()];

  const written = await writeQdpx(path, {
    name: partnership.name,
    origin: 'Warrant',
    creationDateTime: now(ctx),
    users,
    codes,
    variables: VARIABLES,
    cases: casesList,
    sources: sources(),
    notes: notes(),
    sets: sets(),
  });
  return { file: path, ...written, memos: memos.length, isfEntries: isfCount, claims: claimCount };
}

async function interviewsOf(ctx: ServiceContext, scope: ExchangeScope) {
  const out: { id: string; participant_id: string }[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await ctx.store.exchange.interviews(scope, after, 5000);
    if (!page.length) return out;
    after = page.at(-1)!.code;
    for (const i of page) out.push({ id: i.id, participant_id: i.participant_id });
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
