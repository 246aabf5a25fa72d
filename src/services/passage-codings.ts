import type { AuditEntry } from '../storage/repositories/audit.repository.js';
import type { ServiceContext } from './context.js';

/**
 * A passage's live codings follow it when it moves to a corrected transcript (by itself, words
 * unchanged, or re-anchored by an analyst): each coding's next version, on the passage's new
 * transcript and offsets, so the reader's margin, co-occurrence and agreement see it where the
 * passage now is. Returns the audit entries, for the caller to append with its own.
 */
export async function moveCodingsWithPassage(
  ctx: ServiceContext,
  excerptId: string,
  to: { transcriptId: string; start: number; end: number },
  at: string,
  reason: string,
): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (const c of await ctx.store.codings.ofExcerpts([excerptId])) {
    if (c.transcript_id === to.transcriptId && c.start_offset === to.start && c.end_offset === to.end) continue;
    const changes = { transcript_id: to.transcriptId, start_offset: to.start, end_offset: to.end };
    if (!(await ctx.store.codings.updateIfVersion(c.id, changes, c.version, ctx.actor, at))) continue;
    entries.push({
      at,
      actor: ctx.actor,
      action: 'coding.move',
      entityKind: 'coding',
      entityId: c.id,
      version: c.version + 1,
      data: {
        excerpt_id: excerptId,
        transcript_id: { from: c.transcript_id, to: to.transcriptId },
        start_offset: { from: c.start_offset, to: to.start },
        end_offset: { from: c.end_offset, to: to.end },
      },
      reason,
    });
  }
  return entries;
}
