import { invalid } from './errors.js';

/**
 * Code queries, as researchers type them (codes named by name or ID, operators in capitals):
 *   Coach support AND Pacing          passages coded Coach support that overlap a passage coded Pacing
 *   Coach support NEAR/3 Pacing       … within 3 turns of one coded Pacing (0: in the same or an overlapping turn)
 *   Coach support NOT Pacing          … that overlap no passage coded Pacing
 *   "A AND B" NOT C                   a code whose name holds an operator word is quoted
 * Read left to right: each step keeps the first code's passages that meet it, so
 * `A AND B NOT C` is A's passages overlapping a B and no C.
 */
export type CodeQueryOperator = 'AND' | 'NOT' | 'NEAR';

export interface CodeQueryStep {
  op: CodeQueryOperator;
  /** For NEAR: the most turns between the two passages. */
  turns?: number;
  code: string;
}

export interface CodeQuery {
  code: string;
  steps: CodeQueryStep[];
}

const TOKEN = /"([^"]*)"|(\S+)/g;
const NEAR = /^NEAR\/(\d+)$/;
export const NEAR_MAX = 1000;

const explain = 'write codes joined by AND, NOT or NEAR/n (e.g. "Coach support AND Pacing", "Coach support NEAR/3 Pacing", "Coach support NOT Pacing")';

export function parseCodeQuery(input: string): CodeQuery {
  const operands: string[] = [];
  const ops: { op: CodeQueryOperator; turns?: number }[] = [];
  let words: string[] = [];
  let expectOperand = true;
  const closeOperand = () => {
    if (words.length === 0) return false;
    operands.push(words.join(' '));
    words = [];
    expectOperand = false;
    return true;
  };
  for (const m of input.matchAll(TOKEN)) {
    const quoted = m[1] !== undefined;
    const raw = quoted ? m[1]!.trim() : m[2]!;
    const near = quoted ? null : NEAR.exec(raw);
    if (!quoted && (raw === 'AND' || raw === 'NOT' || near || raw === 'OR' || raw.startsWith('NEAR'))) {
      if (raw === 'OR') throw invalid(`q: OR is not a code query operator: ${explain}`, { field: 'q' });
      if (raw.startsWith('NEAR') && !near) throw invalid(`q: "${raw}": say within how many turns, as NEAR/3`, { field: 'q' });
      if (!closeOperand() && expectOperand) throw invalid(`q: ${raw} needs a code before it: ${explain}`, { field: 'q' });
      const turns = near ? Number(near[1]) : undefined;
      if (turns !== undefined && turns > NEAR_MAX) throw invalid(`q: NEAR/${turns}: at most ${NEAR_MAX} turns`, { field: 'q' });
      ops.push(near ? { op: 'NEAR', turns: turns! } : { op: raw as CodeQueryOperator });
      expectOperand = true;
      continue;
    }
    if (quoted) {
      closeOperand();
      if (!raw) throw invalid('q: an empty quoted code', { field: 'q' });
      operands.push(raw);
      expectOperand = false;
      if (operands.length > ops.length + 1) throw invalid(`q: two codes in a row ("${operands.at(-2)}", "${raw}"): ${explain}`, { field: 'q' });
      continue;
    }
    if (!expectOperand && words.length === 0) throw invalid(`q: two codes in a row ("${operands.at(-1)}", "${raw}…"): ${explain}`, { field: 'q' });
    words.push(raw);
  }
  closeOperand();
  if (operands.length === 0) throw invalid(`q: the code query is empty: ${explain}`, { field: 'q' });
  if (operands.length !== ops.length + 1) throw invalid(`q: ${ops.at(-1)?.op ?? 'the operator'} needs a code after it: ${explain}`, { field: 'q' });
  return {
    code: operands[0]!,
    steps: ops.map((o, i) => ({ ...o, code: operands[i + 1]! })),
  };
}

/** A coded passage as a code query reads it: where it is, and the turns it spans (numbered from 0). */
export interface QueryPassage {
  transcriptId: string;
  start: number;
  end: number;
  firstTurn: number;
  lastTurn: number;
}

/** Two passages of the same transcript share a code point (a passage of no length overlaps one that holds its place). */
export const overlaps = (a: QueryPassage, b: QueryPassage): boolean =>
  a.transcriptId === b.transcriptId && a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);

/** How many turns apart two passages of a transcript are: 0 when they share a turn. */
export const turnsApart = (a: QueryPassage, b: QueryPassage): number =>
  a.transcriptId !== b.transcriptId ? Infinity : Math.max(0, Math.max(a.firstTurn, b.firstTurn) - Math.min(a.lastTurn, b.lastTurn));

/** Whether a passage meets one step of a query, against the passages coded with the step's code; with those that made it so. */
export function meets<P extends QueryPassage>(p: P, step: Pick<CodeQueryStep, 'op' | 'turns'>, others: readonly P[]): { ok: boolean; with: P[] } {
  if (step.op === 'NOT') return { ok: !others.some((o) => overlaps(p, o)), with: [] };
  const hits = others.filter((o) => (step.op === 'AND' ? overlaps(p, o) : turnsApart(p, o) <= (step.turns ?? 0)));
  return { ok: hits.length > 0, with: hits };
}

/** The turn (numbered from 0) holding a code point, given the turns' start offsets in order. */
export function turnAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
