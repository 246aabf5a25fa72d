/**
 * A problem found while validating input (a bundle, a CSV row, a transcript file).
 * Every problem names where it is, so a team can fix its files without guessing.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the file relative to the bundle folder (or the name the user gave). */
  file: string;
  /** 1-based line (or paragraph, for DOCX) where the problem is, when it has one. */
  line?: number;
  /** Column or field name, when the problem is about one field. */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line !== undefined ? `line ${p.line}` : undefined, p.field ? `field "${p.field}"` : undefined].filter(Boolean).join(', ');
  return `${p.severity === 'error' ? 'error' : 'warning'}: ${where}: ${p.message}`;
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
