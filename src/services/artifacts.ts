import { createHash } from 'node:crypto';
import { artifactPassages } from '../domain/artifact.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import { parseSearchQuery } from '../domain/search-query.js';
import { keepPhraseMatches, readMarks, snippet, type SnippetPart } from '../domain/snippet.js';
import { UnreadableArtifact } from '../importers/artifacts/index.js';
import { type ArtifactReader, artifactReader, ArtifactReaderBusy } from '../importers/artifacts/reader.js';
import type { ArtifactSummaryRow } from '../storage/repositories/artifact.repository.js';
import { MATCH_END, MATCH_START } from '../storage/repositories/search.repository.js';
import { audit, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { cycleOf, districtOf, resolveFilters, withDefined } from './lookup.js';

export interface NewArtifact {
  partnershipId: string;
  district: string;
  cycle: string;
  title?: string;
  kind?: string;
  fileName: string;
  bytes: Uint8Array;
}

const titleFrom = (fileName: string) =>
  fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim() || fileName;

/**
 * Stores a district's document with its extracted text, indexed for search. The text is read in a
 * process of its own, within limits of time and memory (by default the process-wide reader). An
 * unreadable file, or one that overruns the limits, is refused with what is wrong and nothing is
 * stored; so is any file while the reader has as many as it takes (busy). The same file uploaded
 * again for the district and cycle is not stored twice.
 */
export async function addArtifact(
  ctx: ServiceContext,
  input: NewArtifact,
  options: { reader?: ArtifactReader } = {},
): Promise<{ artifact: ArtifactSummaryRow; created: boolean }> {
  const fileName = input.fileName.trim().split(/[\\/]/).pop() ?? '';
  if (!fileName) throw invalid('the artifact needs its file name', { field: 'fileName' });
  let extracted;
  try {
    extracted = await (options.reader ?? artifactReader).read(input.bytes, fileName);
  } catch (e) {
    if (e instanceof UnreadableArtifact) throw invalid(e.message, { field: 'file', file: fileName });
    if (e instanceof ArtifactReaderBusy) throw new WarrantError('busy', e.message, { file: fileName });
    throw e;
  }
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return inTransaction(ctx, async (tx) => {
    const district = await districtOf(tx, input.partnershipId, input.district);
    const cycle = await cycleOf(tx, input.partnershipId, input.cycle);
    const same = await tx.store.artifacts.bySha256(district.id, cycle.id, sha256);
    if (same) return { artifact: same, created: false };
    const title = input.title?.trim() || titleFrom(fileName);
    if (title.length > 300) throw invalid('title is longer than 300 characters', { field: 'title' });
    const kind = input.kind?.trim() || 'other';
    if (kind.length > 100) throw invalid('kind is longer than 100 characters', { field: 'kind' });
    const at = now(tx);
    const row = {
      id: tx.ids.next('artifact'),
      partnership_id: input.partnershipId,
      district_id: district.id,
      cycle_id: cycle.id,
      title,
      kind,
      file_name: fileName,
      media_type: extracted.mediaType,
      format: extracted.format,
      size: input.bytes.byteLength,
      sha256,
      pages: extracted.pages ?? 0,
      text: extracted.text,
      content: input.bytes,
      created_by: tx.actor,
      created_at: at,
      ...NOT_RETIRED,
    };
    await tx.store.artifacts.insert(row, artifactPassages(extracted.text));
    const { content: _content, text: _text, ...described } = row;
    await audit(tx, { action: 'artifact.create', entityKind: 'artifact', entityId: row.id, at, data: { ...described, characters: extracted.text.length } });
    return { artifact: (await tx.store.artifacts.byId(row.id))!, created: true };
  });
}

export async function getArtifact(ctx: ServiceContext, id: string): Promise<{ artifact: ArtifactSummaryRow; text: string }> {
  const artifact = await ctx.store.artifacts.byId(id);
  if (!artifact) throw notFound('artifact', id);
  return { artifact, text: (await ctx.store.artifacts.text(id)) ?? '' };
}

export async function artifactFile(ctx: ServiceContext, id: string): Promise<{ artifact: ArtifactSummaryRow; content: Uint8Array }> {
  const artifact = await ctx.store.artifacts.byId(id);
  if (!artifact) throw notFound('artifact', id);
  return { artifact, content: (await ctx.store.artifacts.content(id))! };
}

export async function listArtifacts(ctx: ServiceContext, partnershipId: string, f: { district?: string; cycle?: string }): Promise<ArtifactSummaryRow[]> {
  const { districtId, cycleId } = await resolveFilters(ctx, partnershipId, f);
  return ctx.store.artifacts.list(partnershipId, withDefined({ districtId, cycleId }));
}

export interface ArtifactHit {
  artifactId: string;
  title: string;
  kind: string;
  fileName: string;
  passage: number;
  snippet: SnippetPart[];
}

/** Full-text search over the text of live artifacts, with the same query language as transcripts. */
export async function searchArtifacts(
  ctx: ServiceContext,
  partnershipId: string,
  q: string,
  f: { district?: string; cycle?: string; limit?: number } = {},
): Promise<ArtifactHit[]> {
  const query = parseSearchQuery(q);
  const { districtId, cycleId } = await resolveFilters(ctx, partnershipId, f);
  const hits: ArtifactHit[] = [];
  for await (const r of ctx.store.artifacts.search(
    query,
    { partnershipId, ...withDefined({ districtId, cycleId }) },
    Math.min(Math.max(1, f.limit ?? 20), 200),
  )) {
    hits.push({
      artifactId: r.artifact_id,
      title: r.title,
      kind: r.kind,
      fileName: r.file_name,
      passage: r.seq,
      snippet: snippet(keepPhraseMatches(readMarks(r.marked, MATCH_START, MATCH_END), query)),
    });
  }
  return hits;
}
