import type { MemoSubjectKind } from '../domain/coding.js';
import { invalid, notFound } from '../domain/errors.js';
import { kindOfId } from '../domain/ids.js';
import { checkMemoText, checkMemoTitle, MEMO_SUBJECT_LABELS, MEMO_SUBJECT_RECORDS, memoSubjectKindOf } from '../domain/memo.js';
import { matchesSearchQuery, parseSearchQuery } from '../domain/search-query.js';
import type { MemoRow } from '../storage/repositories/memo.repository.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { actorNames } from './accounts.js';
import { type HistoryEntry, history } from './history.js';
import { partnershipOfRecord } from './ownership.js';
import { saveNextVersion } from './versioned-edit.js';

/** What a memo is written on, with what it is called. */
export interface MemoSubject {
  kind: MemoSubjectKind;
  id: string;
  /** "code Pacing", "interview T01-0910", "passage of T01-0910: “Our grade-level team…”". */
  label: string;
}

export interface Memo {
  row: MemoRow;
  subject: MemoSubject | null;
  /** The author's name (their account's), or the ID the memo was written under. */
  author: string;
}

export interface NewMemo {
  partnershipId: string;
  /** What it is written on: an ID (its kind read from its prefix), or with `subjectKind`, an interview's or participant's code or a code's name. None: free-standing. */
  subject?: string;
  subjectKind?: string;
  title: string;
  text: string;
  reason?: string;
}

const QUOTE_SHOWN = 60;
const clipped = (s: string) => ([...s].length > QUOTE_SHOWN ? `${[...s].slice(0, QUOTE_SHOWN).join('').trimEnd()}…` : s);

/** The record a memo is to be written on, found by ID, or by a code or name within its kind; one of another partnership does not exist. */
async function subjectOf(ctx: ServiceContext, partnershipId: string, subject: string, kindGiven?: string): Promise<{ kind: MemoSubjectKind; id: string }> {
  const ref = subject.trim();
  const byPrefix = kindOfId(ref);
  const kind = kindGiven ? memoSubjectKindOf(kindGiven) : undefined;
  const missing = () => notFound(kind ? MEMO_SUBJECT_LABELS[kind] : 'record', JSON.stringify(ref));
  if (byPrefix && (!kind || MEMO_SUBJECT_RECORDS[kind] === byPrefix)) {
    const k = (Object.keys(MEMO_SUBJECT_RECORDS) as MemoSubjectKind[]).find((s) => MEMO_SUBJECT_RECORDS[s] === byPrefix);
    if (!k)
      throw invalid(`subject: ${ref} is a ${byPrefix}, which memos are not written on (a code, coding, passage, interview or participant)`, {
        field: 'subject',
      });
    if ((await partnershipOfRecord(ctx, ref)) !== partnershipId) throw missing();
    return { kind: k, id: ref };
  }
  if (!kind)
    throw invalid(`subject: "${ref}" is not an ID; name its kind (code, coding, passage, interview or participant) to find it by its code or name`, {
      field: 'subject',
    });
  if (kind === 'interview') {
    const found = await ctx.store.interviews.byCode(partnershipId, ref);
    if (found) return { kind, id: found.id };
  } else if (kind === 'participant') {
    const found = await ctx.store.participants.byCode(partnershipId, ref);
    if (found) return { kind, id: found.id };
  } else if (kind === 'code') {
    const found = (await ctx.store.codes.list(partnershipId)).find((c) => !c.retired_at && c.name.toLowerCase() === ref.toLowerCase());
    if (found) return { kind, id: found.id };
  }
  throw missing();
}

/** What a memo's subject is called, as pages and lists show it. */
async function labelOf(ctx: ServiceContext, kind: MemoSubjectKind, id: string): Promise<string> {
  const { store } = ctx;
  switch (kind) {
    case 'code': {
      const c = await store.codes.byId(id);
      const into = c?.merged_into_id ? await store.codes.byId(c.merged_into_id) : undefined;
      return c ? `code ${c.name}${into ? ` (merged into ${into.name})` : ''}` : `code ${id}`;
    }
    case 'coding': {
      const c = await store.codings.byId(id);
      const code = c && (await store.codes.byId(c.code_id));
      const interview = c?.interview_id ? await store.interviews.byId(c.interview_id) : undefined;
      return code ? `coding ${code.name}${interview ? ` in ${interview.code}` : ''}` : `coding ${id}`;
    }
    case 'excerpt': {
      const e = await store.excerpts.byId(id);
      const interview = e && (await store.interviews.byId(e.interview_id));
      return e ? `passage of ${interview?.code ?? e.interview_id}: “${clipped(e.quote)}”` : `passage ${id}`;
    }
    case 'interview': {
      const i = await store.interviews.byId(id);
      return `interview ${i?.code ?? id}`;
    }
    case 'participant': {
      const p = await store.participants.byId(id);
      return `participant ${p?.code ?? id}`;
    }
  }
}

async function inContext(ctx: ServiceContext, rows: MemoRow[]): Promise<Memo[]> {
  const labels = new Map<string, string>();
  const authors = await actorNames(
    ctx,
    rows.map((r) => r.created_by),
  );
  const out: Memo[] = [];
  for (const row of rows) {
    const author = authors.get(row.created_by)!;
    if (!row.subject_kind || !row.subject_id) {
      out.push({ row, subject: null, author });
      continue;
    }
    const key = `${row.subject_kind}:${row.subject_id}`;
    if (!labels.has(key)) labels.set(key, await labelOf(ctx, row.subject_kind, row.subject_id));
    out.push({ row, subject: { kind: row.subject_kind, id: row.subject_id, label: labels.get(key)! }, author });
  }
  return out;
}

/** Writes a memo, by its author now, on a code, coding, passage, interview or participant of the partnership, or free-standing. */
export function addMemo(ctx: ServiceContext, input: NewMemo): Promise<Memo> {
  return inTransaction(ctx, async (tx) => {
    if (input.subjectKind !== undefined && input.subject === undefined && input.subjectKind.trim() !== '' && input.subjectKind !== 'none')
      throw invalid('subject: name what the memo is written on (its ID, or its code or name), or leave out subjectKind for a free-standing memo', {
        field: 'subject',
      });
    const subject =
      input.subject !== undefined && input.subject.trim() !== ''
        ? await subjectOf(tx, input.partnershipId, input.subject, input.subjectKind === 'none' ? undefined : input.subjectKind)
        : null;
    const at = now(tx);
    const row: MemoRow = {
      id: tx.ids.next('memo'),
      partnership_id: input.partnershipId,
      subject_kind: subject?.kind ?? null,
      subject_id: subject?.id ?? null,
      title: checkMemoTitle(input.title),
      text: checkMemoText(input.text),
      ...firstVersion(tx, at),
      ...NOT_RETIRED,
    };
    await tx.store.memos.insert(row);
    await audit(tx, { action: 'memo.create', entityKind: 'memo', entityId: row.id, version: 1, at, reason: input.reason?.trim() || null, data: row });
    return (await inContext(tx, [row]))[0]!;
  });
}

export interface MemoEdit {
  id: string;
  title?: string;
  text?: string;
  expectedVersion?: number;
  reason?: string;
}

/** Saves a memo's new title or text as its next version, audited with the reason; a retired memo is not edited. */
export function editMemo(ctx: ServiceContext, input: MemoEdit): Promise<Memo> {
  return inTransaction(ctx, async (tx) => {
    const current = await tx.store.memos.byId(input.id);
    if (!current) throw notFound('memo', input.id);
    if (current.retired_at) throw invalid(`memo ${current.id} was retired on ${current.retired_at}: write a new memo instead`);
    const title = input.title === undefined ? current.title : checkMemoTitle(input.title);
    const text = input.text === undefined ? current.text : checkMemoText(input.text);
    if (title !== current.title || text !== current.text) {
      const changed = { ...(title !== current.title && { title }), ...(text !== current.text && { text }) };
      await saveNextVersion(tx, {
        what: 'memo',
        current,
        shown: { title: current.title, text: current.text },
        expectedVersion: input.expectedVersion,
        write: (from, at) => tx.store.memos.updateIfVersion(current.id, changed, from, tx.actor, at),
        audit: {
          action: 'memo.update',
          entityKind: 'memo',
          reason: input.reason?.trim() || null,
          data: {
            from: { ...(changed.title !== undefined && { title: current.title }), ...(changed.text !== undefined && { text: current.text }) },
            to: changed,
          },
        },
      });
    }
    return (await inContext(tx, [(await tx.store.memos.byId(current.id))!]))[0]!;
  });
}

export interface MemoFilter {
  /** A subject kind, or "none" for the free-standing memos. */
  subjectKind?: string;
  /** Memos on this record (an ID, or with subjectKind its code or name). */
  subject?: string;
  /** In the transcript query language, over the title and text. */
  q?: string;
  includeRetired?: boolean;
}

/** A code and every code merged into it, directly or through codes merged in turn: their memos are the code's too. */
async function mergedInto(ctx: ServiceContext, partnershipId: string, codeId: string): Promise<string[]> {
  const codes = await ctx.store.codes.list(partnershipId);
  const found = [codeId];
  for (let i = 0; i < found.length; i++) for (const c of codes) if (c.merged_into_id === found[i] && !found.includes(c.id)) found.push(c.id);
  return found;
}

/**
 * The partnership's memos, newest first: all, on one kind of subject, on one subject (a code's
 * include those written on the codes merged into it), or
 * free-standing; with `q`, those whose title and text answer the query as the transcript search
 * reads it (words, "phrases", prefix*, OR, -word).
 */
export async function memosOf(ctx: ServiceContext, partnershipId: string, filter: MemoFilter = {}): Promise<Memo[]> {
  const query = filter.q !== undefined && filter.q.trim() !== '' ? parseSearchQuery(filter.q) : undefined;
  const kindText = filter.subjectKind?.trim();
  const none = kindText === 'none' || kindText === 'free' || kindText === 'free-standing';
  let subjectKind: MemoSubjectKind | null | undefined = none ? null : kindText ? memoSubjectKindOf(kindText) : undefined;
  let subjectId: string | undefined;
  if (filter.subject !== undefined && filter.subject.trim() !== '') {
    const s = await subjectOf(ctx, partnershipId, filter.subject, subjectKind ?? undefined);
    subjectKind = s.kind;
    subjectId = s.id;
  }
  const rows = await ctx.store.memos.list(partnershipId, {
    ...(subjectKind !== undefined && { subjectKind }),
    ...(subjectId !== undefined && { subjectId: subjectKind === 'code' ? await mergedInto(ctx, partnershipId, subjectId) : subjectId }),
    ...(filter.includeRetired && { includeRetired: true }),
  });
  return inContext(ctx, query ? rows.filter((m) => matchesSearchQuery(query, m.title, m.text)) : rows);
}

/** One memo, with what it is written on, and its history (each version's change, who made it, when and why). */
export async function memoById(ctx: ServiceContext, id: string): Promise<Memo & { history: HistoryEntry[] }> {
  const row = await ctx.store.memos.byId(id);
  if (!row) throw notFound('memo', id);
  return { ...(await inContext(ctx, [row]))[0]!, history: await history(ctx, id) };
}
