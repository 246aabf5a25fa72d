import { checkName } from '../domain/directory.js';
import { invalid, notFound } from '../domain/errors.js';
import {
  ATTRIBUTE_KIND_LABELS,
  ATTRIBUTE_KINDS,
  type AttributeDefinition,
  attributeKindOf,
  type AttributeKind,
  type AttributeValue,
  attributeValueOf,
  checkChoices,
  formatAttributeValue,
  isAttributeProblem,
} from '../domain/participant-attributes.js';
import type { ParticipantAttributeRow, ParticipantAttributeValueRow } from '../storage/repositories/participant-attribute.repository.js';
import { audit, firstVersion, inTransaction, type ServiceContext } from './context.js';
import { saveNextVersion } from './versioned-edit.js';

/** An attribute as its rules read it: its choices parsed. */
export interface ParticipantAttribute extends AttributeDefinition {
  id: string;
  partnershipId: string;
  description: string;
  version: number;
}

export const attributeOf = (row: ParticipantAttributeRow): ParticipantAttribute => ({
  id: row.id,
  partnershipId: row.partnership_id,
  name: row.name,
  kind: row.kind,
  choices: JSON.parse(row.choices) as string[],
  description: row.description,
  version: row.version,
});

const DESCRIPTION_MAX = 2000;

const fail = (p: { field: string; message: string }): never => {
  throw invalid(p.message, { field: p.field });
};

function nameOf(value: string): string {
  const name = checkName(value, 'name', 'an attribute');
  return typeof name === 'string' ? name : fail(name);
}

function descriptionOf(value: string | undefined): string {
  const d = (value ?? '').trim();
  if (d.length > DESCRIPTION_MAX) fail({ field: 'description', message: `description: at most ${DESCRIPTION_MAX} characters` });
  return d;
}

async function nameTaken(ctx: ServiceContext, partnershipId: string, name: string, except?: string): Promise<void> {
  const other = (await ctx.store.participantAttributes.list(partnershipId)).find((a) => a.name.toLowerCase() === name.toLowerCase() && a.id !== except);
  if (other) fail({ field: 'name', message: `name: the partnership already has an attribute "${other.name}"` });
}

/** The partnership's participant attributes, in the order they were defined. */
export async function attributesOf(ctx: ServiceContext, partnershipId: string): Promise<ParticipantAttribute[]> {
  return (await ctx.store.participantAttributes.list(partnershipId)).map(attributeOf);
}

/** An attribute named by its ID or its name (any case). */
export async function attributeNamed(ctx: ServiceContext, partnershipId: string, idOrName: string): Promise<ParticipantAttribute> {
  const wanted = idOrName.trim().toLowerCase();
  const found = (await attributesOf(ctx, partnershipId)).find((a) => a.id === idOrName.trim() || a.name.toLowerCase() === wanted);
  if (!found) {
    const known = (await attributesOf(ctx, partnershipId)).map((a) => a.name);
    throw invalid(
      `there is no participant attribute "${idOrName.trim()}"${known.length ? ` (the partnership's are: ${known.join(', ')})` : ' (the partnership has none yet)'}`,
      { field: 'attribute' },
    );
  }
  return found;
}

export interface NewAttribute {
  partnershipId: string;
  name: string;
  /** As typed: text, number, date, choice ("one of"), choices ("several of"). */
  kind: string;
  choices?: readonly string[];
  description?: string;
}

/** Defines an attribute the partnership records of its participants. */
export function defineAttribute(ctx: ServiceContext, input: NewAttribute): Promise<ParticipantAttribute> {
  return inTransaction(ctx, async (tx) => {
    const name = nameOf(input.name);
    const kind: AttributeKind =
      attributeKindOf(input.kind) ??
      fail({ field: 'kind', message: `kind: "${input.kind}" is not a kind of attribute (one of ${ATTRIBUTE_KINDS.join(', ')})` });
    const choices = checkChoices(kind, input.choices ?? [], name);
    if (!Array.isArray(choices)) fail(choices);
    await nameTaken(tx, input.partnershipId, name);
    const row: ParticipantAttributeRow = {
      id: tx.ids.next('participantAttribute'),
      partnership_id: input.partnershipId,
      name,
      kind,
      choices: JSON.stringify(choices),
      description: descriptionOf(input.description),
      position: await tx.store.participantAttributes.nextPosition(input.partnershipId),
      ...firstVersion(tx),
    };
    await tx.store.participantAttributes.insert(row);
    await audit(tx, {
      action: 'participant_attribute.create',
      entityKind: 'participantAttribute',
      entityId: row.id,
      version: 1,
      at: row.created_at,
      data: row,
    });
    return attributeOf(row);
  });
}

export interface AttributeEdit {
  id: string;
  name?: string;
  description?: string;
  /** The whole list; a choice some participant has may not be left out. */
  choices?: readonly string[];
  expectedVersion?: number;
  reason?: string;
}

/** Renames an attribute, rewrites its description or its choices: a new version with its reason. Its kind stays. */
export function editAttribute(ctx: ServiceContext, input: AttributeEdit): Promise<ParticipantAttribute> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.participantAttributes.byId(input.id);
    if (!row) throw notFound('participant attribute', JSON.stringify(input.id));
    const current = attributeOf(row);
    const name = input.name === undefined ? row.name : nameOf(input.name);
    const description = input.description === undefined ? row.description : descriptionOf(input.description);
    let choices = current.choices as string[];
    if (input.choices !== undefined) {
      const checked = checkChoices(row.kind, input.choices, name);
      choices = Array.isArray(checked) ? checked : fail(checked);
      const kept = new Set(choices);
      const used = new Map<string, number>();
      for (const v of await tx.store.participantAttributes.valuesOfAttribute(row.id)) {
        const value = JSON.parse(v.value) as AttributeValue | null;
        for (const c of Array.isArray(value) ? value : value === null ? [] : [String(value)]) if (!kept.has(c)) used.set(c, (used.get(c) ?? 0) + 1);
      }
      const [lost, n] = [...used.entries()][0] ?? [];
      if (lost !== undefined)
        fail({
          field: 'choices',
          message: `choices: "${lost}" is the ${name} of ${n} participant${n === 1 ? '' : 's'}; change their values before leaving it out`,
        });
    }
    const next = { name, description, choices: JSON.stringify(choices) };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, to] of Object.entries(next)) if (row[key as keyof typeof next] !== to) changes[key] = { from: row[key as keyof typeof next], to };
    if (Object.keys(changes).length === 0) return current;
    if (changes.name) await nameTaken(tx, row.partnership_id, name, row.id);
    const reason = input.reason?.trim();
    if (!reason) fail({ field: 'reason', message: 'reason: say why the attribute is changed (the reason is kept with the new version)' });
    await saveNextVersion(tx, {
      what: 'participant attribute',
      current: row,
      shown: { name: row.name, kind: row.kind, choices: current.choices, description: row.description },
      expectedVersion: input.expectedVersion,
      write: (from, at) => tx.store.participantAttributes.updateIfVersion(row.id, next, from, tx.actor, at),
      audit: { action: 'participant_attribute.update', entityKind: 'participantAttribute', reason: reason!, data: changes },
    });
    return attributeOf((await tx.store.participantAttributes.byId(row.id))!);
  });
}

/** Each participant's values, by participant ID and then attribute ID. */
export async function attributeValuesOf(
  ctx: ServiceContext,
  partnershipId: string,
  participantId?: string,
): Promise<Map<string, Record<string, AttributeValue>>> {
  const out = new Map<string, Record<string, AttributeValue>>();
  for (const v of await ctx.store.participantAttributes.values(partnershipId, participantId)) {
    const value = JSON.parse(v.value) as AttributeValue | null;
    if (value === null) continue;
    const of = out.get(v.participant_id) ?? {};
    of[v.attribute_id] = value;
    out.set(v.participant_id, of);
  }
  return out;
}

/** A change of one of a participant's values, checked, ready to be written with the participant's next version. */
export interface AttributeChange {
  attribute: ParticipantAttribute;
  from: AttributeValue | null;
  to: AttributeValue | null;
  stored: ParticipantAttributeValueRow | undefined;
}

/**
 * Reads the values given for a participant's attributes (each named by the attribute's ID or name),
 * refusing the first that does not fit its attribute with a message naming it; returns those that change.
 */
export async function attributeChanges(
  ctx: ServiceContext,
  partnershipId: string,
  participantId: string,
  given: Readonly<Record<string, unknown>>,
): Promise<AttributeChange[]> {
  const stored = new Map((await ctx.store.participantAttributes.values(partnershipId, participantId)).map((v) => [v.attribute_id, v]));
  const changes: AttributeChange[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of Object.entries(given)) {
    const attribute = await attributeNamed(ctx, partnershipId, key);
    if (seen.has(attribute.id)) fail({ field: attribute.name, message: `${attribute.name} is given twice` });
    seen.add(attribute.id);
    const to = attributeValueOf(attribute, raw);
    if (isAttributeProblem(to)) fail(to);
    const row = stored.get(attribute.id);
    const from = row ? (JSON.parse(row.value) as AttributeValue | null) : null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ attribute, from, to: to as AttributeValue | null, stored: row });
  }
  return changes;
}

/** Writes checked changes (after the participant's next version was saved). */
export async function writeAttributeChanges(ctx: ServiceContext, participantId: string, changes: readonly AttributeChange[], at: string): Promise<void> {
  for (const c of changes) {
    const value = JSON.stringify(c.to);
    if (c.stored) await ctx.store.participantAttributes.updateValue(c.stored.id, value, ctx.actor, at);
    else
      await ctx.store.participantAttributes.insertValue({
        id: ctx.ids.next('participantAttributeValue'),
        participant_id: participantId,
        attribute_id: c.attribute.id,
        value,
        set_by: ctx.actor,
        set_at: at,
      });
  }
}

/** How the audit trail records the changes: by the attribute's name, from and to as people read them. */
export const auditedAttributeChanges = (changes: readonly AttributeChange[]) =>
  Object.fromEntries(
    changes.map((c) => [c.attribute.name, { attributeId: c.attribute.id, from: formatAttributeValue(c.from), to: formatAttributeValue(c.to) }]),
  );

export const kindLabel = (kind: AttributeKind): string => ATTRIBUTE_KIND_LABELS[kind];
