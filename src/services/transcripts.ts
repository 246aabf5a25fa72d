import { dateInCycle, isIsoDate, parseCycleLabel } from '../domain/cycle.js';
import { invalid, notFound } from '../domain/errors.js';
import type { Problem } from '../domain/problem.js';
import { type InterviewerChoice, isSpeakerRole, SPEAKER_ROLES, type SpeakerLabel, type SpeakerMapping, type SpeakerRole } from '../domain/transcript.js';
import { type LaidOutTranscript, type LoadedTranscript, layOutParsed, MAX_TRANSCRIPT_BYTES } from '../importers/transcript-file.js';
import { transcriptReader } from '../importers/transcript-reader.js';
import { formatOfFile } from '../importers/transcripts/index.js';
import type { InterviewRow } from '../storage/repositories/interview.repository.js';
import type { TranscriptRow } from '../storage/repositories/transcript.repository.js';
import { firstVersion, inTransaction, now, type ServiceContext } from './context.js';
import { cycleOf, participantOf } from './lookup.js';
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

/** An interview given with its transcript, without a bundle: who was interviewed, in which cycle, on which day, by whom. */
export interface NewInterview {
  partnershipId: string;
  /** The participant's ID or code. */
  participant: string;
  cycle: string;
  date: string;
  interviewer: string;
  protocol?: string;
  /** Its code; default: the participant's code and the cycle's years (T01-0910), numbered if taken. */
  code?: string;
}

/**
 * A new interview and its first transcript, together: the interview is stored only if its
 * transcript is, and takes the participant's role group and school as they stand.
 */
export async function addInterview(ctx: ServiceContext, spec: NewInterview, upload: TranscriptUpload): Promise<UploadedTranscript> {
  const participant = await participantOf(ctx, spec.partnershipId, spec.participant);
  const cycle = await cycleOf(ctx, spec.partnershipId, spec.cycle);
  if (!isIsoDate(spec.date)) throw invalid(`the date of the interview is a date, YYYY-MM-DD, not "${spec.date}"`, { field: 'date' });
  const years = parseCycleLabel(cycle.label);
  if (years && !dateInCycle(spec.date, years)) throw invalid(`${spec.date} is outside the ${cycle.label} school year (July to June)`, { field: 'date' });
  if (spec.date > now(ctx).slice(0, 10)) throw invalid(`the interview cannot have taken place on ${spec.date}, a day still to come`, { field: 'date' });
  const interviewer = spec.interviewer.trim();
  if (!interviewer) throw invalid('name who conducted the interview', { field: 'interviewer' });
  const code = spec.code?.trim() || (await freeCode(ctx, spec.partnershipId, `${participant.code}-${cycle.label.replace('-', '').slice(2)}`));
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u.test(code))
    throw invalid(`the interview code "${code}" may hold letters, digits, dots, dashes and underscores (up to 64)`, { field: 'code' });
  if (await ctx.store.interviews.byCode(spec.partnershipId, code)) throw invalid(`an interview with the code ${code} exists already`, { field: 'code' });
  const row: InterviewRow = {
    id: ctx.ids.next('interview'),
    partnership_id: spec.partnershipId,
    code,
    participant_id: participant.id,
    cycle_id: cycle.id,
    date: spec.date,
    interviewer,
    protocol: spec.protocol?.trim() || participant.role,
    role: participant.role,
    district_id: participant.district_id,
    organization_id: participant.organization_id,
    source_file: upload.file,
    ...firstVersion(ctx),
  };
  return storeUpload(ctx, row, upload, true);
}

/** `base`, or base-2, base-3… when an interview has it already. */
async function freeCode(ctx: ServiceContext, partnershipId: string, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const code = n === 1 ? base : `${base}-${n}`;
    if (!(await ctx.store.interviews.byCode(partnershipId, code))) return code;
  }
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
  return storeUpload(ctx, interview, upload, false);
}

async function storeUpload(ctx: ServiceContext, interview: InterviewRow, upload: TranscriptUpload, isNew: boolean): Promise<UploadedTranscript> {
  const format = formatOfFile(upload.file);
  if (!format) throw invalid(`${upload.file} is not a transcript format Warrant reads (.txt, .docx, .vtt, .srt)`, { field: 'file' });
  if (upload.bytes.length === 0) throw invalid(`${upload.file} is empty`, { field: 'file' });
  if (upload.bytes.length > MAX_TRANSCRIPT_BYTES) throw invalid(`${upload.file} is larger than ${MAX_TRANSCRIPT_BYTES / 1048576} MB`, { field: 'file' });
  if (upload.unlabelledSpeaker !== undefined) checkSpeakerLabel(upload.unlabelledSpeaker);
  for (const [speaker, role] of Object.entries(upload.speakers ?? {}))
    if (!isSpeakerRole(role)) throw invalid(`the role of speaker "${speaker}" is "${role}", not one of ${SPEAKER_ROLES.join(', ')}`, { field: 'speakers' });

  const remembered = isNew ? undefined : await ctx.store.transcripts.speakerMapping(interview.id, upload.file);
  // Parsed off the request thread, as a bundle's transcripts are.
  const reader = transcriptReader({ threads: 1 });
  let loaded: LoadedTranscript;
  try {
    loaded = await reader.load({
      realDir: '',
      file: upload.file,
      format,
      interviewer: interview.interviewer,
      bytes: upload.bytes,
      ...(upload.unlabelledSpeaker !== undefined && { unlabelledSpeaker: upload.unlabelledSpeaker }),
      speakers: { ...(upload.speakers && { given: upload.speakers }), ...(remembered && { remembered }) },
    });
  } finally {
    await reader.close();
  }
  if (!loaded.ok) throw invalid(`${upload.file} ${loaded.error}`, { field: 'file' });
  const { parsed, encoding, sourceSha256 } = loaded;
  let laidOut: LaidOutTranscript = loaded;
  if (laidOut.askSpeakers && !upload.speakers && !isNew) {
    // The roles the current transcript of the same file was stored with (before speakers were asked for).
    const stored = await ctx.store.transcripts.currentSpeakerRoles(interview.id, upload.file);
    const again = stored && parsed && layOutParsed(parsed, upload.file, interview.interviewer, { remembered: stored });
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
    if (isNew) {
      await tx.store.interviews.insertMany([interview]);
      await tx.store.audit.append([
        { at, actor: tx.actor, action: 'interview.create', entityKind: 'interview', entityId: interview.id, version: 1, data: interview },
      ]);
    }
    const current = isNew ? undefined : await tx.store.transcripts.current(interview.id);
    const source = {
      format,
      encoding,
      file: upload.file,
      sourceSha256,
      content,
    };
    const stored = await storeTranscriptVersion(tx, interview, current, source, at);
    if (stored) await tx.store.audit.append([stored.auditEntry, ...stored.passages.auditEntries]);
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
