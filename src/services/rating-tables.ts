import type { Problem } from '../domain/problem.js';
import { hasErrors } from '../domain/problem.js';
import { reliability, type Level } from '../domain/reliability.js';
import { tableText } from '../importers/encoding.js';
import { readRatingTable } from '../importers/rating-table.js';

/** Agreement on a table of ratings made outside Warrant, as `warrant reliability` and POST /api/reliability give it. */
export interface RatingTableReliability {
  file: string;
  level: Level;
  coders: string[];
  /** Units (lines) in the table. */
  units: number;
  /** Units with values from at least two coders. */
  pairableUnits: number;
  /** The values in those units. */
  pairableValues: number;
  alpha: number | null;
  /** Cohen's κ, only with exactly two coders. */
  kappa: number | null;
  /** Percent agreement as a proportion (0..1). */
  percentAgreement: number | null;
}

export type RatingTableOutcome = { ok: true; result: RatingTableReliability; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Reads a units × coders table (bytes in any encoding the importers read) and computes α at the level, κ (two coders) and percent agreement. Nothing is written. */
export function ratingTableReliability(input: Uint8Array | string, file: string, level: Level): RatingTableOutcome {
  const { text, problems } = tableText(input, file);
  if (hasErrors(problems)) return { ok: false, problems };
  const read = readRatingTable(text, file, level);
  problems.push(...read.problems);
  if (!read.table || hasErrors(problems)) return { ok: false, problems };
  const { coders, table } = read.table;
  const r = reliability(table, level, coders.length);
  return {
    ok: true,
    problems,
    result: {
      file,
      level,
      coders,
      units: table.length,
      pairableUnits: r.alpha.units,
      pairableValues: r.alpha.pairableValues,
      alpha: r.alpha.alpha,
      kappa: r.kappa?.kappa ?? null,
      percentAgreement: r.percentAgreement.agreement,
    },
  };
}
