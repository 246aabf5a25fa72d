/**
 * Participants' attributes as the partnership defines them (years of experience, grades taught…),
 * the "attributes of cases" that coding, measures and networks are broken down by. Each has a kind,
 * and a value is read and checked against it with a message naming the attribute.
 */
import { NAME_MAX } from './directory.js';

export const ATTRIBUTE_KINDS = ['text', 'number', 'date', 'choice', 'choices'] as const;
export type AttributeKind = (typeof ATTRIBUTE_KINDS)[number];

export const ATTRIBUTE_KIND_LABELS: Record<AttributeKind, string> = {
  text: 'text',
  number: 'number',
  date: 'date',
  choice: 'one of the choices',
  choices: 'several of the choices',
};

/** A value: text, a number, a date (YYYY-MM-DD), a choice, or several choices (in the order of the choices). */
export type AttributeValue = string | number | string[];

export interface AttributeDefinition {
  name: string;
  kind: AttributeKind;
  choices: readonly string[];
}

export interface AttributeProblem {
  field: string;
  message: string;
}

export const TEXT_VALUE_MAX = 2000;
const CHOICES_MAX = 100;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const isAttributeKind = (value: string): value is AttributeKind => (ATTRIBUTE_KINDS as readonly string[]).includes(value);

/** A kind as typed ("number", "one of", "several"), or undefined. */
export function attributeKindOf(value: string): AttributeKind | undefined {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (isAttributeKind(v)) return v;
  if (['one of', 'one of the choices', 'single choice'].includes(v)) return 'choice';
  if (['several of', 'several', 'several of the choices', 'multiple choice', 'multiple choices'].includes(v)) return 'choices';
  return undefined;
}

export const isChoiceKind = (kind: AttributeKind): boolean => kind === 'choice' || kind === 'choices';

/** The choices of a definition, trimmed, each once; or what is wrong with them. */
export function checkChoices(kind: AttributeKind, choices: readonly string[], name: string): string[] | AttributeProblem {
  const list: string[] = [];
  for (const raw of choices) {
    const c = raw.replace(/\s+/g, ' ').trim();
    if (!c) continue;
    if (c.length > NAME_MAX || CONTROL.test(c))
      return { field: 'choices', message: `choices: "${c.slice(0, 40)}" is not a choice (at most ${NAME_MAX} characters, no control characters)` };
    if (c.includes(',')) return { field: 'choices', message: `choices: "${c}" holds a comma, which separates choices; reword it` };
    if (list.some((l) => l.toLowerCase() === c.toLowerCase())) return { field: 'choices', message: `choices: "${c}" is given twice` };
    list.push(c);
  }
  if (!isChoiceKind(kind)) return list.length ? { field: 'choices', message: `choices: ${name} is ${ATTRIBUTE_KIND_LABELS[kind]}, which has no choices` } : [];
  if (list.length === 0) return { field: 'choices', message: `choices: ${name} is ${ATTRIBUTE_KIND_LABELS[kind]}: list them` };
  if (list.length > CHOICES_MAX) return { field: 'choices', message: `choices: at most ${CHOICES_MAX}` };
  return list;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

const quoted = (v: unknown): string => `"${String(v).slice(0, 60)}"`;

/**
 * A value given for an attribute (typed as text on the command line or in a form, or as JSON on the
 * API), as it is stored; null for no value (empty text, an empty list); or what is wrong with it,
 * naming the attribute.
 */
export function attributeValueOf(def: AttributeDefinition, given: unknown): AttributeValue | null | AttributeProblem {
  const field = def.name;
  const problem = (message: string): AttributeProblem => ({ field, message });
  if (given === null || given === undefined) return null;
  if (Array.isArray(given) && given.length === 0) return null;
  if (typeof given === 'string' && !given.trim()) return null;
  switch (def.kind) {
    case 'text': {
      if (typeof given !== 'string') return problem(`${field} is text; ${quoted(given)} is not`);
      const text = given.trim();
      if (text.length > TEXT_VALUE_MAX) return problem(`${field}: at most ${TEXT_VALUE_MAX} characters`);
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return problem(`${field}: text may not hold control characters`);
      return text;
    }
    case 'number': {
      if (typeof given === 'number' && Number.isFinite(given)) return given;
      if (typeof given === 'string' && NUMBER.test(given.trim())) return Number(given.trim().replace(',', '.'));
      return problem(`${field} is a number; ${quoted(given)} is not`);
    }
    case 'date': {
      const m = typeof given === 'string' ? DATE.exec(given.trim()) : null;
      const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
      if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]))
        return problem(`${field} is a date, written YYYY-MM-DD (2011-09-01); ${quoted(given)} is not`);
      return m[0];
    }
    case 'choice': {
      const v = typeof given === 'string' || typeof given === 'number' ? String(given).trim() : undefined;
      const found = v === undefined ? undefined : def.choices.find((c) => c.toLowerCase() === v.toLowerCase());
      return found ?? problem(`${field} is one of ${def.choices.join(', ')}; ${quoted(given)} is not`);
    }
    case 'choices': {
      const items = Array.isArray(given) ? given : typeof given === 'string' || typeof given === 'number' ? String(given).split(',') : undefined;
      if (!items) return problem(`${field} is several of ${def.choices.join(', ')}; ${quoted(given)} is not`);
      const picked = new Set<string>();
      for (const item of items) {
        const v = String(item).trim();
        if (!v) continue;
        const found = def.choices.find((c) => c.toLowerCase() === v.toLowerCase());
        if (!found) return problem(`${field} is several of ${def.choices.join(', ')} (separated by commas); ${quoted(v)} is not one of them`);
        picked.add(found);
      }
      return picked.size ? def.choices.filter((c) => picked.has(c)) : null;
    }
  }
}

export const isAttributeProblem = (v: AttributeValue | null | AttributeProblem): v is AttributeProblem =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A value as people read it (a table cell, a CSV column): several choices separated by commas. */
export const formatAttributeValue = (value: AttributeValue | null | undefined): string =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);

/** "years of experience=12" as typed after --set: the attribute's name and the value (empty to clear it). */
export function splitAssignment(text: string): { name: string; value: string } | undefined {
  const at = text.indexOf('=');
  if (at <= 0) return undefined;
  return { name: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

/** Whether a participant's value matches a filter typed for the attribute (a choice among several, a number, text within). */
export function attributeMatches(def: AttributeDefinition, value: AttributeValue | null | undefined, wanted: string): boolean {
  const w = wanted.trim().toLowerCase();
  if (!w) return true;
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some((v) => v.toLowerCase() === w);
  if (def.kind === 'text') return value.toString().toLowerCase().includes(w);
  return String(value).toLowerCase() === w;
}
