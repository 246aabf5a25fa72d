/**
 * Coded segments as a table for R, Stata and SPSS: one row per coded segment, plain column names
 * (letters, digits and underscores, starting with a letter, at most 32 characters, unique in any
 * case), the participants' attributes as columns after the fixed ones.
 */
export const SEGMENT_COLUMNS = [
  'coding_id',
  'code',
  'code_id',
  'coder',
  'interview',
  'interview_id',
  'date',
  'protocol',
  'cycle',
  'participant',
  'role_group',
  'district',
  'school',
  'passage_id',
  'start_offset',
  'end_offset',
  'text',
] as const;

export const COLUMN_NAME_MAX = 32;

/** A plain column name from an attribute's name ("Years of experience" → years_of_experience), not one of `taken` (any case). */
export function plainColumnName(name: string, taken: Set<string>): string {
  let base = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(base)) base = `v_${base}`.replace(/_+$/, '');
  base = base.slice(0, COLUMN_NAME_MAX).replace(/_+$/, '');
  let out = base;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${base.slice(0, COLUMN_NAME_MAX - String(n).length - 1)}_${n}`;
  taken.add(out.toLowerCase());
  return out;
}
