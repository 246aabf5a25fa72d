import { invalid } from '../domain/errors.js';
import { type InstrumentItem, scaleScore } from '../domain/instrument.js';
import { ROLE_GROUP_LABELS } from '../domain/roles.js';
import { toCsv } from '../exporters/safe-csv.js';
import type { ServiceContext } from './context.js';
import { itemDefinition, scaleDefinition } from './instruments.js';
import { instrumentOf } from './lookup.js';
import { measuredResponses } from './measured-responses.js';

/** Long: a line per participant and cycle. Wide: a line per participant, a column per variable and cycle. */
export const EXPORT_SHAPES = ['long', 'wide'] as const;
export type ExportShape = (typeof EXPORT_SHAPES)[number];

export interface MeasureExport {
  /** File names to save them under. */
  dataFile: string;
  dictionaryFile: string;
  data: string;
  dictionary: string;
}

/**
 * A variable name R, Stata and SPSS all accept: letters, digits and underscores, starting with a
 * letter, at most 32 characters (Stata's limit), distinct from the names already taken.
 */
export function variableName(name: string, taken: Set<string>): string {
  let base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  if (!/^[a-z]/.test(base)) base = `v_${base}`;
  base = base.slice(0, 32);
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base.slice(0, 32 - String(n).length - 1)}_${n}`;
  taken.add(candidate);
  return candidate;
}

const fileStem = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'instrument';

interface Variable {
  name: string;
  label: string;
  type: 'numeric' | 'string';
  values: string;
  source: string;
  read: (answers: Record<string, number | string | null>) => number | string | null;
}

const DESCRIBING = ['participant_id', 'pseudonym', 'role', 'district', 'school'] as const;

/**
 * An instrument's responses for R, Stata or SPSS: every item as answered and every scale's score,
 * participants under their participant IDs and pseudonyms with their role group, district and
 * school when they responded; blank for a missing value. With a data dictionary naming each
 * variable's label, type, value labels and where it comes from.
 */
export async function exportMeasures(ctx: ServiceContext, partnershipId: string, input: { instrument: string; shape: ExportShape }): Promise<MeasureExport> {
  if (!EXPORT_SHAPES.includes(input.shape)) throw invalid(`shape: "${input.shape}" is not a shape (${EXPORT_SHAPES.join(' or ')})`, { field: 'shape' });
  const instrument = await instrumentOf(ctx, partnershipId, input.instrument);
  const [itemRows, scaleRows, responses, participants, organizations, cycles] = await Promise.all([
    ctx.store.instruments.items(instrument.id),
    ctx.store.instruments.scales(instrument.id),
    measuredResponses(ctx, instrument),
    ctx.store.participants.list(partnershipId),
    ctx.store.organizations.list(partnershipId),
    ctx.store.cycles.list(partnershipId),
  ]);
  const items = itemRows.map(itemDefinition);
  const byKey = new Map<string, InstrumentItem>(items.map((i) => [i.key, i]));
  const taken = new Set<string>([...DESCRIBING, 'cycle']);
  const variables: Variable[] = [
    ...items.map((item): Variable => ({
      name: variableName(item.key, taken),
      label: item.text,
      type: item.type === 'text' ? 'string' : 'numeric',
      values: item.labels.map((l) => `${l.value}=${l.label}`).join('; '),
      source: `item ${item.key}${item.reverse ? ' (reverse-coded: as answered here, reversed in scales)' : ''}${item.min !== null || item.max !== null ? `, ${item.min ?? '…'} to ${item.max ?? '…'}` : ''}`,
      read: (a) => a[item.key] ?? null,
    })),
    ...scaleRows.map(scaleDefinition).map((scale): Variable => ({
      name: variableName(`scale_${scale.name}`, taken),
      label: scale.name,
      type: 'numeric',
      values: '',
      source: `scale: ${scale.method} of ${scale.items.join(', ')}${scale.items.some((k) => byKey.get(k)?.reverse) ? ' (reverse-coded items reversed)' : ''}, missing below ${scale.minimumAnswered} answered`,
      read: (a) => scaleScore(scale, byKey, new Map(scale.items.map((k) => [k, typeof a[k] === 'number' ? (a[k] as number) : null]))),
    })),
  ];
  const people = new Map(participants.map((p) => [p.id, p]));
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const order = new Map(cycles.map((c, i) => [c.id, i]));
  const cycleLabel = new Map(cycles.map((c) => [c.id, c.label]));
  const sorted = [...responses].sort(
    (a, b) => people.get(a.participant_id)!.code.localeCompare(people.get(b.participant_id)!.code) || order.get(a.cycle_id)! - order.get(b.cycle_id)!,
  );
  const describing = (r: (typeof responses)[number]) => {
    const p = people.get(r.participant_id)!;
    return {
      participant_id: p.code,
      pseudonym: p.pseudonym,
      role: ROLE_GROUP_LABELS[r.role],
      district: names.get(r.district_id) ?? '',
      school: names.get(r.organization_id) ?? '',
    };
  };
  const stem = fileStem(instrument.name);
  const dictionaryColumns = ['variable', 'label', 'type', 'values', 'cycle', 'source'] as const;
  const describingEntries = [
    { variable: 'participant_id', label: "The team's participant ID, the same in every cycle", type: 'string', values: '', cycle: '', source: 'roster' },
    { variable: 'pseudonym', label: "The participant's pseudonym", type: 'string', values: '', cycle: '', source: 'roster' },
    { variable: 'role', label: 'Role group when they responded', type: 'string', values: '', cycle: '', source: 'response' },
    { variable: 'district', label: 'District when they responded', type: 'string', values: '', cycle: '', source: 'response' },
    { variable: 'school', label: 'School (or district office) when they responded', type: 'string', values: '', cycle: '', source: 'response' },
  ];

  if (input.shape === 'long') {
    const columns = [...DESCRIBING, 'cycle', ...variables.map((v) => v.name)];
    const rows = sorted.map((r) => {
      const answers = JSON.parse(r.answers) as Record<string, number | string | null>;
      return { ...describing(r), cycle: cycleLabel.get(r.cycle_id)!, ...Object.fromEntries(variables.map((v) => [v.name, v.read(answers)])) };
    });
    const dictionary = [
      ...describingEntries,
      { variable: 'cycle', label: 'The cycle (school year) of the response', type: 'string', values: '', cycle: '', source: 'response' },
      ...variables.map((v) => ({ variable: v.name, label: v.label, type: v.type, values: v.values, cycle: '', source: v.source })),
    ];
    return {
      dataFile: `${stem}-long.csv`,
      dictionaryFile: `${stem}-long-dictionary.csv`,
      data: toCsv(columns, rows as Record<string, unknown>[]),
      dictionary: toCsv(dictionaryColumns, dictionary),
    };
  }

  // Wide: a participant's latest role, district and school; each variable once per cycle with responses.
  const answered = cycles.filter((c) => responses.some((r) => r.cycle_id === c.id));
  const wideTaken = new Set<string>(DESCRIBING);
  const columnsByCycle = answered.map((c) => ({
    cycle: c,
    names: variables.map((v) => variableName(`${v.name}_${c.label}`, wideTaken)),
  }));
  const byParticipant = new Map<string, typeof sorted>();
  for (const r of sorted) byParticipant.set(r.participant_id, [...(byParticipant.get(r.participant_id) ?? []), r]);
  const rows = [...byParticipant.values()].map((mine) => {
    const row: Record<string, unknown> = describing(mine.at(-1)!);
    for (const { cycle, names: columnNames } of columnsByCycle) {
      const response = mine.find((r) => r.cycle_id === cycle.id);
      const answers = response ? (JSON.parse(response.answers) as Record<string, number | string | null>) : null;
      variables.forEach((v, i) => (row[columnNames[i]!] = answers ? v.read(answers) : null));
    }
    return row;
  });
  const dictionary = [
    ...describingEntries.map((e) => (e.source === 'response' ? { ...e, label: `${e.label} (their latest response)` } : e)),
    ...columnsByCycle.flatMap(({ cycle, names: columnNames }) =>
      variables.map((v, i) => ({ variable: columnNames[i]!, label: v.label, type: v.type, values: v.values, cycle: cycle.label, source: v.source })),
    ),
  ];
  const columns = [...DESCRIBING, ...columnsByCycle.flatMap((c) => c.names)];
  return {
    dataFile: `${stem}-wide.csv`,
    dictionaryFile: `${stem}-wide-dictionary.csv`,
    data: toCsv(columns, rows),
    dictionary: toCsv(dictionaryColumns, dictionary),
  };
}
