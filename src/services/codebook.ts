import {
  codeNameProblem,
  type CodeNode,
  codeTree,
  colourProblem,
  CODE_TEXT_MAX,
  guidOfId,
  codePath,
  mergeProblem,
  moveProblem,
  nameKey,
  PATH_SEPARATOR,
  paletteColour,
  parseColour,
  positionAt,
  POSITION_STEP,
  siblingsOf,
  splitProblem,
  tidyName,
} from '../domain/codebook.js';
import { invalid, notFound, versionConflict, versionRequired } from '../domain/errors.js';
import type { CodeRow } from '../storage/repositories/code.repository.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { history, type HistoryEntry } from './history.js';
import { saveNextVersion } from './versioned-edit.js';

export type { CodeRow };

/** The fields a code is described by. */
export interface CodeText {
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  colour?: string;
}

type TextField = 'definition' | 'inclusion' | 'exclusion' | 'example';

function textField(field: TextField, value: string | undefined): string {
  const text = (value ?? '').replace(/\r\n?/g, '\n').trim();
  if (text.length > CODE_TEXT_MAX) throw invalid(`${field}: at most ${CODE_TEXT_MAX} characters (this one has ${text.length})`, { field });
  return text;
}

function colourField(value: string): string {
  const problem = colourProblem(value);
  if (problem) throw invalid(problem, { field: 'colour' });
  return parseColour(value)!;
}

function requireReason(reason: string | undefined, what: string): string {
  const why = reason?.trim();
  if (!why) throw invalid(`say why ${what} (a reason is kept with the new version)`, { field: 'reason' });
  return why;
}

const shownOf = (c: CodeRow) => ({
  name: c.name,
  parentId: c.parent_id,
  position: c.position,
  definition: c.definition,
  inclusion: c.inclusion,
  exclusion: c.exclusion,
  example: c.example,
  colour: c.colour,
});

/** Refuses, before anything is written, an operation made on no version or another version of the code. */
function refuseStale(row: CodeRow, expectedVersion: number | undefined): void {
  if (expectedVersion === undefined) throw versionRequired('code', row.id, row.version, shownOf(row));
  if (expectedVersion !== row.version) throw versionConflict('code', row.id, expectedVersion, row.version, shownOf(row));
}

/** The partnership's codes, retired ones too (merged codes keep their history). */
export const allCodes = (ctx: ServiceContext, partnershipId: string): Promise<CodeRow[]> => ctx.store.codes.list(partnershipId);

/** The codebook as a tree of live codes, with the number of live codings of each. */
export async function codebook(ctx: ServiceContext, partnershipId: string): Promise<{ tree: CodeNode<CodeRow>[]; codings: Map<string, number> }> {
  const [rows, codings] = await Promise.all([ctx.store.codes.list(partnershipId), ctx.store.codes.codingCounts(partnershipId)]);
  return { tree: codeTree(rows), codings };
}

async function liveCode(ctx: ServiceContext, id: string): Promise<CodeRow> {
  const row = await ctx.store.codes.byId(id);
  if (!row) throw notFound('code', id);
  if (row.retired_at)
    throw invalid(
      row.merged_into_id
        ? `code "${row.name}" (${id}) was merged into ${row.merged_into_id} on ${row.retired_at}: edit that code instead`
        : `code "${row.name}" (${id}) was retired`,
    );
  return row;
}

export interface NewCode extends CodeText {
  partnershipId: string;
  name: string;
  parentId?: string | null;
  /** Its place among its siblings (0 first); at the end when not given. */
  index?: number;
  /** The GUID it was exchanged under (an imported code); derived from its ID otherwise. */
  guid?: string;
  splitFromId?: string;
  reason?: string;
}

/** Adds a code to the codebook, at the top or under another code. */
export function addCode(ctx: ServiceContext, input: NewCode): Promise<CodeRow> {
  return inTransaction(ctx, async (tx) => {
    const codes = await tx.store.codes.list(input.partnershipId);
    const parentId = input.parentId || null;
    if (parentId) {
      const parent = codes.find((c) => c.id === parentId);
      if (!parent) throw notFound('code', parentId);
      if (parent.retired_at) throw invalid(`code "${parent.name}" (${parent.id}) was retired: add the code elsewhere`, { field: 'parentId' });
    }
    const nameProblem = codeNameProblem(input.name, parentId, codes);
    if (nameProblem) throw invalid(nameProblem, { field: 'name' });
    const siblings = siblingsOf(codes, parentId);
    let position = positionAt(siblings, input.index ?? siblings.length);
    if (position === null) {
      await renumber(tx, siblings, 'room was made for a new code');
      position = positionAt(await freshSiblings(tx, input.partnershipId, parentId), input.index ?? siblings.length)!;
    }
    const id = tx.ids.next('code');
    const at = now(tx);
    const row: CodeRow = {
      id,
      partnership_id: input.partnershipId,
      parent_id: parentId,
      name: tidyName(input.name),
      definition: textField('definition', input.definition),
      inclusion: textField('inclusion', input.inclusion),
      exclusion: textField('exclusion', input.exclusion),
      example: textField('example', input.example),
      colour: input.colour?.trim() ? colourField(input.colour) : paletteColour(codes.length),
      position,
      merged_into_id: null,
      split_from_id: input.splitFromId ?? null,
      guid: input.guid ?? guidOfId(id),
      ...firstVersion(tx, at),
      ...NOT_RETIRED,
    };
    if (input.guid && (await tx.store.codes.byGuid(input.partnershipId, input.guid)))
      throw invalid(`a code with GUID ${input.guid} is already in the codebook`, { field: 'guid' });
    await tx.store.codes.insert(row);
    await audit(tx, { action: 'code.create', entityKind: 'code', entityId: id, version: 1, at, reason: input.reason?.trim() || null, data: row });
    return row;
  });
}

const freshSiblings = async (ctx: ServiceContext, partnershipId: string, parentId: string | null) =>
  siblingsOf(await ctx.store.codes.list(partnershipId), parentId);

/** Spaces the siblings' positions again (each a next version), when a code must go between two with no room. */
async function renumber(ctx: ServiceContext, siblings: readonly CodeRow[], reason: string): Promise<void> {
  for (const [i, s] of siblings.entries()) {
    const position = (i + 1) * POSITION_STEP;
    if (s.position === position) continue;
    await saveNextVersion(ctx, {
      what: 'code',
      current: s,
      shown: shownOf(s),
      expectedVersion: s.version,
      write: (from, at) => ctx.store.codes.updateIfVersion(s.id, { position }, from, ctx.actor, at),
      audit: { action: 'code.move', entityKind: 'code', reason, data: { from: { position: s.position }, to: { position } } },
    });
  }
}

export interface CodeEdit extends CodeText {
  id: string;
  name?: string;
  expectedVersion?: number;
  reason?: string;
}

/**
 * Renames or redefines a code (definition, inclusion and exclusion criteria, example, colour): its
 * next version, with the reason in the audit trail. Fields not given stay as they are.
 */
export function editCode(ctx: ServiceContext, edit: CodeEdit): Promise<CodeRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await liveCode(tx, edit.id);
    const next = {
      name: edit.name === undefined ? row.name : tidyName(edit.name),
      definition: edit.definition === undefined ? row.definition : textField('definition', edit.definition),
      inclusion: edit.inclusion === undefined ? row.inclusion : textField('inclusion', edit.inclusion),
      exclusion: edit.exclusion === undefined ? row.exclusion : textField('exclusion', edit.exclusion),
      example: edit.example === undefined ? row.example : textField('example', edit.example),
      colour: edit.colour === undefined ? row.colour : colourField(edit.colour),
    };
    if (next.name !== row.name) {
      const problem = codeNameProblem(next.name, row.parent_id, await tx.store.codes.list(row.partnership_id), row.id);
      if (problem) throw invalid(problem, { field: 'name' });
    }
    const changed = Object.fromEntries(Object.entries(next).filter(([k, v]) => row[k as keyof typeof next] !== v)) as Partial<typeof next>;
    if (Object.keys(changed).length === 0) return row;
    const reason = requireReason(edit.reason, changed.name ? 'the code is renamed' : 'the code is redefined');
    const from = Object.fromEntries(Object.keys(changed).map((k) => [k, row[k as keyof typeof next]]));
    const renamedOnly = Object.keys(changed).length === 1 && changed.name !== undefined;
    await saveNextVersion(tx, {
      what: 'code',
      current: row,
      shown: shownOf(row),
      expectedVersion: edit.expectedVersion,
      write: (fromVersion, at) => tx.store.codes.updateIfVersion(row.id, changed, fromVersion, tx.actor, at),
      audit: { action: renamedOnly ? 'code.rename' : 'code.update', entityKind: 'code', reason, data: { from, to: changed } },
    });
    return (await tx.store.codes.byId(row.id))!;
  });
}

export const renameCode = (ctx: ServiceContext, edit: { id: string; name: string; expectedVersion?: number; reason?: string }) => editCode(ctx, edit);

export interface CodeMove {
  id: string;
  /** The code to sit under; null for the top of the codebook. */
  parentId: string | null;
  /** Its place among its new siblings (0 first); at the end when not given. */
  index?: number;
  expectedVersion?: number;
  reason?: string;
}

/** Moves a code (with the codes under it) under another code or to the top, and to a place among its siblings. */
export function moveCode(ctx: ServiceContext, move: CodeMove): Promise<CodeRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await liveCode(tx, move.id);
    const codes = await tx.store.codes.list(row.partnership_id);
    const parentId = move.parentId || null;
    const problem = moveProblem(codes, row.id, parentId);
    if (problem) throw invalid(problem, { field: 'parentId' });
    if (parentId !== row.parent_id) {
      const nameProblem = codeNameProblem(row.name, parentId, codes, row.id);
      if (nameProblem) throw invalid(nameProblem, { field: 'parentId' });
    }
    let siblings = siblingsOf(codes, parentId, row.id);
    const index = move.index ?? (parentId === row.parent_id ? siblingsOf(codes, parentId).findIndex((c) => c.id === row.id) : siblings.length);
    const reason = requireReason(move.reason, 'the code moves');
    refuseStale(row, move.expectedVersion);
    let position = positionAt(siblings, index);
    if (position === null) {
      await renumber(tx, siblings, 'room was made for a code moved here');
      siblings = await freshSiblings(tx, row.partnership_id, parentId).then((s) => s.filter((c) => c.id !== row.id));
      position = positionAt(siblings, index)!;
    }
    if (parentId === row.parent_id && position === row.position) return row;
    const to = { parent_id: parentId, position };
    await saveNextVersion(tx, {
      what: 'code',
      current: row,
      shown: shownOf(row),
      expectedVersion: move.expectedVersion,
      write: (from, at) => tx.store.codes.updateIfVersion(row.id, to, from, tx.actor, at),
      audit: {
        action: 'code.move',
        entityKind: 'code',
        reason,
        data: { from: { parentId: row.parent_id, position: row.position }, to: { parentId, position, index } },
      },
    });
    return (await tx.store.codes.byId(row.id))!;
  });
}

export interface CodeMerge {
  /** The code merged away (retired). */
  sourceId: string;
  /** The code that keeps its codings. */
  targetId: string;
  /** The version of the source the merge was decided on. */
  expectedVersion?: number;
  reason?: string;
}

export interface MergeResult {
  source: CodeRow;
  target: CodeRow;
  /** The codings recoded from source to target. */
  recoded: string[];
  /** The codes that sat under the source, now under the target. */
  movedChildren: string[];
}

/**
 * Merges one code into another: every live coding of the source becomes a coding of the target (its
 * next version, audited with the reason), the codes under the source move under the target, and the
 * source is retired as merged into the target (its next version), its history kept. Nothing is lost.
 */
export function mergeCodes(ctx: ServiceContext, merge: CodeMerge): Promise<MergeResult> {
  return inTransaction(ctx, async (tx) => {
    const source = await tx.store.codes.byId(merge.sourceId);
    if (!source) throw notFound('code', merge.sourceId);
    const target = await tx.store.codes.byId(merge.targetId);
    if (!target || target.partnership_id !== source.partnership_id) throw notFound('code', merge.targetId);
    const codes = await tx.store.codes.list(source.partnership_id);
    const problem = mergeProblem(codes, source.id, target.id);
    if (problem) throw invalid(problem, { field: 'targetId' });
    const reason = requireReason(merge.reason, `"${source.name}" is merged into "${target.name}"`);
    refuseStale(source, merge.expectedVersion);
    const why = `merged "${source.name}" into "${target.name}": ${reason}`;
    const recoded: string[] = [];
    for (const coding of await tx.store.codes.liveCodings(source.id)) {
      await saveNextVersion(tx, {
        what: 'coding',
        current: coding,
        shown: { codeId: coding.code_id },
        expectedVersion: coding.version,
        write: (from, at) => tx.store.codings.updateIfVersion(coding.id, { code_id: target.id }, from, tx.actor, at),
        audit: { action: 'coding.recode', entityKind: 'coding', reason: why, data: { from: { codeId: source.id }, to: { codeId: target.id }, merge: true } },
      });
      recoded.push(coding.id);
    }
    const movedChildren: string[] = [];
    const targetChildren = siblingsOf(codes, target.id);
    let last = targetChildren.at(-1)?.position ?? 0;
    const takenUnderTarget = new Set(targetChildren.map((c) => nameKey(c.name)));
    for (const child of siblingsOf(codes, source.id)) {
      const key = nameKey(child.name);
      if (takenUnderTarget.has(key))
        throw invalid(`"${child.name}" sits under "${source.name}" and "${target.name}" already has a code of that name: rename one of them first`, {
          field: 'targetId',
        });
      takenUnderTarget.add(key);
      last += POSITION_STEP;
      const to = { parent_id: target.id, position: last };
      await saveNextVersion(tx, {
        what: 'code',
        current: child,
        shown: shownOf(child),
        expectedVersion: child.version,
        write: (from, at) => tx.store.codes.updateIfVersion(child.id, to, from, tx.actor, at),
        audit: {
          action: 'code.move',
          entityKind: 'code',
          reason: why,
          data: { from: { parentId: source.id, position: child.position }, to: { parentId: target.id, position: last } },
        },
      });
      movedChildren.push(child.id);
    }
    const at = now(tx);
    await saveNextVersion(tx, {
      what: 'code',
      current: source,
      shown: shownOf(source),
      expectedVersion: merge.expectedVersion,
      at,
      write: (from) =>
        tx.store.codes.updateIfVersion(source.id, { merged_into_id: target.id, retired_at: at, retired_by: tx.actor, retired_reason: why }, from, tx.actor, at),
      audit: { action: 'code.merge', entityKind: 'code', reason, data: { into: target.id, intoName: target.name, recoded: recoded.length, movedChildren } },
    });
    await audit(tx, {
      action: 'code.merged_in',
      entityKind: 'code',
      entityId: target.id,
      reason,
      at,
      data: { from: source.id, fromName: source.name, recoded: recoded.length },
    });
    return { source: (await tx.store.codes.byId(source.id))!, target: (await tx.store.codes.byId(target.id))!, recoded, movedChildren };
  });
}

export interface CodeSplit {
  id: string;
  /** The codes made from it, beside it under the same parent. */
  into: ({ name: string } & CodeText)[];
  expectedVersion?: number;
  reason?: string;
}

export interface SplitResult {
  source: CodeRow;
  created: CodeRow[];
  /** The source's live codings: they stay on it until each is recoded to one of the new codes. */
  codingsToRecode: number;
}

/**
 * Splits a code into new codes beside it (each remembering the code it was split from). The code
 * itself stays, with its codings, until they are recoded one by one to the new codes: a split cannot
 * know which passage belongs where. The source's next version records the split and its reason.
 */
export function splitCode(ctx: ServiceContext, split: CodeSplit): Promise<SplitResult> {
  return inTransaction(ctx, async (tx) => {
    const source = await liveCode(tx, split.id);
    const codes = await tx.store.codes.list(source.partnership_id);
    const problem = splitProblem(
      codes,
      source.id,
      split.into.map((c) => c.name),
    );
    if (problem) throw invalid(problem, { field: 'into' });
    const reason = requireReason(split.reason, `"${source.name}" is split`);
    refuseStale(source, split.expectedVersion);
    const index = siblingsOf(codes, source.parent_id).findIndex((c) => c.id === source.id) + 1;
    const created: CodeRow[] = [];
    for (const [i, c] of split.into.entries()) {
      created.push(
        await addCode(tx, {
          ...c,
          partnershipId: source.partnership_id,
          parentId: source.parent_id,
          index: index + i,
          colour: c.colour?.trim() ? c.colour : source.colour,
          splitFromId: source.id,
          reason: `split from "${source.name}": ${reason}`,
        }),
      );
    }
    const codingsToRecode = (await tx.store.codes.liveCodings(source.id)).length;
    await saveNextVersion(tx, {
      what: 'code',
      current: source,
      shown: shownOf(source),
      expectedVersion: split.expectedVersion,
      write: (from, at) => tx.store.codes.updateIfVersion(source.id, {}, from, tx.actor, at),
      audit: { action: 'code.split', entityKind: 'code', reason, data: { into: created.map((c) => ({ id: c.id, name: c.name })), codingsToRecode } },
    });
    return { source: (await tx.store.codes.byId(source.id))!, created, codingsToRecode };
  });
}

export interface CodeHistory {
  code: CodeRow;
  /** Its versions and what happened to it, from the audit trail, oldest first. */
  entries: HistoryEntry[];
  /** Codes merged into it. */
  mergedFrom: CodeRow[];
  /** Codes split from it. */
  splitInto: CodeRow[];
  mergedInto: CodeRow | null;
  splitFrom: CodeRow | null;
  codings: number;
}

/** A code with its history: every version (who, when, why, what changed), merges and splits. */
export async function codeHistory(ctx: ServiceContext, id: string): Promise<CodeHistory> {
  const code = await ctx.store.codes.byId(id);
  if (!code) throw notFound('code', id);
  const codes = await ctx.store.codes.list(code.partnership_id);
  const byId = (other: string | null) => (other ? (codes.find((c) => c.id === other) ?? null) : null);
  return {
    code,
    entries: await history(ctx, id),
    mergedFrom: codes.filter((c) => c.merged_into_id === id),
    splitInto: codes.filter((c) => c.split_from_id === id),
    mergedInto: byId(code.merged_into_id),
    splitFrom: byId(code.split_from_id),
    codings: (await ctx.store.codes.liveCodings(id)).length,
  };
}

/** A code of the partnership named by ID, by name, or by its path ("Supports > Coaching"). */
export async function findCode(ctx: ServiceContext, partnershipId: string, ref: string): Promise<CodeRow> {
  const codes = await ctx.store.codes.list(partnershipId);
  const byId = codes.find((c) => c.id === ref);
  if (byId) return byId;
  const live = codes.filter((c) => !c.retired_at);
  const wanted = ref.split(PATH_SEPARATOR.trim()).map(nameKey);
  const matches = live.filter((c) => {
    const path = codePath(codes, c.id).map(nameKey);
    return path.length >= wanted.length && path.slice(path.length - wanted.length).join('\u0000') === wanted.join('\u0000');
  });
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1)
    throw invalid(
      `${matches.length} codes are named "${ref}": name it by its path (${matches.map((c) => codePath(codes, c.id).join(PATH_SEPARATOR)).join('; ')}) or its ID`,
    );
  throw notFound('code', JSON.stringify(ref));
}
