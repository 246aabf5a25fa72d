import { invalid } from './errors.js';
import { isRoleGroup, ROLE_GROUP_LABELS, ROLE_GROUP_PLURALS, ROLE_GROUPS, type RoleGroup } from './roles.js';

/**
 * A district's improvement strategy and its elements: what each role group should come to do
 * (envisioned practices), what the district provides so that they learn it (intended supports), and
 * who holds whom accountable for what (accountability relations).
 */
export const ELEMENT_KINDS = ['practice', 'support', 'accountability'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const ELEMENT_KIND_LABELS: Record<ElementKind, string> = {
  practice: 'envisioned practice',
  support: 'intended support',
  accountability: 'accountability relation',
};

export const isElementKind = (value: string): value is ElementKind => (ELEMENT_KINDS as readonly string[]).includes(value);

export interface EnvisionedPractice {
  kind: 'practice';
  role: RoleGroup;
  description: string;
  /** A measurable target where the district states one, e.g. "at least 2 hours a day". */
  target: string;
}

export interface IntendedSupport {
  kind: 'support';
  supportType: string;
  description: string;
  rolesServed: RoleGroup[];
  frequency: string;
  provider: string;
  coParticipation: boolean;
}

export interface AccountabilityRelation {
  kind: 'accountability';
  holder: string;
  held: string;
  /** What the accountability is for. */
  description: string;
}

export type StrategyElement = EnvisionedPractice | IntendedSupport | AccountabilityRelation;

/** An element as a user typed it (CLI options, an API body): every field optional until checked. */
export interface ElementInput {
  kind?: string;
  description?: string;
  role?: string;
  target?: string;
  supportType?: string;
  rolesServed?: string[] | string;
  frequency?: string;
  provider?: string;
  coParticipation?: boolean;
  holder?: string;
  held?: string;
}

const LIMITS = { description: 4000, short: 300 };

function required(value: string | undefined, field: string, what: string): string {
  const v = value?.trim() ?? '';
  if (!v) throw invalid(`${what} needs ${field}`, { field });
  return short(v, field, LIMITS.description);
}

function short(value: string, field: string, max = LIMITS.short): string {
  if (value.length > max) throw invalid(`${field} is longer than ${max} characters`, { field });
  return value;
}

function roleGroup(value: string | undefined, field: string): RoleGroup {
  const v = value?.trim() ?? '';
  if (!isRoleGroup(v)) throw invalid(`${field} is one of ${ROLE_GROUPS.join(', ')}${v ? `, not "${v}"` : ''}`, { field });
  return v;
}

/**
 * Checks an element as typed and returns it whole. `supportTypes` are the keys of the framework's
 * live support types: a support must name one of them.
 */
export function checkElement(input: ElementInput, supportTypes: readonly string[]): StrategyElement {
  const kind = input.kind?.trim() ?? '';
  if (!isElementKind(kind)) throw invalid(`kind is one of ${ELEMENT_KINDS.join(', ')}${kind ? `, not "${kind}"` : ''}`, { field: 'kind' });
  const what = `an ${ELEMENT_KIND_LABELS[kind]}`;
  const description = required(input.description, kind === 'accountability' ? 'what it is for (description)' : 'a description', what);
  if (kind === 'practice') {
    return { kind, role: roleGroup(input.role, 'role'), description, target: short(input.target?.trim() ?? '', 'target') };
  }
  if (kind === 'support') {
    const supportType = input.supportType?.trim() ?? '';
    if (!supportTypes.includes(supportType)) {
      throw invalid(`supportType is one of the framework's types (${supportTypes.join(', ')})${supportType ? `, not "${supportType}"` : ''}`, {
        field: 'supportType',
      });
    }
    const served = typeof input.rolesServed === 'string' ? input.rolesServed.split(',') : (input.rolesServed ?? []);
    const rolesServed = [
      ...new Set(
        served
          .map((r) => r.trim())
          .filter(Boolean)
          .map((r) => roleGroup(r, 'rolesServed')),
      ),
    ];
    if (rolesServed.length === 0) throw invalid(`${what} serves at least one role group: choose whom it serves`, { field: 'rolesServed' });
    return {
      kind,
      supportType,
      description,
      rolesServed,
      frequency: short(input.frequency?.trim() ?? '', 'frequency'),
      provider: short(input.provider?.trim() ?? '', 'provider'),
      coParticipation: input.coParticipation ?? false,
    };
  }
  return {
    kind,
    holder: short(required(input.holder, 'who holds others accountable (holder)', what), 'holder'),
    held: short(required(input.held, 'who is held accountable (held)', what), 'held'),
    description,
  };
}

export const roleLabel = (role: string): string => (isRoleGroup(role) ? ROLE_GROUP_LABELS[role] : role);

/** Plural label of a role group for documents: "Teachers", "School leaders". */
export const rolePlural = (role: string): string => (isRoleGroup(role) ? ROLE_GROUP_PLURALS[role] : role);

/** "Supervisors hold", "The superintendent holds": the verb agreeing with how the holder was written. */
export const holds = (holder: string): string => `${holder} ${/s$/i.test(holder.trim().split(/\s+/).pop() ?? '') ? 'hold' : 'holds'}`;

/** A one-line statement of an element, as the member-check diff and summaries show it. */
export function describeElement(e: StrategyElement, supportTypeName: (key: string) => string = (k) => k): string {
  switch (e.kind) {
    case 'practice':
      return `${rolePlural(e.role)}: ${e.description}${e.target ? ` (target: ${e.target})` : ''}`;
    case 'support': {
      const details = [
        supportTypeName(e.supportType),
        `for ${e.rolesServed.map((r) => rolePlural(r).toLowerCase()).join(', ')}`,
        e.frequency,
        e.provider && `by ${e.provider}`,
        e.coParticipation ? 'with co-participation of someone more expert' : '',
      ].filter(Boolean);
      return `${e.description} (${details.join('; ')})`;
    }
    case 'accountability':
      return `${holds(e.holder)} ${e.held} accountable for ${e.description}`;
  }
}

/** What a strategy or one of its elements rests on: a leader-interview passage or an artifact. */
export type StrategyEvidenceKind = 'excerpt' | 'artifact';

/**
 * A strategy is documented from what its district's leaders said and from the district's own
 * documents, in the same cycle. Returns why a piece of evidence is out of scope, or null.
 */
export function outOfStrategyScope(
  strategy: { districtId: string; cycleId: string },
  evidence: { kind: 'excerpt'; districtId: string; cycleId: string; role: string } | { kind: 'artifact'; districtId: string; cycleId: string },
): string | null {
  const what = evidence.kind === 'excerpt' ? 'the passage is from an interview' : 'the artifact is';
  if (evidence.districtId !== strategy.districtId) return `${what} of another district`;
  if (evidence.cycleId !== strategy.cycleId) return `${what} of another cycle`;
  if (evidence.kind === 'excerpt' && evidence.role !== 'district_leader')
    return `the passage is from an interview with a ${roleLabel(evidence.role).toLowerCase()}; strategies rest on district leaders' accounts`;
  return null;
}
