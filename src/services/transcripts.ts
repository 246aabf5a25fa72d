import { createHash } from 'node:crypto';
import { invalid, notFound } from '../domain/errors.js';
import type { Problem } from '../domain/problem.js';
import { type InterviewerChoice, isSpeakerRole, SPEAKER_ROLES, type SpeakerLabel, type SpeakerMapping, type SpeakerRole } from '../domain/transcript.js';
import { layOutParsed, MAX_TRANSCRIPT_BYTES } from '../importers/transcript-file.js';
import { formatOfFile, readTranscript } from '../importers/transcripts/index.js';
import type { InterviewRow } from '../storage/repositories/interview.repository.js';
import type { TranscriptRow } from '../storage/repositories/transcript.repository.js';
import { inTransaction, now, type ServiceContext } from './context.js';
import { checkSpeakerLabel, sameMapping, storeTranscriptVersion } from './import-bundle.js';

export interface TranscriptUpload {
  /** The file's name (its extension says its format). */
  file: string;
  bytes: Uint8Array;
  /** Whose each speaker label is, when the labels do not say. */
  speakers?: SpeakerMapping;
  unlabelledSpeaker?: string;
  /** How this caller says whose the labels are, ending the refusal that asks for it. */
  howToSay?: (labels: readonly SpeakerLabel[]) => string;
}

export interface UploadedTranscript {
  interview: InterviewRow;
  transcript: TranscriptRow;
  /** False when the file holds the current transcript already. */
  stored: boolean;
  warnings: Problem[];
  interviewer: InterviewerChoice;
}

/** "Speaker 1=interviewer" → ["Speaker 1", "interviewer"], as the CLI's --speaker takes it. */
export function parseSpeakerAssignments(assignments: readonly string[]): SpeakerMapping {
  const mapping: Record<string, SpeakerRole> = {};
  for (const a of assignments) {
    const at = a.lastIndexOf('=');
    const speaker = at > 0 ? a.slice(0, at).trim() : '';
    const role =
      at > 0
        ? a
            .slice(at + 1)
            .trim()
            .toLowerCase()
        : '';
    if (!speaker || !isSpeakerRole(role))
      throw invalid(`speaker "${a}" is not LABEL=ROLE, with ROLE one of ${SPEAKER_ROLES.join(', ')} (e.g. "Speaker 1=interviewer")`, { field: 'speakers' });
    if (Object.hasOwn(mapping, speaker)) throw invalid(`speaker "${speaker}" is given twice`, { field: 'speakers' });
    mapping[speaker] = role;
  }
  return mapping;
}

/**
 * Adds a transcript file to an interview: its first transcript, or a corrected one as the next
 * version (what cited the previous version still points at it). When the speaker labels do not say
 * who is who, the upload is refused with the labels (details.speakers) until the mapping is given;
 * a mapping given is remembered for the interview and file, and used when the file comes again.
 */
export async function uploadTranscript(ctx: ServiceContext, interviewId: string, upload: TranscriptUpload): Promise<UploadedTranscript> {
  const interview = await ctx.store.interviews.byId(interviewId);
  if (!interview) throw notFound('interview', interviewId);
  const format = formatOfFile(upload.file);
  if (!format) throw invalid(`${upload.file} is not a transcript format Warrant reads (.txt, .docx, .vtt, .srt)`, { field: 'file' });
  if (upload.bytes.length === 0) throw invalid(`${upload.file} is empty`, { field: 'file' });
  if (upload.bytes.length > MAX_TRANSCRIPT_BYTES) throw invalid(`${upload.file} is larger than ${MAX_TRANSCRIPT_BYTES / 1048576} MB`, { field: 'file' });
  if (upload.unlabelledSpeaker !== undefined) checkSpeakerLabel(upload.unlabelledSpeaker);
  for (const [speaker, role] of Object.entries(upload.speakers ?? {}))
    if (!isSpeakerRole(role)) throw invalid(`the role of speaker "${speaker}" is "${role}", not one of ${SPEAKER_ROLES.join(', ')}`, { field: 'speakers' });

  const parsed = readTranscript(
    upload.bytes,
    upload.file,
    format,
    upload.unlabelledSpeaker !== undefined ? { unlabelledSpeaker: upload.unlabelledSpeaker } : {},
  );
  const remembered = await ctx.store.transcripts.speakerMapping(interview.id, upload.file);
  let laidOut = layOutParsed(parsed, upload.file, interview.interviewer, {
    ...(upload.speakers && { given: upload.speakers }),
    ...(remembered && { remembered }),
  });
  if (laidOut.askSpeakers && !upload.speakers) {
    // The roles the current transcript of the same file was stored with (before speakers were asked for).
    const stored = await ctx.store.transcripts.currentSpeakerRoles(interview.id, upload.file);
    const again = stored && layOutParsed(parsed, upload.file, interview.interviewer, { remembered: stored });
    if (again && again.content) laidOut = again;
  }
  const errors = laidOut.problems.filter((p) => p.severity === 'error');
  if (laidOut.askSpeakers) {
    const message = errors.at(-1)!.message + (upload.howToSay?.(laidOut.askSpeakers) ?? '');
    throw invalid(`${upload.file}: ${message}`, { field: 'speakers', speakers: laidOut.askSpeakers });
  }
  if (!laidOut.content || errors.length)
    throw invalid(`${upload.file} cannot be imported: ${errors.map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message)).join('; ')}`, {
      field: 'file',
      problems: laidOut.problems,
    });
  const content = laidOut.content;

  return inTransaction(ctx, async (tx) => {
    const at = now(tx);
    const current = await tx.store.transcripts.current(interview.id);
    const source = {
      format,
      encoding: parsed.encoding,
      file: upload.file,
      sourceSha256: createHash('sha256').update(upload.bytes).digest('hex'),
      content,
    };
    const stored = await storeTranscriptVersion(tx, interview, current, source, at);
    if (stored) await tx.store.audit.append([stored.auditEntry]);
    const given = upload.speakers && Object.keys(upload.speakers).length ? laidOut.speakers : null;
    if (given && !(remembered && sameMapping(remembered, given))) {
      await tx.store.transcripts.rememberSpeakers(interview.id, upload.file, given, tx.actor, at);
      await tx.store.audit.append([
        {
          at,
          actor: tx.actor,
          action: 'speakers.map',
          entityKind: 'interview',
          entityId: interview.id,
          version: null,
          data: { file: upload.file, speakers: given },
        },
      ]);
    }
    return {
      interview,
      transcript: stored?.row ?? current!,
      stored: Boolean(stored),
      warnings: laidOut.problems.filter((p) => p.severity === 'warning'),
      interviewer: content.interviewer,
    };
  });
}
