import { numberInCell } from './numbers.js';

/**
 * Instruments the team gives participants beside the interviews, as data: their items with response
 * scales and value labels, reverse-coded items, and scales built from items. Pure rules: what a
 * response means, how an item is scored, what a scale's score is.
 */

export const INSTRUMENT_KINDS = ['survey', 'observation rubric', 'knowledge test', 'student achievement', 'other'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** scale: ordered choices with value labels (a Likert item); number: a count or score, in a range if one is set; text: words, kept as written. */
export const ITEM_TYPES = ['scale', 'number', 'text'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export interface ValueLabel {
  value: number;
  label: string;
}

export interface InstrumentItem {
  /** The item's variable name: Qualtrics' export tag, REDCap's field name, the CSV column. */
  key: string;
  /** The question as respondents read it. */
  text: string;
  type: ItemType;
  /** A scale item's choices, in order. */
  labels: ValueLabel[];
  /** The values allowed (a scale's from its labels). */
  min: number | null;
  max: number | null;
  /** Scored as min + max − value, so that a higher score means the same on every item of a scale. */
  reverse: boolean;
}

export const SCALE_METHODS = ['mean', 'sum'] as const;
export type ScaleMethod = (typeof SCALE_METHODS)[number];

export interface ScaleDefinition {
  name: string;
  items: string[];
  method: ScaleMethod;
  /** A respondent's score needs at least this many of the items answered; otherwise it is missing. */
  minimumAnswered: number;
}

/** What a cell of a response means for an item: a value, unanswered (null), or why it cannot be read. */
export type ItemResponse = { value: number | string | null } | { problem: string };

const labelList = (labels: readonly ValueLabel[]) => labels.map((l) => `${l.value} ${l.label}`).join(', ');
const range = (item: InstrumentItem) => `${item.min ?? '…'} to ${item.max ?? '…'}`;

/**
 * Reads a respondent's answer to an item: blank is unanswered; a scale item takes one of its
 * values, or a choice's label as Qualtrics writes it when exporting choice text (letter case and
 * spacing aside); a number item a number in its range; a text item anything.
 */
export function itemResponse(item: InstrumentItem, raw: string): ItemResponse {
  const cell = raw.trim();
  if (cell === '') return { value: null };
  if (item.type === 'text') return { value: cell };
  const n = numberInCell(cell);
  if (item.type === 'scale') {
    if (n !== undefined) {
      if (item.labels.some((l) => l.value === n)) return { value: n };
      return { problem: `${cell} is not a value of the item's scale (${labelList(item.labels)})` };
    }
    const folded = cell.replace(/\s+/g, ' ').toLowerCase();
    const label = item.labels.find((l) => l.label.replace(/\s+/g, ' ').toLowerCase() === folded);
    if (label) return { value: label.value };
    return { problem: `"${cell}" is not one of the item's choices (${labelList(item.labels)})` };
  }
  if (n === undefined) return { problem: `"${cell}" is not a number` };
  if ((item.min !== null && n < item.min) || (item.max !== null && n > item.max)) return { problem: `${cell} is outside the item's range (${range(item)})` };
  return { value: n };
}

/** The bounds of a scale item (from its labels) or of a number item (its range), when it has both. */
function bounds(item: InstrumentItem): { min: number; max: number } | null {
  if (item.type === 'scale' && item.labels.length) {
    const values = item.labels.map((l) => l.value);
    return { min: Math.min(...values), max: Math.max(...values) };
  }
  return item.min !== null && item.max !== null ? { min: item.min, max: item.max } : null;
}

/** The score of an answer: the value, or min + max − value for a reverse-coded item. */
export function itemScore(item: InstrumentItem, value: number): number {
  if (!item.reverse) return value;
  const b = bounds(item)!;
  return b.min + b.max - value;
}

/**
 * A respondent's score on a scale, from their answers by item key (null or absent when
 * unanswered): the mean of the answered items' scores, or their sum, prorated (the mean times the
 * number of items) when fewer than all but at least the minimum are answered; null below the minimum.
 */
export function scaleScore(scale: ScaleDefinition, items: ReadonlyMap<string, InstrumentItem>, answers: ReadonlyMap<string, number | null>): number | null {
  const scores: number[] = [];
  for (const key of scale.items) {
    const value = answers.get(key);
    const item = items.get(key);
    if (value !== null && value !== undefined && item) scores.push(itemScore(item, value));
  }
  if (scores.length === 0 || scores.length < scale.minimumAnswered) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return scale.method === 'mean' ? mean : mean * scale.items.length;
}

/** What is wrong with an instrument's items and scales, each message naming the item or scale; empty when nothing is. */
export function instrumentProblems(items: readonly InstrumentItem[], scales: readonly ScaleDefinition[]): string[] {
  const problems: string[] = [];
  const keys = new Map<string, InstrumentItem>();
  for (const item of items) {
    if (!item.key.trim()) problems.push('an item has no name');
    else if (keys.has(item.key.toLowerCase())) problems.push(`item ${item.key}: named twice`);
    keys.set(item.key.toLowerCase(), item);
    if (item.type === 'scale') {
      if (item.labels.length < 2) problems.push(`item ${item.key}: a scale item needs two choices or more`);
      const values = item.labels.map((l) => l.value);
      if (new Set(values).size !== values.length) problems.push(`item ${item.key}: two choices have the same value`);
    }
    if (item.min !== null && item.max !== null && item.min > item.max)
      problems.push(`item ${item.key}: its minimum ${item.min} is above its maximum ${item.max}`);
    if (item.reverse && !bounds(item)) problems.push(`item ${item.key}: a reverse-coded item needs a scale or a range with both ends`);
  }
  const names = new Set<string>();
  for (const scale of scales) {
    if (names.has(scale.name.toLowerCase())) problems.push(`scale ${scale.name}: named twice`);
    names.add(scale.name.toLowerCase());
    if (scale.items.length < 2) problems.push(`scale ${scale.name}: a scale needs two items or more`);
    for (const key of scale.items) {
      const item = keys.get(key.toLowerCase());
      if (!item) problems.push(`scale ${scale.name}: the instrument has no item ${key}`);
      else if (item.type === 'text') problems.push(`scale ${scale.name}: item ${key} is text and cannot be scored`);
    }
    if (!Number.isInteger(scale.minimumAnswered) || scale.minimumAnswered < 1 || scale.minimumAnswered > scale.items.length)
      problems.push(`scale ${scale.name}: the minimum of items answered must be between 1 and ${scale.items.length}`);
  }
  return problems;
}
