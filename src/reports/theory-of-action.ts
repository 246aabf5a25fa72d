import type { IterationChange, IterationContent } from '../domain/theory-of-action.js';
import type { Block, ReportDocument } from './document.js';

/** The theory of action as documents: one iteration, and what changed between two, each change with its warrant. */
const warrantItems = (w: IterationContent['components'][number]['conjectures'][number]['warrant']) =>
  w.map((x) => `${x.kind} (${x.bearing}): ${x.label}${x.note ? ` — ${x.note}` : ''}`);

export function buildIterationDocument(input: {
  partnership: string;
  label: string;
  number: number;
  dated: string;
  content: IterationContent;
}): ReportDocument {
  const blocks: Block[] = [];
  for (const c of input.content.components) {
    blocks.push({ kind: 'heading', level: 1, text: c.name });
    if (c.conjectures.length === 0) blocks.push({ kind: 'paragraph', text: 'No conjectures in this component.', emphasis: 'note' });
    c.conjectures.forEach((j, i) => {
      blocks.push({ kind: 'heading', level: 2, text: `Conjecture ${i + 1} (version ${j.version})` });
      blocks.push({ kind: 'paragraph', text: j.text });
      blocks.push({ kind: 'field', label: 'Why this version', text: j.reason });
      blocks.push(
        j.warrant.length
          ? { kind: 'list', ordered: false, items: warrantItems(j.warrant) }
          : { kind: 'paragraph', text: 'No warrant recorded.', emphasis: 'note' },
      );
    });
  }
  return {
    title: 'Theory of Action',
    subtitle: `${input.label} (iteration ${input.number})`,
    partnership: input.partnership,
    date: input.dated,
    audience: 'team',
    notice: 'Research team: the theory of action and its warrant',
    version: `Iteration ${input.number}, dated ${input.dated}`,
    blocks,
  };
}

const STATUS_LABELS: Record<IterationChange['status'], string> = { added: 'Added', revised: 'Revised', dropped: 'Dropped', unchanged: 'Unchanged' };

export function buildIterationDiffDocument(input: {
  partnership: string;
  from: { number: number; label: string };
  to: { number: number; label: string; dated: string };
  changes: IterationChange[];
}): ReportDocument {
  const blocks: Block[] = [];
  const changed = input.changes.filter((c) => c.status !== 'unchanged');
  blocks.push({
    kind: 'table',
    caption: 'Changes by component',
    columns: ['Component', 'Added', 'Revised', 'Dropped', 'Unchanged'],
    rows: [...new Set(input.changes.map((c) => c.component))].map((component) => {
      const of = (s: IterationChange['status']) => String(input.changes.filter((c) => c.component === component && c.status === s).length);
      return [component, of('added'), of('revised'), of('dropped'), of('unchanged')];
    }),
  });
  if (changed.length === 0) blocks.push({ kind: 'paragraph', text: 'No conjecture changed between these iterations.', emphasis: 'note' });
  for (const c of changed) {
    blocks.push({ kind: 'heading', level: 2, text: `${STATUS_LABELS[c.status]}: ${c.component}` });
    if (c.before !== null) blocks.push({ kind: 'field', label: `Iteration ${input.from.number}`, text: c.before });
    if (c.after !== null) blocks.push({ kind: 'field', label: `Iteration ${input.to.number}`, text: c.after });
    if (c.reason) blocks.push({ kind: 'field', label: 'Why', text: c.reason });
    if (c.warrant.length) blocks.push({ kind: 'list', ordered: false, items: warrantItems(c.warrant) });
  }
  return {
    title: 'Theory of Action: what changed',
    subtitle: `${input.from.label} → ${input.to.label}`,
    partnership: input.partnership,
    date: input.to.dated,
    audience: 'team',
    notice: 'Research team: the theory of action and its warrant',
    version: `Iteration ${input.from.number} → iteration ${input.to.number}`,
    blocks,
  };
}
