import type { Problem } from '../../domain/problem.js';
import { readDataTable } from '../data-table.js';

/**
 * A mapping table from the identifiers a survey tool knows respondents by (their e-mail, a district
 * staff ID) to the roster's participant IDs: a CSV with a `participant_id` column and one other
 * column, the identifier, a line per respondent. Identifiers are matched with letter case and
 * surrounding spaces aside. The mapping is read for one import and not stored: the roster holds
 * pseudonyms only.
 */
export interface RespondentMapping {
  file: string;
  /** The identifier's column ("email", "staff_id"). */
  column: string;
  /** The participant ID each identifier maps to, keyed by the identifier folded to lower case. */
  participants: Map<string, string>;
}

const fold = (identifier: string) => identifier.trim().toLowerCase();

/** Reads a mapping table; every line with a blank cell, an unknown participant or an identifier mapped twice is a problem naming it. */
export function readRespondentMapping(
  text: string,
  file: string,
  isParticipant: (code: string) => boolean,
): { mapping?: RespondentMapping; problems: Problem[] } {
  const read = readDataTable(text, file);
  if (!read.table) return { problems: read.problems };
  const table = read.table;
  const error = (message: string, line?: number, field?: string): Problem => ({
    severity: 'error',
    file,
    ...(line !== undefined && { line }),
    ...(field !== undefined && { field }),
    message,
  });
  const participantColumn = table.columns.findIndex((c) => c.trim().toLowerCase() === 'participant_id');
  const others = table.columns.map((c, i) => ({ c, i })).filter(({ i }) => i !== participantColumn);
  if (participantColumn < 0 || others.length !== 1)
    return {
      problems: [
        error(
          `a mapping table has two columns: participant_id and the identifier the survey knows respondents by (e.g. email or staff_id); this one has ${table.columns.join(', ')}`,
          1,
        ),
      ],
    };
  const { c: column, i: identifierColumn } = others[0]!;
  const problems: Problem[] = [];
  const participants = new Map<string, string>();
  const lineOf = new Map<string, number>();
  for (const row of table.rows) {
    const identifier = (row.fields[identifierColumn] ?? '').trim();
    const participant = (row.fields[participantColumn] ?? '').trim();
    if (!identifier && !participant) continue;
    if (!identifier) problems.push(error(`the ${column} of ${participant} is blank`, row.line, column));
    else if (!participant) problems.push(error(`${identifier} is mapped to no participant`, row.line, 'participant_id'));
    else if (!isParticipant(participant)) problems.push(error(`${participant} is not a participant of the roster`, row.line, 'participant_id'));
    else {
      const key = fold(identifier);
      const earlier = participants.get(key);
      if (earlier !== undefined && earlier.toLowerCase() !== participant.toLowerCase())
        problems.push(error(`${identifier} is mapped to ${earlier} on line ${lineOf.get(key)} and to ${participant} here`, row.line, column));
      else {
        participants.set(key, participant);
        lineOf.set(key, row.line);
      }
    }
  }
  return { mapping: { file, column, participants }, problems };
}

/** The participant ID a respondent's identifier maps to, if it does. */
export const mappedParticipant = (mapping: RespondentMapping, identifier: string): string | undefined => mapping.participants.get(fold(identifier));
