import { diffArrays } from 'diff';
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

export type LineChange = { op: 'same' | 'added' | 'removed'; text: string };

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
    for (const part of diffArrays(a ? sectionLines(a) : [], b ? sectionLines(b) : [])) {
      const op = part.added ? 'added' : part.removed ? 'removed' : 'same';
      for (const text of part.value) lines.push({ op, text });
    }
    const status = !a ? 'added' : !b ? 'removed' : lines.some((l) => l.op !== 'same') ? 'changed' : 'unchanged';
    return { key, title: (b ?? a)!.name, status, lines };
  });
}
