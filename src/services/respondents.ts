import { hasErrors, type Problem } from '../domain/problem.js';
import { tableText } from '../importers/encoding.js';
import { mappedParticipant, readRespondentMapping } from '../importers/instruments/respondent-mapping.js';
import type { ParticipantRow } from '../storage/repositories/participant.repository.js';
import type { ServiceContext } from './context.js';

export interface AttachedFile {
  file: string;
  bytes: Uint8Array | string;
}

/** How an import finds the participant a file's respondent is: by participant ID, or through a mapping table of e-mails or staff IDs. */
export interface Respondents {
  problems: Problem[];
  /** The participant's ID for the file's identifier, if the mapping or the roster knows it. */
  participantOf: (respondent: string) => string | undefined;
  byId: ReadonlyMap<string, ParticipantRow>;
}

/** The partnership's roster, with the mapping table when one comes with the file (its problems reported, nothing of it stored). */
export async function respondentsOf(ctx: ServiceContext, partnershipId: string, mapping?: AttachedFile): Promise<Respondents> {
  const participants = await ctx.store.participants.list(partnershipId);
  const byCode = new Map(participants.map((p) => [p.code.toLowerCase(), p.id]));
  const byId = new Map(participants.map((p) => [p.id, p]));
  const problems: Problem[] = [];
  let read: ReturnType<typeof readRespondentMapping> | undefined;
  if (mapping) {
    const text = tableText(mapping.bytes, mapping.file);
    problems.push(...text.problems);
    if (!hasErrors(text.problems)) {
      read = readRespondentMapping(text.text, mapping.file, (code) => byCode.has(code.trim().toLowerCase()));
      problems.push(...read.problems);
    }
  }
  const participantOf = (respondent: string) => {
    const code = (read?.mapping && mappedParticipant(read.mapping, respondent)) ?? respondent;
    return byCode.get(code.trim().toLowerCase());
  };
  return { problems, participantOf, byId };
}
