import { ROLE_GROUP_PLURALS, ROLE_GROUPS, type RoleGroup } from '../../../domain/roles.js';
import type { StrategyElement, SupportType } from '../../api/types';

export type ElementKind = StrategyElement['kind'];

export const KIND_LABELS: Record<ElementKind, string> = {
  practice: 'Envisioned practice',
  support: 'Intended support',
  accountability: 'Accountability relation',
};

export const KIND_GROUPS: Record<ElementKind, string> = {
  practice: 'Envisioned practices',
  support: 'Intended supports',
  accountability: 'Accountability relations',
};

export const ELEMENT_KINDS = Object.keys(KIND_LABELS) as ElementKind[];

export { ROLE_GROUPS };

export const rolePlural = (role: string): string => ROLE_GROUP_PLURALS[role as RoleGroup] ?? role;

export const supportTypeName = (types: readonly SupportType[], key: string | null): string => types.find((t) => t.key === key)?.name ?? key ?? '';

/** An element as its form holds it: every field of every kind, as typed. */
export interface ElementDraft {
  role: string;
  description: string;
  target: string;
  supportType: string;
  rolesServed: string[];
  frequency: string;
  provider: string;
  coParticipation: boolean;
  holder: string;
  held: string;
}

export const EMPTY_DRAFT: ElementDraft = {
  role: '',
  description: '',
  target: '',
  supportType: '',
  rolesServed: [],
  frequency: '',
  provider: '',
  coParticipation: false,
  holder: '',
  held: '',
};

/** Which fields each kind has, in the order its form asks for them. */
export const KIND_FIELDS: Record<ElementKind, readonly (keyof ElementDraft)[]> = {
  practice: ['role', 'description', 'target'],
  support: ['supportType', 'description', 'rolesServed', 'frequency', 'provider', 'coParticipation'],
  accountability: ['holder', 'held', 'description'],
};

/** The draft of a saved element, or of the values a conflict reports (the same field names). */
export function draftOf(values: Partial<Record<keyof ElementDraft, unknown>>): ElementDraft {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    role: text(values.role),
    description: text(values.description),
    target: text(values.target),
    supportType: text(values.supportType),
    rolesServed: Array.isArray(values.rolesServed) ? values.rolesServed.map(String) : [],
    frequency: text(values.frequency),
    provider: text(values.provider),
    coParticipation: values.coParticipation === true,
    holder: text(values.holder),
    held: text(values.held),
  };
}

const same = (a: ElementDraft[keyof ElementDraft], b: ElementDraft[keyof ElementDraft]) =>
  Array.isArray(a) && Array.isArray(b) ? a.join(',') === b.join(',') : a === b;

/** The fields of a kind, for a new element. */
export function fieldsOf(kind: ElementKind, draft: ElementDraft): Partial<ElementDraft> {
  return Object.fromEntries(KIND_FIELDS[kind].map((f) => [f, draft[f]]));
}

/** The fields of a kind that differ from what the edit started from: only these are sent. */
export function changesOf(kind: ElementKind, base: ElementDraft, draft: ElementDraft): Partial<ElementDraft> {
  return Object.fromEntries(KIND_FIELDS[kind].filter((f) => !same(base[f], draft[f])).map((f) => [f, draft[f]]));
}

export const isDirty = (kind: ElementKind, base: ElementDraft, draft: ElementDraft) => Object.keys(changesOf(kind, base, draft)).length > 0;

export const FIELD_LABELS: Record<ElementKind, Partial<Record<keyof ElementDraft, string>>> = {
  practice: { role: 'Role group', description: 'Practice', target: 'Measurable target' },
  support: {
    supportType: 'Type of support',
    description: 'Description',
    rolesServed: 'Role groups served',
    frequency: 'Frequency',
    provider: 'Provider',
    coParticipation: 'Co-participation with someone more expert',
  },
  accountability: { holder: 'Who holds others accountable', held: 'Who is held accountable', description: 'For what' },
};

/** A field's value as a person reads it. */
export function shownValue(field: keyof ElementDraft, draft: ElementDraft, types: readonly SupportType[]): string {
  switch (field) {
    case 'role':
      return rolePlural(draft.role);
    case 'supportType':
      return supportTypeName(types, draft.supportType);
    case 'rolesServed':
      return draft.rolesServed.map(rolePlural).join(', ');
    case 'coParticipation':
      return draft.coParticipation ? 'Yes' : 'No';
    default:
      return draft[field];
  }
}
