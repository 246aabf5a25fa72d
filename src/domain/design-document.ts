import { diffArrays, diffWords } from 'diff';
import { holds } from './strategy.js';

/**
 * The content of a District Design Document as partner leaders read it: one section per strategy,
 * in the district's own terms. An issued version freezes this content, so a member check refers to
 * exactly what was sent, and two versions can be compared section by section.
 */
export interface DesignSection {
  /** The strategy's ID: a section keeps its key across versions. */
  key: string;
  number: number;
  name: string;
  goal: string;
  practices: { role: string; description: string; target: string }[];
  supports: { type: string; description: string; rolesServed: string[]; frequency: string; provider: string; coParticipation: boolean }[];
  accountability: { holder: string; held: string; description: string }[];
}

export interface DesignContent {
  district: string;
  cycle: string;
  sections: DesignSection[];
}

/** A section as lines of text: what a reader compares between two versions. */
export function sectionLines(s: DesignSection): string[] {
  return [
    `Strategy: ${s.name}`,
    `Goal: ${s.goal}`,
    ...s.practices.map((p) => `Envisioned practice (${p.role}): ${p.description}${p.target ? ` [target: ${p.target}]` : ''}`),
    ...s.supports.map(
      (x) =>
        `Intended support (${x.type}): ${x.description} [for ${x.rolesServed.join(', ')}${x.frequency ? `; ${x.frequency}` : ''}${x.provider ? `; by ${x.provider}` : ''}${x.coParticipation ? '; co-participation' : ''}]`,
    ),
    ...s.accountability.map((a) => `Accountability: ${holds(a.holder)} ${a.held} accountable for ${a.description}`),
  ];
}

/** A stretch of a changed line: kept, or only in the new version, or only in the old. */
export type WordChange = { op: 'same' | 'added' | 'removed'; text: string };

/**
 * A line of a section compared between versions: the same, added, removed, or changed: an element
 * that stayed (the same kind of element, of the same type) with some of its words changed, shown
 * with the words that changed rather than as a whole element removed and another added.
 */
export type LineChange = { op: 'same' | 'added' | 'removed'; text: string } | { op: 'changed'; text: string; was: string; words: WordChange[] };

/** What a line says it is ("Intended support (Tool)", "Goal"): lines of one element keep it when their words change. */
const elementOf = (line: string) => line.slice(0, line.indexOf(': ') + 1 || undefined);

/** The removed lines of a hunk paired, in order, with added lines of the same element. */
function paired(removed: string[], added: string[]): LineChange[] {
  const out: LineChange[] = [];
  const left = [...added];
  for (const was of removed) {
    const i = left.findIndex((a) => elementOf(a) === elementOf(was));
    if (i === -1) {
      out.push({ op: 'removed', text: was });
      continue;
    }
    const [text] = left.splice(i, 1) as [string];
    const words = diffWords(was, text).map((part): WordChange => ({ op: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
    out.push({ op: 'changed', text, was, words });
  }
  for (const text of left) out.push({ op: 'added', text });
  return out;
}

export interface SectionDiff {
  key: string;
  title: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  lines: LineChange[];
}

/** What changed from one version to the next, section by section, line by line. */
export function diffDesign(from: DesignContent, to: DesignContent): SectionDiff[] {
  const before = new Map(from.sections.map((s) => [s.key, s]));
  const after = new Map(to.sections.map((s) => [s.key, s]));
  const keys = [...to.sections.map((s) => s.key), ...from.sections.filter((s) => !after.has(s.key)).map((s) => s.key)];
  return keys.map((key) => {
    const a = before.get(key);
    const b = after.get(key);
    const lines: LineChange[] = [];
    let removed: string[] = [];
    for (const part of diffArrays(a ? sectionLines(a) : [], b ? sectionLines(b) : [])) {
      if (part.removed) {
        removed.push(...part.value);
        continue;
      }
      lines.push(...paired(removed, part.added ? part.value : []));
      removed = [];
      if (!part.added) for (const text of part.value) lines.push({ op: 'same', text });
    }
    lines.push(...paired(removed, []));
    const status = !a ? 'added' : !b ? 'removed' : lines.some((l) => l.op !== 'same') ? 'changed' : 'unchanged';
    return { key, title: (b ?? a)!.name, status, lines };
  });
}
