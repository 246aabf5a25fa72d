import { type InstrumentItem, itemResponse } from '../../domain/instrument.js';
import type { Problem } from '../../domain/problem.js';
import { surveyError, type SurveyExport } from './survey-export.js';

/** A respondent's answers, matched to a participant and read item by item (null for unanswered). */
export interface ValidatedResponse {
  line: number;
  respondent: string;
  participantId: string;
  answers: Map<string, number | string | null>;
}

export interface ResponseValidation {
  responses: ValidatedResponse[];
  /** Errors stop an import (unless invalid responses are to be skipped); warnings are reported. */
  problems: Problem[];
  /** Lines refused for an error of their own (an unknown or repeated respondent, a value that cannot be read). */
  invalidLines: number[];
  unanswered: number;
}

/**
 * Checks a survey export against the instrument's items and the roster: every respondent matched to
 * one participant (`participantOf` reads the roster or a mapping of e-mails or staff IDs) and answering
 * once, every answer read as its item reads it. Each problem names the file, the line and the column:
 * unmatched and repeated respondents, values out of range or of the wrong kind, columns that are no
 * item of the instrument (errors), and items unanswered or missing from the file (warnings).
 */
export function validateResponses(
  exported: SurveyExport,
  items: readonly InstrumentItem[],
  participantOf: (respondent: string) => string | undefined,
): ResponseValidation {
  const { file } = exported;
  const problems: Problem[] = [];
  const byKey = new Map(items.map((i) => [i.key.toLowerCase(), i]));
  const columns = exported.columns.filter((c) => c.item);
  for (const c of columns) if (!byKey.has(c.key.toLowerCase())) problems.push(surveyError(file, `column ${c.key} is not an item of the instrument`, 1, c.key));
  const present = new Set(columns.map((c) => c.key.toLowerCase()));
  for (const item of items)
    if (!present.has(item.key.toLowerCase()))
      problems.push({ severity: 'warning', file, field: item.key, message: `the file has no column for item ${item.key}: it is unanswered in every response` });
  if (problems.some((p) => p.severity === 'error')) return { responses: [], problems, invalidLines: [], unanswered: 0 };

  const responses: ValidatedResponse[] = [];
  const invalid = new Set<number>();
  const seen = new Map<string, number>();
  let unanswered = 0;
  for (const r of exported.responses) {
    const error = (message: string, field?: string) => {
      problems.push(surveyError(file, message, r.line, field));
      invalid.add(r.line);
    };
    if (!r.respondent) {
      error(`no participant ID in column ${exported.idColumn}`, exported.idColumn);
      continue;
    }
    const participantId = participantOf(r.respondent);
    if (!participantId) {
      error(`${r.respondent} is not a participant of the roster (nor mapped to one)`, exported.idColumn);
      continue;
    }
    const earlier = seen.get(participantId);
    if (earlier !== undefined) {
      error(`${r.respondent} responded twice (lines ${earlier} and ${r.line}): keep one response`, exported.idColumn);
      continue;
    }
    seen.set(participantId, r.line);
    const answers = new Map<string, number | string | null>();
    let readable = true;
    for (const c of columns) {
      const item = byKey.get(c.key.toLowerCase())!;
      const read = itemResponse(item, r.cells[c.key] ?? '');
      if ('problem' in read) {
        error(`column ${c.key}: ${read.problem}`, c.key);
        readable = false;
      } else {
        if (read.value === null) {
          unanswered++;
          problems.push({ severity: 'warning', file, line: r.line, field: c.key, message: `item ${c.key} unanswered` });
        }
        answers.set(item.key, read.value);
      }
    }
    if (readable) responses.push({ line: r.line, respondent: r.respondent, participantId, answers });
  }
  return { responses, problems, invalidLines: [...invalid].sort((a, b) => a - b), unanswered };
}
