import type { InstrumentItem, ValueLabel } from '../../domain/instrument.js';
import { numberInCell } from '../../domain/numbers.js';
import type { Problem } from '../../domain/problem.js';
import { readCsvRecords } from '../csv-table.js';
import { idColumnOf, responsesOf, type SurveyColumn, surveyError, type SurveyExport } from './survey-export.js';

/** A REDCap data dictionary read: the fields as items, and the record ID's field (the dictionary's first, no item). */
export interface RedcapDictionary {
  file: string;
  recordId: string;
  items: InstrumentItem[];
  problems: Problem[];
}

const FIELD = 'variable / field name';
const TYPE = 'field type';
const LABEL = 'field label';
const CHOICES = 'choices, calculations, or slider labels';
const VALIDATION = 'text validation type or show slider number';
const MIN = 'text validation min';
const MAX = 'text validation max';
const REQUIRED = [FIELD, 'form name', TYPE, LABEL, CHOICES] as const;

/** Fields that hold no answer: text shown to respondents, uploaded files. */
const NO_ANSWER = new Set(['descriptive', 'file']);
const NUMERIC_VALIDATION = new Set(['integer', 'number', 'number_1dp', 'number_2dp', 'number_3dp', 'number_4dp', 'number_comma_decimal']);
/** Columns REDCap adds to a data export that are not fields of the dictionary. */
const SYSTEM =
  /^(redcap_event_name|redcap_repeat_instrument|redcap_repeat_instance|redcap_data_access_group|redcap_survey_identifier|.+_timestamp|.+_complete)$/;

/** A field label as respondents read it: REDCap allows HTML in labels. */
const plain = (label: string) =>
  label
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** "1, Never | 2, Sometimes | 3, Often" → the choices; the code before the first comma, the label after. */
function choicesOf(spec: string): { labels: { code: string; label: string }[]; bad?: string } {
  const labels: { code: string; label: string }[] = [];
  for (const part of spec.split('|')) {
    const comma = part.indexOf(',');
    if (comma < 0) return { labels, bad: part.trim() };
    labels.push({ code: part.slice(0, comma).trim(), label: part.slice(comma + 1).trim() });
  }
  return { labels };
}

const item = (key: string, text: string, fields: Partial<InstrumentItem>): InstrumentItem => ({
  key,
  text,
  type: 'text',
  labels: [],
  min: null,
  max: null,
  reverse: false,
  ...fields,
});

/**
 * Reads a REDCap data dictionary (the CSV REDCap's Dictionary page downloads): radio, dropdown,
 * yes/no and true/false fields become scale items with their choices; a checkbox field one 0/1 item
 * per choice (field___code, as the data export names them); text validated as a number, sliders and
 * calculations number items with their range; other text and notes text items; descriptive and file
 * fields no item. Choices that are not numbers, or lines that are not fields, are problems naming
 * their line.
 */
export function readRedcapDictionary(text: string, file: string): RedcapDictionary {
  const { records, problems } = readCsvRecords(text, file);
  const result = (items: InstrumentItem[], recordId: string, more: Problem[]): RedcapDictionary => ({
    file,
    recordId,
    items,
    problems: [...problems, ...more],
  });
  if (problems.length) return result([], '', []);
  const [header, ...body] = records;
  if (!header) return result([], '', [surveyError(file, 'the data dictionary is empty')]);
  const names = header.fields.map((f) => f.toLowerCase());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length)
    return result([], '', [
      surveyError(
        file,
        `is not a REDCap data dictionary: its header lacks ${missing.map((m) => `"${m}"`).join(', ')} (download it from the project's Dictionary page)`,
        header.line,
      ),
    ]);
  const at = (fields: string[], column: string) => (fields[names.indexOf(column)] ?? '').trim();
  const items: InstrumentItem[] = [];
  const errors: Problem[] = [];
  let recordId = '';
  for (const r of body) {
    const key = at(r.fields, FIELD);
    const type = at(r.fields, TYPE).toLowerCase();
    const label = plain(at(r.fields, LABEL));
    if (!key) {
      errors.push(surveyError(file, 'has no field name', r.line));
      continue;
    }
    if (!recordId) {
      // The first field identifies the record; it is no answer.
      recordId = key;
      continue;
    }
    if (NO_ANSWER.has(type)) continue;
    const where = (message: string) => errors.push(surveyError(file, `field ${key}: ${message}`, r.line, key));
    if (type === 'radio' || type === 'dropdown' || type === 'checkbox') {
      const { labels, bad } = choicesOf(at(r.fields, CHOICES));
      if (bad !== undefined || labels.length === 0) {
        where(`its choices must read "1, Never | 2, Sometimes | …"; found "${bad ?? ''}"`);
        continue;
      }
      if (type === 'checkbox') {
        for (const choice of labels)
          items.push(
            item(`${key}___${choice.code.toLowerCase()}`, `${label} - ${choice.label}`, {
              type: 'scale',
              labels: [
                { value: 0, label: 'Unchecked' },
                { value: 1, label: 'Checked' },
              ],
              min: 0,
              max: 1,
            }),
          );
        continue;
      }
      const values: ValueLabel[] = [];
      for (const choice of labels) {
        const value = numberInCell(choice.code);
        if (value === undefined) where(`the choice code "${choice.code}" is not a number; scale items need numeric codes`);
        else values.push({ value, label: choice.label });
      }
      if (values.length === labels.length)
        items.push(
          item(key, label, { type: 'scale', labels: values, min: Math.min(...values.map((v) => v.value)), max: Math.max(...values.map((v) => v.value)) }),
        );
    } else if (type === 'yesno' || type === 'truefalse') {
      const [no, yes] = type === 'yesno' ? ['No', 'Yes'] : ['False', 'True'];
      items.push(
        item(key, label, {
          type: 'scale',
          labels: [
            { value: 0, label: no! },
            { value: 1, label: yes! },
          ],
          min: 0,
          max: 1,
        }),
      );
    } else if (type === 'slider') {
      items.push(item(key, label, { type: 'number', min: numberInCell(at(r.fields, MIN)) ?? 0, max: numberInCell(at(r.fields, MAX)) ?? 100 }));
    } else if (type === 'calc' || (type === 'text' && NUMERIC_VALIDATION.has(at(r.fields, VALIDATION).toLowerCase()))) {
      items.push(item(key, label, { type: 'number', min: numberInCell(at(r.fields, MIN)) ?? null, max: numberInCell(at(r.fields, MAX)) ?? null }));
    } else if (type === 'text' || type === 'notes' || type === 'sql') {
      items.push(item(key, label, { type: 'text' }));
    } else where(`"${at(r.fields, TYPE)}" is not a REDCap field type`);
  }
  if (!recordId) errors.push(surveyError(file, 'the data dictionary has no fields'));
  return result(errors.length ? [] : items, recordId, errors);
}

/**
 * Reads a REDCap data export (raw values, "CSV / Microsoft Excel (raw data)") with its data
 * dictionary: the dictionary's fields are items (the record ID aside), REDCap's own columns (event,
 * repeat instance, form status) columns; a column the dictionary does not have means the two are of
 * different projects or versions, and is an error naming it.
 */
export function readRedcapExport(text: string, file: string, dictionary: RedcapDictionary, options: { idColumn?: string } = {}): SurveyExport {
  const empty = (problems: Problem[]): SurveyExport => ({ file, format: 'redcap', columns: [], idColumn: '', responses: [], problems });
  const { records, problems } = readCsvRecords(text, file);
  if (problems.length) return empty(problems);
  const [header, ...body] = records;
  if (!header) return empty([surveyError(file, 'the file is empty; a REDCap export has a header line of field names, then a line per record')]);
  const fields = new Map(dictionary.items.map((i) => [i.key.toLowerCase(), i]));
  const unknown: Problem[] = [];
  const columns: SurveyColumn[] = header.fields.map((key, i) => {
    const known = fields.get(key.toLowerCase());
    if (!known && key.toLowerCase() !== dictionary.recordId.toLowerCase() && !SYSTEM.test(key))
      unknown.push(
        surveyError(
          file,
          `column ${i + 1} (${key}) is not a field of the data dictionary ${dictionary.file}: the export and the dictionary come from different projects or versions`,
          header.line,
          key,
        ),
      );
    return { key, text: known?.text ?? '', column: i + 1, item: known !== undefined };
  });
  if (unknown.length) return empty(unknown);
  const keys = columns.map((c) => c.key);
  const idColumn = idColumnOf(keys, options.idColumn, [dictionary.recordId, 'record_id']);
  if (!idColumn)
    return empty([
      surveyError(
        file,
        `has no column ${options.idColumn ?? dictionary.recordId} for the records' IDs (the dictionary's first field); its columns are ${keys.join(', ')}`,
        header.line,
      ),
    ]);
  const { responses, problems: lines } = responsesOf(file, body, columns, idColumn);
  return { file, format: 'redcap', columns, idColumn, responses, problems: lines };
}
