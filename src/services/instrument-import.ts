import { invalid } from '../domain/errors.js';
import { INSTRUMENT_KINDS, type InstrumentItem, type InstrumentKind, instrumentProblems } from '../domain/instrument.js';
import { numberInCell } from '../domain/numbers.js';
import { hasErrors, type Problem } from '../domain/problem.js';
import { tableText } from '../importers/encoding.js';
import { readCsvSurvey } from '../importers/instruments/csv-survey.js';
import { readQualtricsExport } from '../importers/instruments/qualtrics.js';
import { readRedcapDictionary, readRedcapExport } from '../importers/instruments/redcap.js';
import type { SurveyExport } from '../importers/instruments/survey-export.js';
import { type ValidatedResponse, validateResponses } from '../importers/instruments/validate-responses.js';
import type { InstrumentRow } from '../storage/repositories/instrument.repository.js';
import type { ParticipantRow } from '../storage/repositories/participant.repository.js';
import { audit, firstVersion, inTransaction, now, type ServiceContext } from './context.js';
import { itemDefinition, storeDefinition } from './instruments.js';
import { importLessonScores } from './lesson-scores.js';
import { importAchievement } from './achievement.js';
import { cycleOf } from './lookup.js';
import { type AttachedFile, respondentsOf } from './respondents.js';

export const SURVEY_FORMATS = ['qualtrics', 'redcap', 'csv'] as const;
export type SurveyFormat = (typeof SURVEY_FORMATS)[number];
/** What an instrument's file may be: a survey tool's export, lessons scored on an observation rubric (a line per teacher, lesson, rater and dimension), or a district's achievement results (a line per school, grade and student group). */
export const IMPORT_FORMATS = [...SURVEY_FORMATS, 'lessons', 'achievement'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface InstrumentImport {
  partnershipId: string;
  /** The instrument's name; a new one is defined from the file. */
  instrument: string;
  /** The kind of a new instrument (a survey unless said). */
  kind?: InstrumentKind;
  format: ImportFormat;
  file: string;
  bytes: Uint8Array | string;
  /** REDCap's data dictionary, which a REDCap export needs. */
  dictionary?: AttachedFile;
  cycle: string;
  idColumn?: string;
  /** A table mapping the identifiers the file knows respondents by (e-mails, staff IDs) to participant IDs; read, not stored. */
  mapping?: AttachedFile;
  /** Store the valid responses and report the others, instead of storing nothing on any error. */
  skipInvalid?: boolean;
  /** The levels a rubric's new dimensions are scored on (lesson scores only; 1 to 4 unless said). */
  levels?: { min: number; max: number };
}

export interface InstrumentImportReport {
  file: string;
  format: ImportFormat;
  instrument: { id: string | null; name: string; created: boolean };
  cycle: string;
  /** Items of the instrument after the import, and those this file added (first asked in this cycle). */
  items: { total: number; added: string[] };
  responses: { read: number; added: number; corrected: number; unchanged: number; skipped: number };
  unanswered: number;
  problems: Problem[];
  /** Whether anything was stored: false when an error stopped the import. */
  written: boolean;
}

/**
 * An item for a column the instrument does not have yet: from REDCap's dictionary when it is one;
 * otherwise a number item when most answers in the file are numbers (the others are then reported
 * as mistyped), a text item else.
 */
function newItem(exported: SurveyExport, key: string, dictionary: ReadonlyMap<string, InstrumentItem>): InstrumentItem {
  const defined = dictionary.get(key.toLowerCase());
  if (defined) return defined;
  const column = exported.columns.find((c) => c.key === key)!;
  const cells = exported.responses.map((r) => r.cells[key] ?? '').filter((c) => c !== '');
  const numeric = cells.filter((c) => numberInCell(c) !== undefined).length > cells.length / 2;
  return { key, text: column.text || key, type: numeric ? 'number' : 'text', labels: [], min: null, max: null, reverse: false };
}

/** A response's answers as stored: in the instrument's item order, so that the same answers read the same. */
const answersJson = (answers: ReadonlyMap<string, number | string | null>, items: readonly InstrumentItem[]) =>
  JSON.stringify(Object.fromEntries(items.filter((i) => answers.has(i.key)).map((i) => [i.key, answers.get(i.key)])));

function readExport(input: InstrumentImport): { exported?: SurveyExport; dictionary: Map<string, InstrumentItem>; problems: Problem[] } {
  const dictionary = new Map<string, InstrumentItem>();
  const text = tableText(input.bytes, input.file);
  if (hasErrors(text.problems)) return { dictionary, problems: text.problems };
  const options = input.idColumn ? { idColumn: input.idColumn } : {};
  if (input.format === 'qualtrics') {
    const exported = readQualtricsExport(text.text, input.file, options);
    return { exported, dictionary, problems: [...text.problems, ...exported.problems] };
  }
  if (input.format === 'csv') {
    const exported = readCsvSurvey(text.text, input.file, options);
    return { exported, dictionary, problems: [...text.problems, ...exported.problems] };
  }
  if (!input.dictionary)
    return {
      dictionary,
      problems: [
        { severity: 'error', file: input.file, message: "a REDCap export is read with its data dictionary: name the dictionary's CSV with --dictionary FILE" },
      ],
    };
  const dictionaryText = tableText(input.dictionary.bytes, input.dictionary.file);
  if (hasErrors(dictionaryText.problems)) return { dictionary, problems: [...text.problems, ...dictionaryText.problems] };
  const read = readRedcapDictionary(dictionaryText.text, input.dictionary.file);
  if (hasErrors(read.problems)) return { dictionary, problems: [...text.problems, ...dictionaryText.problems, ...read.problems] };
  for (const item of read.items) dictionary.set(item.key.toLowerCase(), item);
  const exported = readRedcapExport(text.text, input.file, read, options);
  return { exported, dictionary, problems: [...text.problems, ...dictionaryText.problems, ...read.problems, ...exported.problems] };
}

/**
 * Imports a file of responses to an instrument in a cycle (`warrant instrument import`): read as
 * its format reads it, every respondent matched to a participant of the roster by the participant
 * ID, every answer checked against the instrument's items (defined from the file when the instrument
 * is new; a column it lacks becomes an item first asked in this cycle). Atomic: on any error nothing
 * is stored, unless the invalid responses are to be skipped. The same file imported again changes
 * nothing; a response whose answers differ from the stored ones is stored as its next version.
 */
export async function importInstrumentResponses(ctx: ServiceContext, input: InstrumentImport): Promise<InstrumentImportReport> {
  if (input.format === 'lessons') return importLessonScores(ctx, input);
  if (input.format === 'achievement') return importAchievement(ctx, input);
  if (input.kind !== undefined && !INSTRUMENT_KINDS.includes(input.kind))
    throw invalid(`kind: "${input.kind}" is not a kind of instrument (one of ${INSTRUMENT_KINDS.join(', ')})`, { field: 'kind' });
  const name = input.instrument.trim().replace(/\s+/g, ' ');
  if (!name) throw invalid('instrument: name the instrument', { field: 'instrument' });
  const cycle = await cycleOf(ctx, input.partnershipId, input.cycle);
  const existing = await ctx.store.instruments.byName(input.partnershipId, name);
  const report: InstrumentImportReport = {
    file: input.file,
    format: input.format,
    instrument: { id: existing?.id ?? null, name: existing?.name ?? name, created: false },
    cycle: cycle.label,
    items: { total: 0, added: [] },
    responses: { read: 0, added: 0, corrected: 0, unchanged: 0, skipped: 0 },
    unanswered: 0,
    problems: [],
    written: false,
  };
  const { exported, dictionary, problems } = readExport(input);
  report.problems.push(...problems);
  if (!exported || hasErrors(report.problems)) return report;

  const stored = existing ? (await ctx.store.instruments.items(existing.id)).map(itemDefinition) : [];
  const known = new Set(stored.map((i) => i.key.toLowerCase()));
  const added = exported.columns.filter((c) => c.item && !known.has(c.key.toLowerCase())).map((c) => newItem(exported, c.key, dictionary));
  const items = [...stored, ...added];
  const definition = instrumentProblems(items, []);
  report.problems.push(...definition.map((message): Problem => ({ severity: 'error', file: input.file, line: 1, message })));
  if (hasErrors(report.problems)) return report;

  const { problems: mapped, participantOf, byId } = await respondentsOf(ctx, input.partnershipId, input.mapping);
  report.problems.push(...mapped);
  if (hasErrors(report.problems)) return report;
  const validation = validateResponses(exported, items, participantOf);
  // What identified a respondent through the mapping (an e-mail) is not kept: the response names the participant.
  if (input.mapping) for (const r of validation.responses) r.respondent = byId.get(r.participantId)!.code;
  report.problems.push(...validation.problems);
  report.unanswered = validation.unanswered;
  report.responses.read = exported.responses.length;
  report.responses.skipped = validation.invalidLines.length;
  report.items = { total: items.length, added: added.map((i) => i.key) };
  if (hasErrors(validation.problems) && (!input.skipInvalid || validation.invalidLines.length === 0)) return report;

  await inTransaction(ctx, async (tx) => {
    const at = now(tx);
    const instrument = await storeDefinition(
      tx,
      { existing, partnershipId: input.partnershipId, name, kind: input.kind ?? 'survey' },
      added,
      stored.length,
      cycle,
      input.file,
      at,
    );
    if (!existing) report.instrument = { id: instrument.id, name, created: true };
    await storeResponses(tx, instrument, cycle.id, input.file, items, validation.responses, byId, report, at);
  });
  report.written = true;
  return report;
}

async function storeResponses(
  tx: ServiceContext,
  instrument: InstrumentRow,
  cycleId: string,
  file: string,
  items: readonly InstrumentItem[],
  responses: readonly ValidatedResponse[],
  participants: ReadonlyMap<string, ParticipantRow>,
  report: InstrumentImportReport,
  at: string,
): Promise<void> {
  const before = new Map((await tx.store.instruments.responses(instrument.id, cycleId)).map((r) => [r.participant_id, r]));
  const fresh = [];
  for (const r of responses) {
    const answers = answersJson(r.answers, items);
    const previous = before.get(r.participantId);
    if (!previous) {
      // Where the participant worked, and in which role, when they responded: kept as it was then.
      const { role, district_id, organization_id } = participants.get(r.participantId)!;
      fresh.push({
        id: tx.ids.next('instrumentResponse'),
        partnership_id: instrument.partnership_id,
        instrument_id: instrument.id,
        cycle_id: cycleId,
        participant_id: r.participantId,
        respondent: r.respondent,
        source_file: file,
        source_line: r.line,
        answers,
        role,
        district_id,
        organization_id,
        ...firstVersion(tx, at),
      });
    } else if (previous.answers === answers) report.responses.unchanged++;
    else {
      const saved = await tx.store.instruments.correctResponse(
        previous.id,
        { answers, respondent: r.respondent, source_file: file, source_line: r.line },
        previous.version,
        tx.actor,
        at,
      );
      if (!saved) throw invalid(`the response of ${r.respondent} (line ${r.line}) changed while this file was imported: import it again`);
      await audit(tx, {
        action: 'instrument_response.correct',
        entityKind: 'instrumentResponse',
        entityId: previous.id,
        version: previous.version + 1,
        at,
        data: { file, line: r.line, from: JSON.parse(previous.answers), to: JSON.parse(answers) },
      });
      report.responses.corrected++;
    }
  }
  if (fresh.length) {
    await tx.store.instruments.insertResponses(fresh);
    await audit(tx, {
      action: 'instrument_response.import',
      entityKind: 'instrument',
      entityId: instrument.id,
      at,
      data: { file, cycleId, responses: fresh.map((r) => ({ id: r.id, participantId: r.participant_id, line: r.source_line })) },
    });
  }
  report.responses.added = fresh.length;
}
