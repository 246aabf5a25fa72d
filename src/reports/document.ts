/**
 * A generated report (District Design Document, and later the feedback report) as a format-free
 * outline of blocks. Builders compose it from the data; renderers turn it into Markdown, HTML,
 * Word (DOCX) or PDF. A renderer adds nothing to the words: what a reader of any format sees is
 * what the builder put here, so a confidentiality check on the outline holds for every format.
 */

export type Audience = 'partner' | 'team';

export const REPORT_FORMATS = ['docx', 'pdf', 'html', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type Block =
  /** Level 1 opens a major part (one strategy); 2 and 3 divide it. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: 'label' | 'note' }
  /** A short labelled statement, e.g. "Goal: …". */
  | { kind: 'field'; label: string; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] }
  | { kind: 'quote'; text: string; attribution: string }
  | { kind: 'pageBreak' };

export interface ReportDocument {
  /** e.g. "District Design Document". */
  title: string;
  /** e.g. "Riverside Unified School District, 2025–26". */
  subtitle: string;
  partnership: string;
  /** The date the document speaks for (ISO yyyy-mm-dd), printed on the title page. */
  date: string;
  audience: Audience;
  /** A line printed on the title page and in the running footer, e.g. "In-house: not for distribution". */
  notice: string;
  /** e.g. "Version 2 (member-checked)". */
  version: string;
  blocks: Block[];
}

/** Every piece of text the document shows, in reading order: what confidentiality checks scan. */
export function textsOf(doc: ReportDocument): string[] {
  const out = [doc.title, doc.subtitle, doc.partnership, doc.date, doc.notice, doc.version];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        out.push(b.text);
        break;
      case 'field':
        out.push(b.label, b.text);
        break;
      case 'list':
        out.push(...b.items);
        break;
      case 'table':
        out.push(b.caption, ...b.columns, ...b.rows.flat());
        break;
      case 'quote':
        out.push(b.text, b.attribution);
        break;
      case 'pageBreak':
        break;
    }
  }
  return out;
}
