import { nameKey, uniqueName } from '../domain/codebook.js';
import { invalid } from '../domain/errors.js';
import { formatProblem, hasErrors, type Problem } from '../domain/problem.js';
import { codebookCsv, codebookQdc, codeGuid } from '../exporters/refi-qda/codebook.js';
import { type ImportedCode, readCodebookFile } from '../importers/refi-qda/codebook.js';
import { addCode, type CodeRow, editCode, moveCode } from './codebook.js';
import { inTransaction, type ServiceContext } from './context.js';

export type CodebookFormat = 'qdc' | 'csv';

export const codebookFormatOf = (file: string): CodebookFormat | undefined => (/\.csv$/i.test(file) ? 'csv' : /\.qdc$/i.test(file) ? 'qdc' : undefined);

/** The partnership's live codebook as a REFI-QDA .qdc or as CSV. */
export async function exportCodebook(ctx: ServiceContext, partnershipId: string, format: CodebookFormat): Promise<string> {
  const codes = await ctx.store.codes.list(partnershipId);
  if (format === 'csv') return codebookCsv(codes);
  if (!codes.some((c) => !c.retired_at)) throw invalid('the codebook has no codes yet: a .qdc file must hold at least one');
  return codebookQdc(codes);
}

export interface CodebookImport {
  file: string;
  added: CodeRow[];
  updated: CodeRow[];
  unchanged: number;
  problems: Problem[];
}

/**
 * Imports a codebook file (.qdc or .csv) into the partnership's codebook, atomically: the file is
 * read and validated first, and on any error nothing is written. A code whose GUID (or, from a CSV
 * without GUIDs, whose path) is already in the codebook is updated as its next version; others are
 * added. Codes of the codebook the file does not name are left as they are.
 */
export async function importCodebook(
  ctx: ServiceContext,
  input: { partnershipId: string; file: string; bytes: Uint8Array; reason?: string },
): Promise<CodebookImport> {
  const read = readCodebookFile(input.bytes, input.file);
  const problems = [...read.problems];
  if (hasErrors(problems)) throw invalid(`${input.file} was not imported:\n${problems.map(formatProblem).join('\n')}`, { problems });
  const reason = input.reason?.trim() || `imported from ${input.file}`;
  return inTransaction(ctx, async (tx) => {
    const warn = (c: ImportedCode, message: string) => problems.push({ severity: 'warning', file: input.file, line: c.line, message });
    const merged = await mergeCodes(tx, input.partnershipId, read.codes, reason, warn);
    return { file: input.file, added: merged.added, updated: merged.updated, unchanged: merged.unchanged, problems };
  });
}

export interface MergedCodes {
  added: CodeRow[];
  updated: CodeRow[];
  unchanged: number;
  /** Where each code read went in the codebook: its key → the code's ID. */
  placed: Map<string, string>;
}

/**
 * Brings codes read from a file into the partnership's codebook, inside the caller's transaction:
 * a code whose GUID (or, read without GUIDs, whose path) is already there is updated as its next
 * version, the others are added; a name taken beside it gets a suffix, with a warning.
 */
export async function mergeCodes(
  tx: ServiceContext,
  partnershipId: string,
  read: readonly ImportedCode[],
  reason: string,
  warn: (c: ImportedCode, message: string) => void,
): Promise<MergedCodes> {
  const added: CodeRow[] = [];
  const updated: CodeRow[] = [];
  let unchanged = 0;
  const existing = await tx.store.codes.list(partnershipId);
  const byGuid = new Map(existing.map((c) => [codeGuid(c), c]));
  /** Where each code of the file went in the codebook. */
  const placed = new Map<string, string>();
  const live = () => tx.store.codes.list(partnershipId).then((rows) => rows.filter((r) => !r.retired_at));
  for (const c of read) {
    const parentId = c.parentKey === null ? null : (placed.get(c.parentKey) ?? null);
    const codes = await live();
    let match = c.guid ? byGuid.get(c.guid) : undefined;
    if (match?.retired_at) {
      const into = match.merged_into_id ? codes.find((x) => x.id === match!.merged_into_id) : undefined;
      warn(c, `"${c.name}" was ${into ? `merged into "${into.name}"` : 'retired'} in this codebook: ${into ? 'its children go there' : 'not imported again'}`);
      if (into) placed.set(c.key, into.id);
      continue;
    }
    // Without a GUID (a CSV), the code of that name in that place is the same code.
    if (!match && !c.guid) match = codes.find((x) => x.parent_id === parentId && nameKey(x.name) === nameKey(c.name));
    const siblingNames = (except?: string) => codes.filter((x) => x.parent_id === parentId && x.id !== except).map((x) => x.name);
    if (!match) {
      const name = uniqueName(c.name, siblingNames());
      if (name !== c.name) warn(c, `the codebook already has a code named "${c.name}" there: imported as "${name}"`);
      const row = await addCode(tx, {
        partnershipId: partnershipId,
        name,
        parentId,
        definition: c.definition,
        inclusion: c.inclusion,
        exclusion: c.exclusion,
        example: c.example,
        ...(c.colour && { colour: c.colour }),
        ...(c.guid && { guid: c.guid }),
        reason,
      });
      added.push(row);
      placed.set(c.key, row.id);
      continue;
    }
    placed.set(c.key, match.id);
    if (c.implied) {
      unchanged++;
      continue;
    }
    let row = (await tx.store.codes.byId(match.id))!;
    let changed = false;
    if (row.parent_id !== parentId) {
      const name = uniqueName(row.name, siblingNames(row.id));
      if (name !== row.name) {
        row = await editCode(tx, { id: row.id, name, expectedVersion: row.version, reason: `${reason} (renamed to fit beside its new siblings)` });
        warn(c, `"${c.name}" renamed "${name}" to sit beside a code of the same name`);
      }
      row = await moveCode(tx, { id: row.id, parentId, expectedVersion: row.version, reason });
      changed = true;
    }
    const name = nameKey(row.name) === nameKey(c.name) && row.parent_id === parentId ? c.name : uniqueName(c.name, siblingNames(row.id));
    const next = {
      name,
      definition: c.definition,
      inclusion: c.inclusion,
      exclusion: c.exclusion,
      example: c.example,
      ...(c.colour && { colour: c.colour }),
    };
    const before = row.version;
    row = await editCode(tx, { id: row.id, ...next, expectedVersion: row.version, reason });
    if (row.version !== before) changed = true;
    if (changed) updated.push(row);
    else unchanged++;
  }
  return { added, updated, unchanged, placed };
}
